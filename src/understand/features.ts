/**
 * Features of a message for the topic classifier: words, word pairs, and letter sequences
 * inside words. Letter sequences are what make "imigration", "inmigracion" and "immigration"
 * look alike, and what let Chinese and Korean, written without spaces, be compared at all.
 */
import { UNSPACED, normalize, words } from './normalize.ts';

/** Feature → how often it occurs in the message. */
export type FeatureCounts = Map<string, number>;

/** How much each kind of feature counts, relative to whole words, by its key's prefix. */
const KIND_WEIGHT: Record<string, number> = { w: 1, p: 0.8, g: 0.5, u: 0.6, v: 0.3 };

/** The weight of a feature occurring `count` times: repetition adds little ("please please please"). */
export function featureWeight(key: string, count: number): number {
  return (KIND_WEIGHT[key[0]!] ?? 1) * (count > 1 ? 1.3 : 1);
}

export function featuresOf(text: string): FeatureCounts {
  const out: FeatureCounts = new Map();
  const add = (key: string) => out.set(key, (out.get(key) ?? 0) + 1);
  const tokens = words(normalize(text));
  for (const [i, token] of tokens.entries()) {
    if (UNSPACED.test(token)) {
      const chars = [...token];
      for (let n = 1; n <= 3; n++) {
        for (let j = 0; j + n <= chars.length; j++) add(`${n === 1 ? 'v' : 'u'}:${chars.slice(j, j + n).join('')}`);
      }
      continue;
    }
    add(`w:${token}`);
    const next = tokens[i + 1];
    if (next) add(`p:${token} ${next}`);
    // Slices of the string itself, not of an array of characters: far less garbage per message.
    const padded = ` ${token} `;
    for (let n = 3; n <= 5; n++) {
      for (let j = 0; j + n <= padded.length; j++) add(`g:${padded.substring(j, j + n)}`);
    }
  }
  return out;
}
