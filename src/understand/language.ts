/**
 * Guesses the language a message is written in, among the bot's languages.
 *
 * The script decides most cases (Chinese, Korean, Russian, Bengali; Urdu versus Arabic by the
 * letters only Urdu uses). Latin-script messages are told apart by their common short words and
 * letters, including romanised Urdu ("mere bhai ko … hai"), which many people type on phones.
 * Returns undefined when there is nothing to go on ("ok", "1", an emoji, a lone "ICE").
 */
import { normalize } from './normalize.ts';
import type { Lang } from '../content/topic-ids.ts';

const URDU_LETTERS = /[\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2\u06D3\u06A9\u06AF\u06CC\u067E\u0686]/u;

// Frequent short words, accent-free, that mark each Latin-script language.
const MARKERS: Record<'en' | 'es' | 'fr' | 'pl' | 'ht' | 'ur', string[]> = {
  en: ['the', 'is', 'are', 'i', 'my', 'you', 'what', 'do', 'if', 'can', 'have', 'they', 'to', 'and', 'of', 'at', 'me', 'how', 'does', 'with', 'im', 'in', 'on', 'for', 'it', 'this', 'will', 'should', 'who', 'where', 'when', 'get', 'an', 'be', 'was', 'am', 'please', 'hello', 'hi', 'thanks', 'about', 'not', 'or', 'from', 'there', 'their', 'them', 'just', 'need'],
  es: ['el', 'la', 'los', 'las', 'que', 'de', 'en', 'es', 'mi', 'me', 'si', 'y', 'no', 'por', 'para', 'como', 'hago', 'tengo', 'puedo', 'esta', 'estan', 'una', 'un', 'con', 'del', 'se', 'lo', 'le', 'hola', 'ayuda', 'donde', 'cuando', 'pero', 'porque', 'ahora', 'ahorita', 'mis', 'su', 'sus', 'soy', 'hay', 'quiero', 'tienen', 'migra', 'gracias', 'puerta', 'al', 'ellos', 'usted', 'debo', 'voy', 'estoy', 'pasa'],
  fr: ['le', 'la', 'les', 'des', 'de', 'du', 'est', 'je', 'mon', 'ma', 'mes', 'que', 'qui', 'pour', 'pas', 'ne', 'une', 'un', 'et', 'en', 'sur', 'avec', 'dans', 'ce', 'cette', 'il', 'ils', 'elle', 'vous', 'nous', 'fait', 'faire', 'quoi', 'bonjour', 'merci', 'suis', 'ai', 'mais', 'ou', 'au', 'aux', 'puis', 'peux', 'dois', 'avocat', 'porte', 'moi', 'veulent', 'quand', 'comment', 'si'],
  pl: ['jest', 'nie', 'sie', 'mnie', 'moj', 'moja', 'moje', 'czy', 'co', 'jak', 'na', 'do', 'w', 'z', 'ze', 'to', 'ja', 'mam', 'moge', 'gdzie', 'kiedy', 'jesli', 'a', 'i', 'od', 'po', 'ale', 'tak', 'dzien', 'dobry', 'czesc', 'prosze', 'dziekuje', 'sa', 'oni', 'robic', 'zrobic', 'mi', 'drzwi', 'teraz', 'przez', 'musze', 'moim', 'mojego', 'za', 'tylko', 'bo'],
  ht: ['mwen', 'ou', 'li', 'yo', 'nan', 'pou', 'ki', 'sa', 'se', 'pa', 'm', 'w', 'kisa', 'kijan', 'eske', 'gen', 'fe', 'ak', 'la', 'lan', 'konn', 'kounye', 'bonjou', 'mesi', 'kote', 'nou', 'yon', 'ka', 'vle', 'dwe', 'avek', 'sou', 'lapolis', 'pat', 'te', 'ap', 'pral', 'kay', 'pitit', 'men', 'fanmi', 'sitwayen', 'avoka', 'anpil', 'nenpot', 'lot', 'poko', 'paske'],
  ur: ['mera', 'meri', 'mere', 'hai', 'hain', 'ko', 'ka', 'ki', 'ke', 'kya', 'kaise', 'kyun', 'nahi', 'nahin', 'ho', 'se', 'aur', 'mein', 'main', 'hum', 'ap', 'aap', 'yeh', 'woh', 'kar', 'karun', 'karein', 'sakte', 'sakta', 'raha', 'rahe', 'gaya', 'gayi', 'le', 'liya', 'bhai', 'behen', 'abhi', 'pata', 'kahan', 'kab', 'phir', 'bhi', 'uska', 'uski', 'hamara', 'wakeel', 'madad', 'shukriya', 'chahiye', 'ne', 'ye', 'koi', 'pe', 'tha', 'thi', 'hua', 'hoga', 'diya', 'gaya', 'karo', 'mujhe', 'unhon', 'wahan', 'yahan', 'kyunke', 'lekin', 'sirf', 'ghar', 'darwaza'],
};

const LETTER_HINTS: [RegExp, Lang, number][] = [
  [/[ñ¿¡]/u, 'es', 2],
  [/[ąćęłńśźż]/u, 'pl', 2],
  [/[àâçèéêëîïôûùœ]/u, 'fr', 1],
  [/[òè]/u, 'ht', 0.5],
];

const markerSets = Object.fromEntries(Object.entries(MARKERS).map(([k, v]) => [k, new Set(v)])) as Record<keyof typeof MARKERS, Set<string>>;

export function detectLanguage(text: string): Lang | undefined {
  const candidates = languageCandidates(text);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The languages the message most looks like: one when it is clear, several when their small
 * words tie ("un abogado de inmigracion en brooklyn" is Spanish or French by its small words
 * alone), none when there is nothing to go on.
 */
export function languageCandidates(text: string): Lang[] {
  if (/\p{Script=Hangul}/u.test(text)) return ['ko'];
  if (/[\p{Script=Han}]/u.test(text)) return ['zh'];
  if (/\p{Script=Bengali}/u.test(text)) return ['bn'];
  if (/\p{Script=Cyrillic}/u.test(text)) return ['ru'];
  // Letters only Urdu uses settle it; without them a short message could be either.
  if (/\p{Script=Arabic}/u.test(text)) return URDU_LETTERS.test(text) ? ['ur'] : ['ar', 'ur'];

  const lower = text.toLowerCase();
  const scores = new Map<Lang, number>();
  const bump = (lang: Lang, by: number) => scores.set(lang, (scores.get(lang) ?? 0) + by);
  for (const [pattern, lang, weight] of LETTER_HINTS) if (pattern.test(lower)) bump(lang, weight);
  // Arabizi writes letters as digits ("ma3i", "a7melha"); a digit inside a word keeps the word whole.
  const tokens = normalize(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !/^\p{N}+$/u.test(w));
  for (const token of tokens) {
    for (const [lang, set] of Object.entries(markerSets)) if (set.has(token)) bump(lang as Lang, 1);
  }
  const top = Math.max(0, ...scores.values());
  // One marker word ("la", "a") is not evidence.
  if (top < 1) return [];
  return [...scores].filter(([, score]) => score === top).map(([lang]) => lang);
}
