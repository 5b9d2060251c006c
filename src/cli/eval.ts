import { resolve } from 'node:path';
import { evaluate, loadEvalSet } from '../answers/evaluation.js';
import { sweep } from '../answers/tuning.js';
import { silentLogger } from '../log.js';
import { loadServices } from '../services.js';
import { exitQuietlyWhenStdoutCloses, flagValue, loadOrExit, onlyOptions, parseArgs } from './common.js';

exitQuietlyWhenStdoutCloses();
const { flags } = parseArgs(process.argv.slice(2), ['--knowledge', '--set']);
onlyOptions(flags, ['--knowledge', '--set', '--json', '--tune'], 'usage: npm run eval -- [--set DIR] [--knowledge DIR] [--json] [--tune]');
const setDir = resolve(flagValue(flags, '--set') ?? 'tests/fixtures/eval');
const services = loadOrExit(() => loadServices({ knowledge: flagValue(flags, '--knowledge'), logger: silentLogger }));
const set = loadEvalSet(setDir);

if (flags.has('--tune')) {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const ranked = sweep(services.kb, set.inScope, set.offTopic);
  console.log(`Tried ${ranked.length} settings. Best first (score = 2·min(top-1, refusal) + right − 3·wrong):\n`);
  for (const { tuning, result, score } of ranked.slice(0, 10)) {
    const dials = Object.entries(tuning).map(([k, v]) => `${k}=${v}`).join(' ');
    console.log(`${score.toFixed(3)}  top-1 ${pct(result.top1)}  refusal ${pct(result.offTopicRefusal)}  right ${pct(result.answeredRight)}  wrong ${pct(result.answeredWrong)}\n       ${dials}`);
  }
  process.exit(0);
}

const result = evaluate((q) => services.engine.ask(q), set.inScope, set.offTopic, services.kb.entries.flatMap((e) => e.questions));

if (flags.has('--json')) {
  console.log(JSON.stringify(result));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  console.log(`Evaluation of ${services.kb.entries.length} entries on ${result.inScope} in-scope and ${result.offTopic} off-topic questions (${setDir})`);
  console.log(`(${result.skipped.length} in-scope questions skipped: the knowledge base has them word for word)\n`);
  console.log(`  top-1 accuracy        ${pct(result.top1)}   first answer or first "did you mean" choice is right`);
  console.log(`  top-3 accuracy        ${pct(result.top3)}   a right entry is among the first three offered`);
  console.log(`  MRR                   ${result.mrr.toFixed(3).padStart(7)}   mean of 1/rank of the first right entry`);
  console.log(`  answered right        ${pct(result.answeredRight)}   answered outright, correctly`);
  console.log(`  answered wrong        ${pct(result.answeredWrong)}   answered outright with a wrong entry (the costly mistake)`);
  console.log(`  routed to clarify     ${pct(result.clarifyShare)}   in-scope questions that got "did you mean" choices`);
  console.log(`  fell back             ${pct(result.fallbackShare)}   in-scope questions the bot declined`);
  console.log(`  off-topic refusal     ${pct(result.offTopicRefusal)}   off-topic questions the bot declined, as it should`);
  console.log(`\nMisses (${result.misses.length}):`);
  for (const m of result.misses) {
    const want = m.expect.length > 0 ? m.expect.join(' or ') : 'refusal';
    console.log(`  ${m.confidence.toFixed(2)}  ${JSON.stringify(m.q)}\n        got ${m.got}; wanted ${want}`);
  }
}
