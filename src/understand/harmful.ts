/**
 * Requests the bot must refuse, recognised by rule as well as by example: asking how to forge
 * papers, hurt or expose agents, block them, hide someone, run, or lie. A safety refusal is too
 * important to leave to a similarity score alone, and a question about the law ("is it a crime
 * to lie to ICE?") is not a request: it needs a "how do I / help me" form to count.
 */
import { normalize } from './normalize.ts';

const ASKING = /\b(how (do|can|could|would|should|to)|how i|where (can|do|could|to)|what (can|could|should) (i|we)|help me|can you (help|tell|show|make|get)|teach me|show me|tell me how|i (want|need|wanna|gotta|am going) to|im going to|best way|ways? to|is there a way)\b/u;

const WRONGS: RegExp[] = [
  // false papers
  /\b(fake|false|forged?|forging|counterfeit|phony|bogus|someone elses|somebody elses|borrowed?)\b[\w ]{0,25}\b(papers?|ids?|documents?|social security|ssn|green ?cards?|licen[cs]es?|passports?|visas?|work permits?)\b/u,
  // violence or threats against officers
  /\b(hurt|kill|shoot|attack|punch|stab|beat( up)?|fight( off)?|assault|threaten|scare off|poison|jump|smash|throw|hit|run over)\b[\w ]{0,30}\b(ice|agents?|officers?|cops?|feds?|them)\b/u,
  // exposing officers
  /\b(dox+(ing)?|home address(es)?|where [\w ]{0,20} lives?|their families|personal info(rmation)?|unmask)\b[\w ]{0,40}\b(agents?|officers?|ice)\b|\b(agents?|officers?|ice)\b[\w ]{0,40}\b(home address(es)?|dox+(ing)?)\b/u,
  // obstructing
  /\b(block|slash|flatten|trap|ram|disable|stop|surround)\b[\w ]{0,30}\b(vans?|cars?|trucks?|vehicles?|tires?|tyres?|raid|arrest)\b/u,
  // hiding a person or running
  /\b(hide|hiding|conceal|sneak)\b[\w ]{0,30}\b(my|him|her|them|someone|cousin|brother|sister|friend|uncle|husband|wife|son|daughter|neighbou?r)\b/u,
  /\b(escape|outrun|run away|get away|flee|sneak out|jump out)\b[\w ]{0,20}\b(ice|agents?|officers?|cops?|feds?|them|the back)\b/u,
  // lying about who you are
  /\b(lie|lying|pretend|fool|trick|convince)\b[\w ]{0,30}\b(ice|agents?|officers?|citizen|american|my name|born here)\b/u,
];

// The same requests in Spanish, the language most people here write in after English.
const ASKING_ES = /\b(como (hago|puedo|se hace|le hago|podemos)|donde (consigo|compro|puedo|se consigue)|ayudame a|ayudenme a|quiero|necesito|hay manera de|que le (puedo|podemos) (tirar|hacer))\b/u;
const WRONGS_ES: RegExp[] = [
  /\b(papeles|documentos|seguro social|social|green card|mica|licencia|pasaporte|id|identificacion)\b[\w ]{0,12}\b(falsos?|falsas?|chuecos?|chuecas?|clonad\w*|de otra persona)\b/u,
  /\b(falsificar|falsifico|hacer una mica|comprar (una )?mica)\b/u,
  /\b(esconder|ocultar)\b[\w ]{0,25}\b(mi|su|a mi|a su|primo|hermano|hermana|esposo|esposa|hijo|vecino|alguien)\b/u,
  /\b(golpear|pegarle|pegarles|atacar|matar|amenazar|asustar|tirarle|tirarles|lastimar)\b[\w ]{0,25}\b(agentes?|migra|ice|oficiales?|policias?|ellos)\b/u,
  /\b(bloquear|tapar|ponchar|pincharle|pinchar)\b[\w ]{0,25}\b(camionetas?|van|carros?|llantas?|vehiculos?|agentes?)\b/u,
  /\b(escapar(me)?|huir|correr(le)?|esconderme)\b[\w ]{0,15}\b(migra|ice|agentes?|policia)\b/u,
  /\b(mentir(le|les)?|enganar)\b[\w ]{0,20}\b(migra|ice|agentes?|oficiales?)\b|\bdecir que soy (ciudadano|americano)\b/u,
  /\b(direccion|casa|donde viven?)\b[\w ]{0,25}\b(agentes?|oficiales?|migra)\b/u,
];

// Asking whether something is allowed is a question about the law, not a request to do it.
const ASKING_THE_LAW = /\b(is it (illegal|a crime|against the law|ok|legal)|what happens if|can i get in trouble|es (delito|ilegal|un crimen|legal)|esta (mal|prohibido)|que pasa si)\b/u;

export function soundsHarmful(text: string): boolean {
  const t = normalize(text).replace(/[^\p{L}\p{N}]+/gu, ' ');
  if (ASKING_THE_LAW.test(t)) return false;
  return (ASKING.test(t) && WRONGS.some((w) => w.test(t))) || (ASKING_ES.test(t) && WRONGS_ES.some((w) => w.test(t)));
}
