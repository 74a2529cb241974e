import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { createCore } from '../../src/core.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { TOPIC_IDS } from '../../src/content/topic-ids.ts';
import { copyContent, type ContentFixture } from '../helpers/content-fixture.ts';

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.remove());

function brokenWith(file: string, change: (text: string) => string) {
  fixture = copyContent();
  fixture.edit(file, change);
  const { catalog, problems } = loadContent(fixture.dir);
  return { catalog, errors: problems.filter((p) => p.severity === 'error') };
}

describe('the shipped content', () => {
  it('is valid and has an English answer for every topic id', () => {
    const { catalog, problems } = loadContent(copyContent().dir);
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect([...catalog!.answers.get('en')!.keys()].sort()).toEqual([...TOPIC_IDS].sort());
  });
});

describe('a broken content file is reported by file and field', () => {
  it('a missing header field', () => {
    const { catalog, errors } = brokenWith('en/door.md', (t) => t.replace(/^summary:.*\n/m, ''));
    expect(catalog).toBeUndefined();
    expect(errors).toContainEqual(expect.objectContaining({ file: 'en/door.md', field: 'summary', message: expect.stringContaining('required') }));
  });

  it('an unknown follow-up topic id', () => {
    const { errors } = brokenWith('topics.yaml', (t) => t.replace('followups: [warrant, entered, silence, hotline]', 'followups: [warrant, entred]'));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'topics.yaml', field: 'topics.door.followups[1]', message: expect.stringContaining('topic ids') }));
  });

  it('a source address that is not https', () => {
    const { errors } = brokenWith('sources.yaml', (t) => t.replace('url: https://www.ice.gov/ICEcasereview', 'url: http://www.ice.gov/ICEcasereview'));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'sources.yaml', field: 'sources.ice-case-review.url', message: expect.stringContaining('https://') }));
  });

  it('a malformed header block', () => {
    const { errors } = brokenWith('en/warrant.md', (t) => t.replace(/^title: (.*)$/m, 'title: [unclosed, "$1"'));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'en/warrant.md', field: 'header', message: expect.stringContaining('not valid YAML') }));
  });

  it('a header that is never closed', () => {
    const { errors } = brokenWith('en/car.md', (t) => t.replace(/\n---\n/, '\n'));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'en/car.md', field: 'header', message: expect.stringContaining('not closed') }));
  });

  it('an unknown source id in an answer', () => {
    const { errors } = brokenWith('en/street.md', (t) => t.replace(/^sources: \[/m, 'sources: [no-such-source, '));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'en/street.md', field: 'sources[0]', message: expect.stringContaining('no-such-source') }));
  });

  it('a phone number nobody verified', () => {
    const { errors } = brokenWith('en/hotline.md', (t) => `${t}\nOr call 1-212-555-0199 any time.\n`);
    expect(errors.map(formatProblem).join('\n')).toMatch(/content\/en\/hotline\.md: more: the phone number "1-212-555-0199" is not in hotlines\.yaml/);
  });

  it('an urgent part with too many steps', () => {
    const { errors } = brokenWith('en/door.md', (t) => t.replace('## Urgent\n', '## Urgent\n1. a\n2. b\n3. c\n4. d\n5. e\n6. f\n'));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'en/door.md', field: 'urgent', message: expect.stringMatching(/1 to 5 numbered steps/) }));
  });

  it('a heading that is not "## Urgent" or "## More"', () => {
    const { errors } = brokenWith('en/work.md', (t) => t.replace('## More', '## Details'));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'en/work.md', field: 'body', message: expect.stringContaining('"## Details" is not allowed') }));
  });

  it('a missing English answer', () => {
    fixture = copyContent();
    fixture.delete('en/places.md');
    const errors = loadContent(fixture.dir).problems.filter((p) => p.severity === 'error');
    expect(errors).toContainEqual(expect.objectContaining({ file: 'en/places.md', message: expect.stringContaining('create content/en/places.md') }));
  });
});

describe('start-up', () => {
  it('refuses to build the bot on broken content, naming the file and field', async () => {
    fixture = copyContent();
    fixture.edit('en/sign.md', (t) => t.replace(/^sources: \[/m, 'sources: [made-up-source, '));
    await expect(createCore({ contentDir: fixture.dir })).rejects.toThrow(/content\/en\/sign\.md: sources\[0\]: unknown source id "made-up-source"/);
  });
});

describe('npm run content:check', () => {
  it('exits non-zero and names the file and field when content is broken', () => {
    fixture = copyContent();
    fixture.edit('en/door.md', (t) => t.replace(/^revision:.*$/m, 'revision: first'));
    let status = 0;
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'src/content/check-cli.ts', fixture.dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const e = error as { status: number; stderr: string };
      status = e.status;
      stderr = e.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/content\/en\/door\.md: revision: must be a whole number/);
  });
});
