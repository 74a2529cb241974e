/**
 * Features of a message for the topic classifier: words, word pairs, and letter sequences
 * inside words. Letter sequences are what make "imigration", "inmigracion" and "immigration"
 * look alike, and what let Chinese and Korean, written without spaces, be compared at all.
 *
 * A feature is a number: a hash of its letters with its kind in the low bits. Hashing in place,
 * without cutting the message into little strings, keeps the garbage per message small.
 */
import { UNSPACED, normalize, words } from './normalize.ts';

/** Feature → how often it occurs in the message. */
export type FeatureCounts = Map<number, number>;

const enum Kind { Word = 0, Pair = 1, Gram = 2, Unspaced = 3, Letter = 4 }
/** How much each kind of feature counts, relative to whole words. */
const KIND_WEIGHT = [1, 0.8, 0.5, 0.6, 0.3];
const KIND_BITS = 3;

/** The weight of a feature occurring `count` times: repetition adds little ("please please please"). */
export function featureWeight(feature: number, count: number): number {
  return KIND_WEIGHT[feature & ((1 << KIND_BITS) - 1)]! * (count > 1 ? 1.3 : 1);
}

/** FNV-1a over the UTF-16 code units of text[start, end), continuing from `seed`. */
function hash(text: string, start: number, end: number, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const feature = (h: number, kind: Kind) => ((h << KIND_BITS) | kind) >>> 0;

export function featuresOf(text: string): FeatureCounts {
  const out: FeatureCounts = new Map();
  const add = (key: number) => out.set(key, (out.get(key) ?? 0) + 1);
  const tokens = words(normalize(text));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (UNSPACED.test(token)) {
      const chars = [...token];
      for (let n = 1; n <= 3; n++) {
        for (let j = 0; j + n <= chars.length; j++) {
          const gram = chars.slice(j, j + n).join('');
          add(feature(hash(gram, 0, gram.length), n === 1 ? Kind.Letter : Kind.Unspaced));
        }
      }
      continue;
    }
    const h = hash(token, 0, token.length);
    add(feature(h, Kind.Word));
    const next = tokens[i + 1];
    // A pair continues the first word's hash through a space into the second word.
    if (next) add(feature(hash(next, 0, next.length, hash(' ', 0, 1, h)), Kind.Pair));
    const padded = ` ${token} `;
    for (let n = 3; n <= 5; n++) {
      for (let j = 0; j + n <= padded.length; j++) add(feature(hash(padded, j, j + n), Kind.Gram));
    }
  }
  return out;
}
