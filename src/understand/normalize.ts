/**
 * Turns what people type into comparable tokens: lower case, no accents on Latin letters, no
 * Arabic vowel marks, apostrophes dropped ("they're" → "theyre"), long letter runs shortened
 * ("pleeease" → "pleease"), and a few chat spellings mapped to words ("u" → "you").
 * Bengali and other Indic vowel signs are kept: there they are letters, not accents.
 */

import { Converter } from 'opencc-js/t2cn';

const LATIN_OR_CYRILLIC = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;
const HAN = /\p{Script=Han}/u;
// Chinese written in traditional characters (Hong Kong, Taiwan, many older New Yorkers) is
// compared in simplified form, as the examples are mostly written.
const toSimplified = Converter({ from: 't', to: 'cn' });
const MARK = /\p{M}/u;
const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

// Chat spellings that carry meaning. Keys are already lower case and accent-free.
const CHAT_WORDS: Record<string, string> = {
  u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', wat: 'what', wut: 'what', wht: 'what',
  ppl: 'people', bc: 'because', cuz: 'because', coz: 'because', rn: 'right now', tho: 'though', thx: 'thanks',
  im: 'i am', ive: 'i have', dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not',
  cannot: 'can not', wont: 'will not', isnt: 'is not', arent: 'are not', theyre: 'they are', theres: 'there is',
  whats: 'what is', hes: 'he is', shes: 'she is', its: 'it is', gonna: 'going to', wanna: 'want to', gotta: 'have to',
  abt: 'about', bf: 'boyfriend', gf: 'girlfriend', apt: 'apartment', govt: 'government', lawer: 'lawyer',
  imigration: 'immigration', immigation: 'immigration', inmigration: 'immigration', migra: 'migra',
};

// One message is normalised by several checks in a row; the last result is kept for them.
let lastText: string | undefined;
let lastNormalized = '';

export function normalize(text: string): string {
  if (text === lastText) return lastNormalized;
  lastNormalized = normalizeNow(text);
  lastText = text;
  return lastNormalized;
}

function normalizeNow(text: string): string {
  const decomposed = (HAN.test(text) ? toSimplified(text) : text).normalize('NFKD').toLowerCase();
  let out = '';
  let previousBase = '';
  for (const ch of decomposed) {
    if (MARK.test(ch)) {
      if (LATIN_OR_CYRILLIC.test(previousBase)) continue;
    } else {
      previousBase = ch;
    }
    out += ch;
  }
  return out
    .normalize('NFC')
    .replace(ARABIC_DIACRITICS, '')
    .replace(/[\u0622\u0623\u0625]/g, '\u0627') // alef forms → alef
    .replace(/\u0649/g, '\u064A') // alef maqsura → ya
    .replace(/['’`´]/g, '')
    .replace(/(\p{L})\1{2,}/gu, '$1$1');
}

/** Words of a normalised text, with chat spellings expanded. */
export function words(normalized: string): string[] {
  // Marks belong to words: Bengali and Devanagari vowel signs are marks, not letters.
  const raw = normalized.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  return raw.flatMap((w) => (CHAT_WORDS[w] ?? w).split(' '));
}

/** Scripts written without spaces between words, where letters themselves are the features. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
