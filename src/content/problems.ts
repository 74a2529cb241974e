/** A problem found in the content, said so that the person who edits the file can fix it. */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path relative to the content folder, for example `en/door.md`. */
  file: string;
  /** The field or part of the file, for example `sources[1]` or `body`. */
  field: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.severity === 'error' ? 'error' : 'warning'}: content/${p.file}: ${p.field}: ${p.message}`;
}

export class ContentInvalidError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(`content is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${errors.map(formatProblem).join('\n')}`);
  }
}
