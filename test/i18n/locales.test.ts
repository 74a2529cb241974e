/**
 * Every interface-strings file says everything the English one says: same keys, same
 * placeholders, every plural form its language needs, and a direction for right-to-left scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLocalesDir } from '../../src/content/paths.ts';
import { loadStrings } from '../../src/i18n.ts';

type Tree = { [key: string]: string | string[] | Tree };
const read = (file: string) => JSON.parse(readFileSync(`${defaultLocalesDir()}${file}`, 'utf8')) as Tree;
const leaves = (tree: Tree, prefix = ''): [string, string | string[]][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && !Array.isArray(v) ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, string | string[]]]));
const placeholders = (s: string | string[]) => [...String(s).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const english = new Map(leaves(read('en.json')));
const files = readdirSync(defaultLocalesDir()).filter((f) => f.endsWith('.json') && f !== 'en.json');

describe.each(files.length ? files : ['(no other language yet)'])('%s', (file) => {
  it.skipIf(!file.endsWith('.json'))('has every English key and no other, with the same placeholders', () => {
    const own = new Map(leaves(read(file)));
    const bare = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
    expect([...new Set([...own.keys()].map(bare))].sort()).toEqual([...new Set([...english.keys()].map(bare))].sort());
    for (const [key, value] of own) {
      const base = english.get(key) ?? english.get(`${bare(key)}_other`) ?? '';
      expect(placeholders(value), `${file}: ${key}`).toEqual(placeholders(base));
      expect(String(value).trim(), `${file}: ${key} is empty`).not.toBe('');
    }
  });

  it.skipIf(!file.endsWith('.json'))('has every plural form its language uses', () => {
    const lang = file.replace('.json', '');
    const keys = leaves(read(file)).map(([k]) => k);
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const base of new Set(keys.filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')))) {
      for (const category of needed) expect(keys, `${file}: ${base}_${category}`).toContain(`${base}_${category}`);
    }
  });
});

describe('text direction', () => {
  it('is right-to-left for Arabic and Urdu, left-to-right otherwise', async () => {
    const strings = await loadStrings();
    expect(strings.dir('en')).toBe('ltr');
    expect(strings.dir('ar')).toBe('rtl');
    expect(strings.dir('ur')).toBe('rtl');
  });
});
