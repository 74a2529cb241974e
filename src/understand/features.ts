/**
 * Features of a message for the topic classifier: words, word pairs, and letter sequences
 * inside words. Letter sequences are what make "imigration", "inmigracion" and "immigration"
 * look alike, and what let Chinese and Korean, written without spaces, be compared at all.
 */
import { UNSPACED, normalize, words } from './normalize.ts';

export type FeatureCounts = Map<string, number>;

/** How much each kind of feature counts, relative to whole words. */
const WEIGHT = { word: 1, pair: 0.8, grams: 0.35, unspaced: 0.6 } as const;

export function featuresOf(text: string): FeatureCounts {
  const out: FeatureCounts = new Map();
  const add = (key: string, w: number) => out.set(key, (out.get(key) ?? 0) + w);
  const tokens = words(normalize(text));
  for (const [i, token] of tokens.entries()) {
    if (UNSPACED.test(token)) {
      const chars = [...token];
      for (let n = 1; n <= 3; n++) {
        for (let j = 0; j + n <= chars.length; j++) add(`u:${chars.slice(j, j + n).join('')}`, WEIGHT.unspaced * (n === 1 ? 0.5 : 1));
      }
      continue;
    }
    add(`w:${token}`, WEIGHT.word);
    const next = tokens[i + 1];
    if (next) add(`p:${token} ${next}`, WEIGHT.pair);
    const padded = [...` ${token} `];
    for (let n = 3; n <= 5; n++) {
      for (let j = 0; j + n <= padded.length; j++) add(`g:${padded.slice(j, j + n).join('')}`, WEIGHT.grams);
    }
  }
  return out;
}
