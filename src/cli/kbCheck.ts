import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LEARNED_FILE, OFF_TOPIC, readExampleModel } from '../answers/exampleModel.js';
import { OutOfScope, scopeClashes } from '../answers/outOfScope.js';
import { SCOPE_FILE, validateScope } from '../knowledge/scope.js';
import { silentLogger } from '../log.js';
import { knowledgeDir } from '../knowledge/load.js';
import { loadServices } from '../services.js';
import { exitQuietlyWhenStdoutCloses, fail, flagValue, loadOrExit, onlyOptions, parseArgs } from './common.js';

const USAGE = 'usage: npm run kb:check -- [--knowledge DIR]';
exitQuietlyWhenStdoutCloses();
const { flags, rest } = parseArgs(process.argv.slice(2));
onlyOptions(flags, ['--knowledge'], USAGE);
if (rest.length > 0) fail(`unexpected argument ${rest[0]}\n${USAGE}`, 2);
const dir = knowledgeDir(flagValue(flags, '--knowledge'));
const services = loadOrExit(() => loadServices({ knowledge: dir, logger: silentLogger }));
const clashes = scopeClashes(services.kb.entries, new OutOfScope(validateScope(dir).topics ?? []));
if (clashes.length > 0) {
  const lines = clashes.map(
    (c) => `  ${join(dir, SCOPE_FILE)} — topic "${c.topic}", term "${c.term}": declines "${c.phrasing}", a phrasing of ${c.entry.id} (${c.entry.file})\n    fix: make the term more specific, or drop the phrasing if the article does not answer it`,
  );
  fail(`The content in ${dir} contradicts itself: ${clashes.length} phrasing(s) would be declined as out of scope.\n${lines.join('\n')}`);
}
// The example model is read on first use when the app runs; here at once, so a broken one is found before it is deployed.
const learnedFile = join(dir, LEARNED_FILE);
const learned = existsSync(learnedFile) ? loadOrExit(() => readExampleModel(learnedFile)) : undefined;
const stale = learned?.data.entries.bayes.classes.filter((id) => id !== OFF_TOPIC && !services.kb.byId.has(id)) ?? [];
if (stale.length > 0) fail(`${learnedFile} learned entries this knowledge base no longer has (${stale.join(', ')}): they are never answered from it.\n    fix: npm run learn`);
const files = new Set(services.kb.entries.map((e) => e.file)).size;
const phrasings = services.kb.entries.reduce((n, e) => n + e.questions.length, 0);
console.log(`OK: ${dir}`);
console.log(`  ${services.kb.entries.length} entries (${phrasings} phrasings) in ${files} files, ${services.kb.synonyms.length} synonym groups`);
console.log(`  chooser: ${services.chooser.questions.length} questions; quiz: ${services.quiz.questions.length} questions`);
console.log(learned ? `  learned: ${learned.data.entries.bayes.classes.length} classes from the examples (${LEARNED_FILE})` : `  learned: none (${LEARNED_FILE} is absent: the engine answers alone; npm run learn makes it)`);
