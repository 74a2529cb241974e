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

export function soundsHarmful(text: string): boolean {
  const t = normalize(text).replace(/[^\p{L}\p{N}]+/gu, ' ');
  return ASKING.test(t) && WRONGS.some((w) => w.test(t));
}
