import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluate, loadEvalSet } from '../answers/evaluation.js';
import { isHeldOut, loadQuestionSet, type QuestionSet } from '../answers/questionSets.js';
import { engineRanker, fuseRanker, miniSearchRanker, rankingFigures } from '../answers/peers.js';
import { crossValidated, evaluateSet, type Figures, type Responder } from '../answers/setEvaluation.js';
import { sweep } from '../answers/tuning.js';
import { silentLogger } from '../log.js';
import { loadServices } from '../services.js';
import { exitQuietlyWhenStdoutCloses, fail, flagValue, loadOrExit, onlyOptions, parseArgs } from './common.js';

exitQuietlyWhenStdoutCloses();
const { flags } = parseArgs(process.argv.slice(2), ['--knowledge', '--set']);
onlyOptions(flags, ['--knowledge', '--set', '--json', '--tune', '--misses', '--peers', '--cross-validate'], 'usage: npm run eval -- [--set dev|holdout|DIR] [--knowledge DIR] [--json] [--misses] [--peers] [--tune] [--cross-validate]');
/** "dev" and "holdout" name the blind sets in tests/fixtures/questions; any other value is a folder. */
const named = flagValue(flags, '--set') ?? 'dev';
const setDir = resolve(['dev', 'holdout'].includes(named) ? join('tests/fixtures/questions', named) : named);
// Folds of a held-out set would learn from its labels: its figures must come from the model the app ships.
// Refused before the set is read, so an empty held-out folder is refused for the same reason.
if (flags.has('--cross-validate') && isHeldOut(setDir)) fail(`--cross-validate learns from the set it measures; ${setDir} is held out. Measure it without --cross-validate.`, 2);
const services = loadOrExit(() => loadServices({ knowledge: flagValue(flags, '--knowledge'), logger: silentLogger }));

// The first sets (one in-scope.yml and one off-topic.yml, no styles) are still read, by the first evaluator.
if (existsSync(join(setDir, 'in-scope.yml'))) evaluateFirstSet();
else evaluateBlindSet();

function evaluateFirstSet(): void {
  const set = loadEvalSet(setDir);

  if (flags.has('--tune')) {
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const ranked = sweep(services.kb, set.inScope, set.offTopic);
    console.log(`Tried ${ranked.length} settings. Best first (score = 2·min(top-1, refusal) + right − 3·wrong):\n`);
    for (const { tuning, result, score } of ranked.slice(0, 10)) {
      const dials = Object.entries(tuning).map(([k, v]) => `${k}=${v}`).join(' ');
      console.log(`${score.toFixed(3)}  top-1 ${pct(result.top1)}  refusal ${pct(result.offTopicRefusal)}  right ${pct(result.answeredRight)}  wrong ${pct(result.answeredWrong)}\n       ${dials}`);
    }
    return;
  }

  const result = evaluate((q) => services.responder.respond(q), set.inScope, set.offTopic, services.kb.entries.flatMap((e) => e.questions));

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

}

/** With --cross-validate, each file of the set is answered by a responder that learned from the others only. */
function setResponder(questions: QuestionSet): Responder {
  if (!flags.has('--cross-validate')) return (q, previous) => services.responder.respond(q, previous);
  return crossValidated(questions, (model) => services.responderLearnedFrom(model), (word) => services.engine.stem(word), { criteria: services.criteria });
}

function evaluateBlindSet(): void {
  const questions = loadOrExit(() => loadQuestionSet(setDir));
  const result = evaluateSet(setResponder(questions), questions, services.kb.entries.flatMap((e) => e.questions));
  if (flags.has('--json')) {
    console.log(JSON.stringify({ ...result, judged: flags.has('--misses') ? result.judged : undefined }));
    return;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
  const row = (name: string, f: Figures) =>
    `  ${name.padEnd(14)} ${String(f.count).padStart(4)}  ${pct(f.top1)} ${pct(f.top3)} ${f.mrr.toFixed(3).padStart(6)}  ${pct(f.answeredRight)} ${pct(f.answeredWrong)} ${pct(f.clarify)} ${pct(f.fallback)}`;
  console.log(`Blind set ${setDir}: ${result.inScope.count} in-scope messages (follow-up turns included; ${result.verbatim} held word for word by the knowledge base), ${result.offTopic.count} off-topic\n`);
  console.log(`  ${'style'.padEnd(14)} ${'n'.padStart(4)}  ${'top-1'.padStart(6)} ${'top-3'.padStart(6)} ${'MRR'.padStart(6)}  ${'right'.padStart(6)} ${'wrong'.padStart(6)} ${'clarif'.padStart(6)} ${'none'.padStart(6)}`);
  console.log(row('all in-scope', result.inScope));
  for (const [style, f] of Object.entries(result.byStyle).sort((a, b) => a[0].localeCompare(b[0]))) console.log(row(style, f));
  const off = result.offTopic;
  console.log(`\n  off-topic refused   ${pct(off.refused / Math.max(1, off.count))} of ${off.count}` + Object.entries(off.byStyle).map(([s, v]) => `;  ${s} ${pct(v.refused / Math.max(1, v.count))} of ${v.count}`).join(''));
  const sc = result.scenarios;
  console.log(`  scenarios           ${pct(sc.agree / Math.max(1, sc.count))} recommend the article's side (${sc.agree} of ${sc.count}; ${sc.readAsScenario} read as scenarios)`);
  console.log(`  compound questions  ${pct(result.compound.allParts / Math.max(1, result.compound.count))} had every part answered (${result.compound.allParts} of ${result.compound.count})`);
  console.log(`  follow-up turns     ${pct(result.followUps.right / Math.max(1, result.followUps.count))} answered right in context (${result.followUps.right} of ${result.followUps.count})`);
  console.log(`  "I don't know"      ${pct(result.fallbacks.offeredRight / Math.max(1, result.fallbacks.count))} of in-scope fallbacks offered a right entry among the closest questions, one click away (${result.fallbacks.offeredRight} of ${result.fallbacks.count})`);
  console.log(`  off-topic after an answer ${pct(result.offTopic.refusedAfterAnswer / Math.max(1, result.offTopic.count))} refused when asked right after an answered question (a new subject, not a follow-up)`);
  const after = result.afterAnother;
  console.log(`  after another answer ${pct(after.rightAfter / Math.max(1, after.count))} right when asked just after the message before it was answered (${pct(after.rightAlone / Math.max(1, after.count))} alone; ${after.count} messages)`);
  if (flags.has('--peers')) {
    console.log('\nRanking alone, on the single-answer messages (no scenarios or compound questions, no refusals), same knowledge:');
    for (const f of [
      rankingFigures('this engine', engineRanker(services.engine), questions.questions),
      rankingFigures('MiniSearch', miniSearchRanker(services.kb), questions.questions),
      rankingFigures('fuse.js', fuseRanker(services.kb), questions.questions),
    ]) {
      console.log(`  ${f.name.padEnd(12)} top-1 ${pct(f.top1)}  top-3 ${pct(f.top3)}  MRR ${f.mrr.toFixed(3)}  (${f.count} messages)`);
    }
  }
  if (!flags.has('--misses')) {
    console.log('\n(--misses lists every message not answered right. Never read the held-out set\'s misses while tuning: once read, it is development data.)');
    return;
  }
  console.log('\nMisses:');
  for (const j of result.judged.filter((x) => !x.right)) {
    const want = j.expect.length > 0 ? j.expect.join(' or ') : 'refusal';
    console.log(`  [${j.style}] ${j.confidence.toFixed(2)} ${JSON.stringify(j.q)}\n        got ${j.got}; wanted ${j.verdict ? `${j.verdict} / ` : ''}${want}`);
  }
}
