/**
 * `npm run content:check [folder]`: validates the content and lists every problem.
 * Exits 1 when there is an error, 0 otherwise (warnings alone do not fail).
 */
import { loadContent } from './load.ts';
import { formatProblem } from './problems.ts';
import { defaultContentDir } from './paths.ts';

const dir = process.argv[2] ?? defaultContentDir();
const { catalog, problems } = loadContent(dir);
for (const p of problems) console.error(formatProblem(p));
if (!catalog) {
  const count = problems.filter((p) => p.severity === 'error').length;
  console.error(`\n${count} error${count === 1 ? '' : 's'}: fix them and run npm run content:check again.`);
  process.exit(1);
}
const languages = [...catalog.answers.keys()];
const answers = [...catalog.answers.values()].reduce((n, m) => n + m.size, 0);
console.log(`content ok: ${catalog.topics.size} topics, ${answers} answers in ${languages.length} language(s) (${languages.join(', ')}), ${catalog.sources.size} sources, ${catalog.hotlines.size} hotlines`);
