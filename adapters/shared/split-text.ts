/**
 * Splits a long message into pieces a platform accepts: at paragraph breaks first, then at line
 * breaks, then between words. Never inside a word (unless a single "word" is longer than the
 * limit, like a very long link), so no sentence arrives cut in half.
 */
export function splitText(text: string, max: number): string[] {
  if (max < 1) throw new RangeError('max must be at least 1');
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) pieces.push(current.trim());
    current = '';
  };
  for (const [unit, joiner] of units(text, max)) {
    const candidate = current ? `${current}${joiner}${unit}` : unit;
    if (candidate.length <= max) current = candidate;
    else {
      flush();
      current = unit;
    }
  }
  flush();
  return pieces;
}

/** The text as units no longer than `max`, each with the separator that joined it to the one before. */
function* units(text: string, max: number): Generator<[string, string]> {
  for (const paragraph of text.split(/\n{2,}/)) {
    let first = true;
    const separator = () => (first ? ((first = false), '\n\n') : '\n');
    if (paragraph.length <= max) {
      yield [paragraph, separator()];
      continue;
    }
    for (const line of paragraph.split('\n')) {
      if (line.length <= max) {
        yield [line, separator()];
        continue;
      }
      let lineFirst = true;
      for (const word of line.split(/ +/)) {
        const sep = lineFirst ? separator() : ' ';
        lineFirst = false;
        if (word.length <= max) yield [word, sep];
        else for (let i = 0; i < word.length; i += max) yield [word.slice(i, i + max), i === 0 ? sep : ''];
      }
    }
  }
}
