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
const files = new Set(services.kb.entries.map((e) => e.file)).size;
const phrasings = services.kb.entries.reduce((n, e) => n + e.questions.length, 0);
console.log(`OK: ${dir}`);
console.log(`  ${services.kb.entries.length} entries (${phrasings} phrasings) in ${files} files, ${services.kb.synonyms.length} synonym groups`);
console.log(`  chooser: ${services.chooser.questions.length} questions; quiz: ${services.quiz.questions.length} questions`);
