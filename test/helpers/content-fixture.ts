/**
 * A throwaway copy of the real content folder, to break one thing at a time in tests.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultContentDir } from '../../src/content/paths.ts';

export interface ContentFixture {
  dir: string;
  read(file: string): string;
  write(file: string, text: string): void;
  edit(file: string, change: (text: string) => string): void;
  delete(file: string): void;
  remove(): void;
}

export function copyContent(): ContentFixture {
  const dir = mkdtempSync(join(tmpdir(), 'kyr-content-'));
  cpSync(defaultContentDir(), dir, { recursive: true });
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  return {
    dir, read, write,
    edit: (file, change) => write(file, change(read(file))),
    delete: (file) => rmSync(join(dir, file)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
