/**
 * Splits an answer file (`content/<lang>/<topic>.md`) into its header and its three parts.
 * Parsing only; whether the values are right is the schema's and the loader's job.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';

export interface AnswerFileParts {
  header: unknown;
  main: string;
  urgent?: string;
  more?: string;
  /** Extra lines for one platform only, added under the main part there. */
  platforms: Partial<Record<PlatformNote, string>>;
}

export const PLATFORM_SECTIONS = { telegram: 'Telegram', discord: 'Discord', whatsapp: 'WhatsApp' } as const;
export type PlatformNote = keyof typeof PLATFORM_SECTIONS;

export class AnswerFileError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const SECTION_HEADING = /^##[ \t]+(.+?)\s*$/;
const KNOWN_SECTIONS = new Map<string, string>([
  ['urgent', 'urgent'],
  ['more', 'more'],
  ...Object.keys(PLATFORM_SECTIONS).map((p) => [p, p] as [string, string]),
]);

export function parseAnswerFile(source: string): AnswerFileParts {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    throw new AnswerFileError(
      'header',
      'the file must start with a header: a line "---", the fields (title, label, …), then another "---"',
    );
  }
  const close = lines.indexOf('---', 1);
  if (close === -1) {
    throw new AnswerFileError('header', 'the header is not closed: add a line "---" after the last header field');
  }
  let header: unknown;
  try {
    header = parseYaml(lines.slice(1, close).join('\n'));
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line + 1}` : '';
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AnswerFileError(
      'header',
      `the header is not valid YAML${where}: ${why}. Check for a missing ":" or an example that needs quotes`,
    );
  }
  if (header === null || typeof header !== 'object' || Array.isArray(header)) {
    throw new AnswerFileError('header', 'the header must be a list of fields such as "title: …", one per line');
  }

  const sections: Record<string, string[]> = { main: [] };
  let current = 'main';
  for (const [offset, line] of lines.slice(close + 1).entries()) {
    const heading = SECTION_HEADING.exec(line);
    if (heading || /^#[ \t]/.test(line)) {
      const name = KNOWN_SECTIONS.get((heading?.[1] ?? '').toLowerCase());
      if (!name) {
        throw new AnswerFileError(
          'body',
          `line ${close + 2 + offset}: "${line.trim()}" is not allowed; the only headings are "## Urgent", "## More", "## Telegram", "## Discord" and "## WhatsApp". Use **bold** for emphasis`,
        );
      }
      if (sections[name]) throw new AnswerFileError('body', `"## ${heading?.[1]}" appears twice`);
      sections[name] = [];
      current = name;
      continue;
    }
    sections[current]!.push(line);
  }
  const tidy = (part: string[] | undefined) => (part ? part.join('\n').trim() : undefined);
  const platforms: AnswerFileParts['platforms'] = {};
  for (const p of Object.keys(PLATFORM_SECTIONS) as PlatformNote[]) if (sections[p]) platforms[p] = tidy(sections[p])!;
  return {
    header,
    main: tidy(sections.main) ?? '',
    ...(sections.urgent && { urgent: tidy(sections.urgent) }),
    ...(sections.more && { more: tidy(sections.more) }),
    platforms,
  };
}
