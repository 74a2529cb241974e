/**
 * Checks a string is HTML Telegram accepts in parse_mode HTML, for the tags we use: <b>, <i>,
 * <a href="…">; every other "<", ">" and "&" escaped; every tag closed in order.
 */
export function telegramHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const token = /<(\/?)(b|i|a)(?: href="([^"<>]*)")?>|<|>|&(?!(amp|lt|gt|quot);)/g;
  for (const m of html.matchAll(token)) {
    if (m[0] === '<' || m[0] === '>' || m[0] === '&') {
      problems.push(`unescaped "${m[0]}" at ${m.index}`);
      continue;
    }
    const [, closing, tag, href] = m;
    if (closing) {
      if (stack.pop() !== tag) problems.push(`</${tag}> closes nothing open at ${m.index}`);
    } else {
      if (tag === 'a' && !href?.startsWith('https://')) problems.push(`<a> without an https href at ${m.index}`);
      stack.push(tag!);
    }
  }
  if (stack.length) problems.push(`unclosed <${stack.join('>, <')}>`);
  return problems;
}

/** The visible text, as Telegram counts it after parsing entities. */
export function visibleLength(html: string): number {
  return html.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot);/g, 'x').length;
}
