import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { App, LogLevel } from '@slack/bolt';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { AnswerEngine } from '../answers/engine.js';
import { LEARNED_FILE, readExampleModel } from '../answers/exampleModel.js';
import { Responder } from '../answers/respond.js';
import { loadChooser } from '../chooser/index.js';
import { validateScope } from '../knowledge/scope.js';
import { evaluate, loadEvalSet, type LabelledQuestion } from '../answers/evaluation.js';
import { BENCH_SECRET, BENCH_TOKEN, measureEventRate, MinimalWebApi, type EventRate } from '../bench/eventRate.js';
import { writeSyntheticKnowledge } from '../bench/synthetic.js';
import { QuestionSearch } from '../answers/questionSearch.js';
import { openSqliteStore } from '../store/sqliteStore.js';
import { silentLogger } from '../log.js';
import { buildAnswering, loadServices } from '../services.js';
import { LiveKnowledge } from '../teaching/liveKnowledge.js';
import { createSlackApp } from '../slack/slackApp.js';
import { replyToQuestion } from '../slack/features/ask/ask.js';
import { voteButtons } from '../slack/features/feedback/feedbackBlocks.js';
import type { Message } from '../slack/plumbing/blockKit.js';
import { median, p99, timeEach } from '../bench/stats.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../knowledge/load.js';
import type { Entry, KnowledgeBase } from '../knowledge/types.js';
import { exitQuietlyWhenStdoutCloses, parseArgs } from './common.js';

/*
 * `npm run bench`: load/index time, per-question latency and memory of the
 * engine on the real knowledge base and on a generated one of 10,000 entries,
 * against a plain fuse.js baseline, all in one run. Medians and p99 only: a
 * single run on a shared machine is noisy, so compare ratios, not absolutes.
 */

exitQuietlyWhenStdoutCloses();
const { flags } = parseArgs(process.argv.slice(2));
const SIZE = flags.has('--quick') ? 2000 : 10_000;
const LOAD_RUNS = flags.has('--quick') ? 3 : 5;
const STARTUP_RUNS = flags.has('--quick') ? 5 : 15;
/** Events sent to each app for the event rate, and how many at a time. */
const EVENTS = flags.has('--quick') ? 300 : 2100;
const CONCURRENCY = 20;
/** The timed events go in this many rounds per app, the two apps taking turns. */
const EVENT_ROUNDS = 6;
/** Fresh processes the real knowledge base's first pass is timed in, one pass each. */
const FIRST_PASS_PROCESSES = flags.has('--quick') ? 3 : 5;
/** Events each app handles untimed first: the timed run then sees code the JIT has compiled, as a running app would. */
const WARM_UP_EVENTS = flags.has('--quick') ? 100 : 1000;
const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function heapAfter<T>(build: () => T): { value: T; bytes: number } {
  // At the real knowledge base's size the figure is within the noise (-0.2 to 2 MB between runs, negative too); the
  // 10,000-entry one is steady.
  gc();
  const before = process.memoryUsage().heapUsed;
  const value = build();
  gc();
  return { value, bytes: process.memoryUsage().heapUsed - before };
}

function loadTimes(dir: string): { load: number[]; index: number[] } {
  const load: number[] = [];
  const index: number[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    let t = performance.now();
    const kb = loadKnowledge(dir);
    load.push(performance.now() - t);
    t = performance.now();
    new AnswerEngine(kb);
    index.push(performance.now() - t);
  }
  return { load, index };
}

/** The baseline: fuse.js with default options over each entry's questions and answer. */
function fuseBaseline(kb: KnowledgeBase): (q: string) => Entry | undefined {
  const fuse = new Fuse(kb.entries, { keys: ['questions', 'answer'] });
  return (q) => fuse.search(q)[0]?.item;
}

function fuseAccuracy(search: (q: string) => Entry | undefined, inScope: LabelledQuestion[], offTopic: string[]) {
  const top1 = inScope.filter((item) => item.expect.includes(search(item.q)?.id ?? '')).length / inScope.length;
  const refused = offTopic.filter((q) => search(q) === undefined).length / offTopic.length;
  return { top1, refused };
}

/**
 * The one-shot answers timed: a plain question the engine answers alone, and a described project, whose reading asks
 * the learned model (knowledge/learned.json) for its opinion, as most real questions do.
 */
const STARTUP_QUESTIONS = { plain: 'what does m2m stand for?', project: 'our pumps sit on a sealed network and must keep running without wifi, which one?' };

function startupTimes(): { plain: number[]; project: number[]; bare: number[] } {
  const plain: number[] = [];
  const project: number[] = [];
  const bare: number[] = [];
  const script = resolve(dirname(fileURLToPath(import.meta.url)), 'ask.cjs');
  const time = (args: string[]) => {
    const t = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
    return performance.now() - t;
  };
  for (let i = 0; i < STARTUP_RUNS; i++) {
    bare.push(time(['-e', '0']));
    plain.push(time([script, '--json', STARTUP_QUESTIONS.plain]));
    project.push(time([script, '--json', STARTUP_QUESTIONS.project]));
  }
  return { plain, project, bare };
}

const EVAL_SET_DIR = resolve('tests/fixtures/eval');
/** The questions sent as DMs in the event-rate rounds. */
const eventQuestions = (set: ReturnType<typeof loadEvalSet>) => set.inScope.map((i) => i.q).slice(0, 100);

// The event rate and the start-up time are measured in a process of their own (this script with --events-only
// or --startup-only), so the apps are not slowed by the garbage collector walking the 10,000-entry engines and
// indexes the rest of the run keeps alive, and the processes started are not sharing the two cores with it.
if (flags.has('--events-only')) {
  console.log(JSON.stringify(await eventRates(eventQuestions(loadEvalSet(EVAL_SET_DIR)))));
  process.exit(0);
}
if (flags.has('--first-pass-only')) {
  console.log(JSON.stringify(firstPass(loadEvalSet(EVAL_SET_DIR))));
  process.exit(0);
}
if (flags.has('--startup-only')) {
  console.log(JSON.stringify(startupTimes()));
  process.exit(0);
}

const rows: string[][] = [];
const row = (...cells: string[]) => rows.push(cells);

// Real knowledge base.
const evalSet = loadEvalSet(EVAL_SET_DIR);
const questions = [...evalSet.inScope.map((i) => i.q), ...evalSet.offTopic];
const realLoad = loadTimes(DEFAULT_KNOWLEDGE_DIR);
const real = heapAfter(() => new AnswerEngine(loadKnowledge(DEFAULT_KNOWLEDGE_DIR)));
const realEngine = real.value;
// In this process for the fuse.js ratio only: the first pass reported is timed in fresh processes (see below).
const realAsk = firstTimedPass(realEngine, questions);
// The first timed pass still sees the JIT settling, and the garbage that code not yet optimised makes; a running app
// answers as in later passes. Both are reported. The settled figure pools passes 6-8 over the same questions, so
// its p99 is not decided by the five slowest questions of one pass.
const settled = (engine: AnswerEngine, qs: string[]) => {
  for (let pass = 0; pass < 3; pass++) timeEach(qs, (q) => engine.ask(q));
  return Array.from({ length: 3 }, () => timeEach(qs, (q) => engine.ask(q))).flat();
};
const realAskSettled = settled(realEngine, questions);
// What every front end actually runs: the engine plus scenarios, compound questions, declines and follow-ups.
const chooserModel = loadChooser(DEFAULT_KNOWLEDGE_DIR, realEngine.kb);
const scopeTopics = validateScope(DEFAULT_KNOWLEDGE_DIR).topics ?? [];
// The learned model as the app has it, read and indexed before anything is timed (as the Slack app's warm-up does).
const learnedStart = performance.now();
const learned = readExampleModel(join(DEFAULT_KNOWLEDGE_DIR, LEARNED_FILE));
learned.opinion('warm up', (word) => realEngine.stem(word));
learned.opinion('warm up', (word) => realEngine.stem(word), 'needs');
learned.opinion('warm up', (word) => realEngine.stem(word), 'projects');
learned.turnOpinion('warm up', (word) => realEngine.stem(word), []);
const learnedLoad = performance.now() - learnedStart;
const realResponder = new Responder(realEngine.kb, realEngine, chooserModel, scopeTopics, learned);
// Two warm-up passes: the responder has more paths for the JIT to settle than the engine.
for (let pass = 0; pass < 2; pass++) timeEach(questions, (q) => realResponder.respond(q));
const realRespond = timeEach(questions, (q) => realResponder.respond(q));
const realFuse = fuseBaseline(realEngine.kb);
timeEach(questions, realFuse);
const realFuseAsk = timeEach(questions, realFuse);
// As in `npm run eval`: questions the knowledge base holds word for word are left out of both.
const ours = evaluate((q) => realResponder.respond(q), evalSet.inScope, evalSet.offTopic, realEngine.kb.entries.flatMap((e) => e.questions));
const unseen = evalSet.inScope.filter((item) => !ours.skipped.includes(item.q));
const theirs = fuseAccuracy(realFuse, unseen, evalSet.offTopic);

// Generated knowledge base.
const synthetic = writeSyntheticKnowledge(SIZE, DEFAULT_KNOWLEDGE_DIR);
const bigLoad = loadTimes(synthetic.dir);
const big = heapAfter(() => new AnswerEngine(loadKnowledge(synthetic.dir)));
const bigQuestions = [...questions, ...synthetic.questions.map((s) => s.q)];
const bigAsk = firstTimedPass(big.value, bigQuestions);
const bigAskSettled = settled(big.value, bigQuestions);
const bigResponder = new Responder(big.value.kb, big.value, chooserModel, scopeTopics, learned);
for (let pass = 0; pass < 2; pass++) timeEach(bigQuestions, (q) => bigResponder.respond(q));
const bigRespond = timeEach(bigQuestions, (q) => bigResponder.respond(q));
const bigHits = synthetic.questions.filter((s) => big.value.rank(s.q, 1)[0]?.entry.id === s.id).length / synthetic.questions.length;
// Question search as the Home tab's search box runs it: half-typed words, some with a slip, one search per keystroke.
const typedSoFar = (qs: string[]) => qs.map((q, i) => slipped(q.slice(0, 3 + (i % 10)), i));
const realSearch = new QuestionSearch(realEngine.kb);
const bigSearch = new QuestionSearch(big.value.kb);
const firstSearch = timeEach(['warm up'], (t) => bigSearch.find(t));
const realSearchTimes = timeEach(typedSoFar(questions), (t) => realSearch.find(t, 20));
const bigSearchTimes = timeEach(typedSoFar(bigQuestions), (t) => bigSearch.find(t, 20));
const bigFuse = fuseBaseline(big.value.kb);
const fuseSample = bigQuestions.filter((_, i) => i % Math.ceil(bigQuestions.length / 40) === 0);
const bigFuseAsk = timeEach(fuseSample, bigFuse);
// Teaching: what an instance does when an addition arrives, the rebuild of the engine, responder and search with it.
const rebuild = (kb: KnowledgeBase, runs: number) => {
  const live = new LiveKnowledge(kb, (current) => buildAnswering(current, chooserModel, scopeTopics));
  const entry = kb.entries[0]!;
  return timeEach(
    Array.from({ length: runs }, (_, i) => i),
    (i) => live.apply([{ kind: 'phrasing', entryId: entry.id, question: `bench addition number ${i}`, id: i, authorHash: 'bench', at: new Date(0), undoneAt: null }]),
  );
};
const realRebuild = rebuild(realEngine.kb, 7);
const bigRebuild = rebuild(big.value.kb, 3);
rmSync(synthetic.dir, { recursive: true, force: true });

const startup = inAProcessOfItsOwn<{ plain: number[]; project: number[]; bare: number[] }>('--startup-only', 'start-up');
// One pass's p99 over ~400 questions is its fifth slowest question, so it is decided by where a few garbage
// collections and compilations land. Each process times one first pass, as an app just started answers after its
// warm-up; the median process is reported, and every one is listed.
const firstPassRuns = Array.from({ length: FIRST_PASS_PROCESSES }, () => inAProcessOfItsOwn<{ times: number[]; warmUp: number }>('--first-pass-only', 'first-pass'));
const firstPasses = firstPassRuns.map((run) => run.times);
const firstPassP99s = firstPasses.map((pass) => p99(pass));
const throughput = inAProcessOfItsOwn<EventRates>('--events-only', 'event-rate');

const n = (x: number) => String(x);
console.log(`Benchmark, one run, Node ${process.version}. Times in ms (median / p99).\n`);
row('measure', 'real KB', `${SIZE.toLocaleString('en')} entries`, 'target');
row('entries', n(realEngine.kb.entries.length), n(big.value.kb.entries.length), '');
row('load + validate YAML', `${ms(median(realLoad.load))}`, `${ms(median(bigLoad.load))}`, '');
row('build index', `${ms(median(realLoad.index))}`, `${ms(median(bigLoad.index))}`, '');
row('load + index', `${ms(median(realLoad.load) + median(realLoad.index))}`, `${ms(median(bigLoad.load) + median(bigLoad.index))}`, '< 1000 at 10k');
row('engine heap (MB)', mb(real.bytes), mb(big.bytes), '');
row('per question, engine, first pass', `${ms(median(firstPasses.map((pass) => median(pass))))} / ${ms(median(firstPassP99s))}`, `${ms(median(bigAsk))} / ${ms(p99(bigAsk))}`, 'p99 < 1 real, < 5 at 10k');
row('per question, engine, settled', `${ms(median(realAskSettled))} / ${ms(p99(realAskSettled))}`, `${ms(median(bigAskSettled))} / ${ms(p99(bigAskSettled))}`, 'the same, passes 6-8');
row('per question, responder', `${ms(median(realRespond))} / ${ms(p99(realRespond))}`, `${ms(median(bigRespond))} / ${ms(p99(bigRespond))}`, 'what the front ends run');
row('per question, fuse.js baseline', `${ms(median(realFuseAsk))} / ${ms(p99(realFuseAsk))}`, `${ms(median(bigFuseAsk))} / ${ms(p99(bigFuseAsk))}`, `(${fuseSample.length} questions at ${SIZE})`);
row('latency ratio fuse / engine (median)', (median(realFuseAsk) / median(realAsk)).toFixed(1) + '×', (median(bigFuseAsk) / median(bigAsk)).toFixed(1) + '×', '');
row('question search, per keystroke', `${ms(median(realSearchTimes))} / ${ms(p99(realSearchTimes))}`, `${ms(median(bigSearchTimes))} / ${ms(p99(bigSearchTimes))}`, 'p99 ≤ 50 at 10k');
row('question search, first (builds index)', '', ms(firstSearch[0] ?? 0), '');
row('learned model, read + index', ms(learnedLoad), '', 'once, before the first answer');
row('apply an addition (rebuild engines)', ms(median(realRebuild)), ms(median(bigRebuild)), 'on every instance, per change');
row('questions timed', n(questions.length), n(bigQuestions.length), '');
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}

console.log(`\nEngine, first pass on the real knowledge base, p99 in each of ${FIRST_PASS_PROCESSES} fresh processes: ${firstPassP99s.map(ms).join(', ')} ms (the table gives their median).`);
console.log(`The Slack app's warm-up before it listens, which each of them ran first: ${ms(median(firstPassRuns.map((run) => run.warmUp)))} ms (median).`);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`\nAccuracy on the eval set (${ours.inScope} in-scope, ${ours.offTopic} off-topic), same questions:`);
console.log(`  top-1 in-scope      engine ${pct(ours.top1)}   fuse.js ${pct(theirs.top1)}   ratio ${(ours.top1 / Math.max(theirs.top1, 1e-9)).toFixed(2)}×`);
console.log(`  off-topic refused   engine ${pct(ours.offTopicRefusal)}   fuse.js ${pct(theirs.refused)}`);
console.log(`  generated questions at ${SIZE} (a phrasing with a word dropped and a typo): engine top-1 ${pct(bigHits)}`);

console.log(
  `\nEvents over HTTP, ${EVENTS} DMs to each app in ${EVENT_ROUNDS} alternating rounds, ${CONCURRENCY} at a time, after ${WARM_UP_EVENTS} untimed, to the same minimal Web API on 127.0.0.1:\n` +
    `  bare Bolt (one listener that replies)   ${throughput.bare.perSecond.toFixed(0)} events/s, ack median ${ms(median(throughput.bare.acks))} / p99 ${ms(p99(throughput.bare.acks))} ms\n` +
    `  bare Bolt posting this app's replies    ${throughput.bareWithOurReply.perSecond.toFixed(0)} events/s, ack median ${ms(median(throughput.bareWithOurReply.acks))} / p99 ${ms(p99(throughput.bareWithOurReply.acks))} ms: ${(throughput.bareWithOurReply.perSecond / throughput.bare.perSecond).toFixed(2)}× bare, the replies' blocks alone\n` +
    `  this app, feedback in SQLite            ${throughput.ours.perSecond.toFixed(0)} events/s, ack median ${ms(median(throughput.ours.acks))} / p99 ${ms(p99(throughput.ours.acks))} ms\n` +
    `  ratio                                    ${(throughput.ours.perSecond / throughput.bare.perSecond).toFixed(2)}× the event rate (target ≥ 0.9), ${(p99(throughput.ours.acks) / p99(throughput.bare.acks)).toFixed(2)}× the ack p99 (target ≤ 1.5)\n` +
    `  rate ratio of each round                 ${throughput.roundRatios.map((r) => r.toFixed(2)).join(', ')}`,
);
const startupRatio = median(startup.plain) / median(startup.bare);
console.log(`\nWhole process: \`node dist/cli/ask.cjs --json "${STARTUP_QUESTIONS.plain}"\` ${ms(median(startup.plain))} ms vs \`node -e 0\` ${ms(median(startup.bare))} ms (medians of ${STARTUP_RUNS}): ${startupRatio.toFixed(2)}× (target ≤ 3×)`);
console.log(`  a described project, which reads the learned model: ${ms(median(startup.project))} ms, ${(median(startup.project) / median(startup.bare)).toFixed(2)}× \`node -e 0\``);


/**
 * This app and a bare Bolt app (twice: replying "ok", and posting this app's own reply) under the
 * same load, all running, in alternating rounds (the order of each round alternating too): the JIT
 * warming shared code (Bolt, undici) and the machine's drift then weigh on all alike, which one run
 * after the other did not.
 */
interface EventRates {
  bare: EventRate;
  bareWithOurReply: EventRate;
  ours: EventRate;
  roundRatios: number[];
}

/**
 * The engine's first pass over the eval set's questions, each asked for the first time, in a process that has just
 * loaded the real knowledge base and warmed up as the Slack app does before it listens.
 */
function firstPass(set: ReturnType<typeof loadEvalSet>): { times: number[]; warmUp: number } {
  const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  const learned = readExampleModel(join(DEFAULT_KNOWLEDGE_DIR, LEARNED_FILE));
  const { engine, responder } = buildAnswering(kb, loadChooser(DEFAULT_KNOWLEDGE_DIR, kb), validateScope(DEFAULT_KNOWLEDGE_DIR).topics ?? [], learned);
  const [warmUp = 0] = timeEach([responder], (r) => r.warmUp());
  return { times: timeEach([...set.inScope.map((i) => i.q), ...set.offTopic], (q) => engine.ask(q)), warmUp };
}

/** After the engine's own warm-up (the word lists a first unusual question would load), one untimed pass, then the timed one. */
function firstTimedPass(engine: AnswerEngine, qs: string[]): number[] {
  engine.warmUp();
  timeEach(qs, (q) => engine.ask(q));
  return timeEach(qs, (q) => engine.ask(q));
}

/** What this script prints with `flag` (--events-only, --startup-only, --first-pass-only), run in a fresh process. */
function inAProcessOfItsOwn<T>(flag: string, what: string): T {
  const args = ['--expose-gc', fileURLToPath(import.meta.url), flag, ...(flags.has('--quick') ? ['--quick'] : [])];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`the ${what} run failed (exit ${String(result.status)}): ${result.stderr.slice(0, 2000)}`);
  return JSON.parse(result.stdout) as T;
}

async function eventRates(questions: readonly string[]): Promise<EventRates> {
  const api = await MinimalWebApi.start();
  const dir = mkdtempSync(join(tmpdir(), 'iot-or-m2m-bench-store-'));
  const logger = silentLogger;
  const bare = new App({ token: BENCH_TOKEN, signingSecret: BENCH_SECRET, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: api.url } });
  bare.message(async ({ message, client }) => {
    await client.chat.postMessage({ channel: (message as { channel: string }).channel, text: 'ok' });
  });
  // The same bare app posting this app's whole reply to each question (text, blocks, buttons), worked out beforehand:
  // how much of the gap the reply itself costs.
  const ourReplies = new Map<string, Message>();
  const bareWithOurReply = new App({ token: BENCH_TOKEN, signingSecret: BENCH_SECRET, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: api.url } });
  bareWithOurReply.message(async ({ message, client }) => {
    const { channel, text } = message as { channel: string; text?: string };
    await client.chat.postMessage({ channel, ...(ourReplies.get(text ?? '') ?? { text: 'ok' }) });
  });
  let store: ReturnType<typeof openSqliteStore> | undefined;
  let ours: ReturnType<typeof createSlackApp> | undefined;
  try {
    store = openSqliteStore({ path: join(dir, 'bench.db'), logger, hashKey: 'b'.repeat(40) });
    const services = loadServices({ logger, store });
    for (const q of questions) ourReplies.set(q, (await replyToQuestion(services, { voteButtons }, q)).message);
    ours = createSlackApp(
      { mode: 'http', port: 0, signingSecret: BENCH_SECRET, botToken: BENCH_TOKEN, slackApiUrl: api.url, logLevel: 'error', feedback: { databasePath: ':unused:', recordQuestions: true, retentionDays: 90 }, features: { adminUserIds: [], welcomeNewMembers: false } },
      services,
    );
    const bareServer = (await bare.start(0)) as Server;
    const replyServer = (await bareWithOurReply.start(0)) as Server;
    await ours.start();
    const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    const apps = { bare: urlOf(bareServer), bareWithOurReply: urlOf(replyServer), ours: `http://127.0.0.1:${ours.port}/slack/events` };
    // Each app is warmed up first, so the timed rounds compare running apps, not cold starts.
    for (const url of Object.values(apps)) await measureEventRate(url, api, WARM_UP_EVENTS, CONCURRENCY, questions);
    const rounds = { bare: [] as EventRate[], bareWithOurReply: [] as EventRate[], ours: [] as EventRate[] };
    const perRound = EVENTS / EVENT_ROUNDS;
    for (let round = 0; round < EVENT_ROUNDS; round++) {
      const order = round % 2 === 0 ? (['bare', 'bareWithOurReply', 'ours'] as const) : (['ours', 'bareWithOurReply', 'bare'] as const);
      for (const name of order) rounds[name].push(await measureEventRate(apps[name], api, perRound, CONCURRENCY, questions, WARM_UP_EVENTS + round * perRound));
    }
    const roundRatios = rounds.ours.map((r, i) => r.perSecond / (rounds.bare[i]?.perSecond ?? Infinity));
    return { bare: combined(rounds.bare), bareWithOurReply: combined(rounds.bareWithOurReply), ours: combined(rounds.ours), roundRatios };
  } finally {
    // Each step runs whatever the one before did: an app that never started, or failed to stop, leaves nothing behind.
    await ours?.stop().catch(() => {});
    await bare.stop().catch(() => {});
    await bareWithOurReply.stop().catch(() => {});
    await store?.close().catch(() => {});
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rounds of one app as one run: all its events over all its time. */
function combined(rounds: EventRate[]): EventRate {
  const events = rounds.reduce((n, r) => n + r.events, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  return { events, seconds, perSecond: events / seconds, acks: rounds.flatMap((r) => r.acks) };
}

/** Every third text with two letters swapped in its middle: a typing slip. */
function slipped(text: string, i: number): string {
  if (i % 3 !== 0 || text.length < 5) return text;
  const at = Math.floor(text.length / 2);
  return text.slice(0, at - 1) + text[at] + text[at - 1] + text.slice(at + 1);
}

