import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answers/engine.js';
import { formatReportCompact } from '../../src/slack/features/stats/statsBlocks.js';
import { buildReport, formatReport, normaliseQuestion, type FeedbackReport } from '../../src/feedback/report.js';
import { openSqliteStore } from '../../src/store/sqliteStore.js';
import type { Store } from '../../src/store/store.js';
import { SUGGEST_PHRASING_AT, suggestions, suggestYaml } from '../../src/feedback/suggest.js';
import type { Outcome } from '../../src/feedback/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { silentLogger } from '../../src/log.js';
import { clock, tempDir } from './helpers.js';

let kb: KnowledgeBase;
let engine: AnswerEngine;
beforeAll(() => {
  kb = loadKnowledge(resolve('knowledge'));
  engine = new AnswerEngine(kb);
});

let dir: string;
let cleanup: () => void;
let store: Store;
const time = clock();
beforeEach(() => {
  ({ dir, cleanup } = tempDir('report-'));
  time.set(new Date('2025-03-01T00:00:00Z'));
  store = openSqliteStore({ path: join(dir, 'feedback.db'), logger: silentLogger, now: time.now });
});
afterEach(async () => {
  await store.close();
  cleanup();
});

async function ask(question: string, outcome: Outcome): Promise<number> {
  const saved = await await store.recordQuestion({ question, outcome, candidates: [] });
  if (!saved.saved) throw new Error('not saved');
  return saved.id;
}

function closestOf(question: string) {
  const best = engine.rank(question)[0];
  return best ? { id: best.entry.id, confidence: best.confidence } : null;
}

describe('normaliseQuestion', () => {
  it('ignores case, punctuation and extra spaces', async () => {
    expect(normaliseQuestion('  What is   LoRaWAN?!')).toBe('what is lorawan');
    expect(normaliseQuestion('what is lorawan')).toBe('what is lorawan');
  });
});

describe('buildReport', () => {
  it('groups unanswered questions by normalised text, most frequent first, with the closest entry', async () => {
    await ask('Does LoRaWAN work as an IoT gateway?', 'fallback');
    await ask('does lorawan work as an iot gateway', 'fallback');
    await ask('Does LoRaWAN work as an IoT gateway?', 'clarify');
    await ask('how much does m2m cost', 'clarify');
    await ask('how much does M2M cost?', 'clarify');
    await ask('m2m sim cards', 'fallback');
    await ask('What is M2M?', 'answer');

    const report = await buildReport(store, engine);
    expect(report.unanswered).toEqual([
      { question: 'Does LoRaWAN work as an IoT gateway?', count: 3, closest: closestOf('Does LoRaWAN work as an IoT gateway?') },
      // Tie on wording: the latest one is shown.
      { question: 'how much does M2M cost?', count: 2, closest: closestOf('how much does M2M cost?') },
      { question: 'm2m sim cards', count: 1, closest: closestOf('m2m sim cards') },
    ]);
    expect(report.unanswered[0]?.closest).not.toBeNull();
  });

  it('leaves out clarify questions the user resolved by picking a choice', async () => {
    const resolvedId = await ask('network', 'clarify');
    await ask('network', 'clarify');
    const otherId = await ask('data', 'clarify');
    await store.recordChoice(resolvedId, 'iot-networks');
    await store.recordChoice(otherId, 'iot-data-exchange');
    const fallbackId = await ask('What is LoRaWAN?', 'fallback');
    // A click after a fallback (a starter question) does not answer what was asked.
    await store.recordChoice(fallbackId, 'iot-definition');

    const report = await buildReport(store, engine);
    expect(report.unanswered.map((u) => [u.question, u.count])).toEqual([
      ['network', 1],
      ['What is LoRaWAN?', 1],
    ]);
    expect(report.totals).toMatchObject({ questions: 4, clarified: 3, resolved: 2, fallback: 1, answered: 0 });
  });

  it('lists entries by most down votes, then lowest helpful ratio, and totals', async () => {
    const v = (userId: string, entryId: string, vote: 'up' | 'down') => store.recordVote({ userId, entryId, question: 'q', confidence: 0.7, vote });
    await v('a', 'iot-definition', 'down');
    await v('b', 'iot-definition', 'down');
    await v('c', 'iot-definition', 'up');
    await v('a', 'm2m-definition', 'down');
    await v('b', 'm2m-definition', 'up');
    await v('a', 'iot-networks', 'down');
    await v('a', 'use-both', 'up');
    await v('b', 'use-both', 'up');
    await ask('x y z', 'answer');

    const report = await buildReport(store, engine);
    expect(report.entries).toEqual([
      { id: 'iot-definition', up: 1, down: 2, helpfulRatio: 0.333 },
      { id: 'iot-networks', up: 0, down: 1, helpfulRatio: 0 },
      { id: 'm2m-definition', up: 1, down: 1, helpfulRatio: 0.5 },
      { id: 'use-both', up: 2, down: 0, helpfulRatio: 1 },
    ]);
    expect(report.totals).toEqual({ questions: 1, answered: 1, clarified: 0, fallback: 0, resolved: 0, votes: 8, helpful: 4, helpfulRate: 0.5 });
  });

  it('counts only feedback since the given date', async () => {
    await ask('old question about lorawan', 'fallback');
    await store.recordVote({ userId: 'a', entryId: 'iot-definition', question: 'q', confidence: 1, vote: 'down' });
    time.advanceDays(10);
    await ask('new question about zigbee', 'fallback');
    const report = await buildReport(store, engine, { since: new Date(time.now().getTime() - 86_400_000) });
    expect(report.unanswered.map((u) => u.question)).toEqual(['new question about zigbee']);
    expect(report.totals.votes).toBe(0);
    expect(report.totals.helpfulRate).toBeNull();
    expect(report.since).toBe('2025-03-10T00:00:00.000Z');
  });

  it('with a limit, keeps the most frequent groups and asks the engine only about those', async () => {
    for (let i = 0; i < 30; i++) for (let n = 0; n <= i % 4; n++) await ask(`unknown thing number ${i}`, 'fallback');
    const full = await buildReport(store, engine);
    let ranked = 0;
    const counting = { rank: (q: string) => (ranked++, engine.rank(q)) };
    const limited = await buildReport(store, counting, { limit: 5 });
    expect(ranked).toBe(5);
    expect(limited.unanswered).toEqual(full.unanswered.slice(0, 5));
    expect(limited.totals).toEqual(full.totals);
    expect(limited.unanswered.every((u) => u.count === 4)).toBe(true);
    expect((await buildReport(store, counting, { limit: 0 })).unanswered).toEqual([]);
  });

  it('counts questions recorded without text but lists none', async () => {
    const quiet = openSqliteStore({ path: join(dir, 'quiet.db'), logger: silentLogger, recordQuestions: false });
    await quiet.recordQuestion({ question: 'What is LoRaWAN?', outcome: 'fallback', candidates: [] });
    const report = await buildReport(quiet, engine);
    await quiet.close();
    expect(report.unanswered).toEqual([]);
    expect(report.totals.fallback).toBe(1);
  });
});

describe('formatting', () => {
  async function sample(): Promise<FeedbackReport> {
    await ask('What is LoRaWAN?', 'fallback');
    await ask('<!channel> see https://evil.example.com', 'fallback');
    await store.recordVote({ userId: 'a', entryId: 'iot-definition', question: 'q', confidence: 1, vote: 'down' });
    return await buildReport(store, engine);
  }

  it('formats a plain text report for the terminal', async () => {
    const text = formatReport(await sample());
    expect(text).toContain('Feedback report (all time)');
    expect(text).toContain('"What is LoRaWAN?"');
    expect(text).toMatch(/iot-definition\s+up\s+0\s+down\s+1\s+0% helpful/);
  });

  it('formats a compact Slack version with user text escaped', async () => {
    const text = formatReportCompact(await sample());
    expect(text).toContain('2 questions');
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('https://evil');
    expect(text).not.toContain('evil.example');
    expect(text).toContain('`iot-definition` 👍 0 👎 1');
  });

  it('says so when there is nothing yet', async () => {
    const report = await buildReport(store, engine);
    expect(formatReport(report)).toContain('none');
    expect(formatReportCompact(report)).toContain('0 questions');
  });
});

describe('suggestYaml', () => {
  let copy: { dir: string; cleanup: () => void };
  beforeAll(() => {
    copy = tempDir('kb-');
  });
  afterAll(() => copy.cleanup());

  it('suggests new phrasings for close entries and valid stubs for new entries', async () => {
    const near = ['how much does m2m cost', 'm2m or iot cost', 'what is m2m', 'is m2m secure enough'];
    const far = ['What is LoRaWAN?', 'What is LoRaWAN?', 'how does zigbee compare to bluetooth le', 'lorawan?', 'what is the weather like'];
    for (const q of [...near, ...far]) await ask(q, 'fallback');
    const report = await buildReport(store, engine);
    const s = suggestions(report, kb);
    // Each question goes to exactly one branch, by the closest entry's confidence; an existing phrasing is skipped.
    for (const u of report.unanswered) {
      const isPhrasing = s.phrasings.some((p) => p.question === u.question);
      const isStub = s.entries.some((e) => e.stub.questions[0] === u.question);
      const existing = u.closest !== null && kb.byId.get(u.closest.id)?.questions.some((q) => q.toLowerCase() === u.question.toLowerCase());
      expect(isPhrasing).toBe(!existing && u.closest !== null && u.closest.confidence >= SUGGEST_PHRASING_AT);
      expect(isStub).toBe(u.closest === null || u.closest.confidence < SUGGEST_PHRASING_AT);
    }
    expect(s.phrasings.length).toBeGreaterThan(0);
    expect(s.entries.length).toBeGreaterThan(0);
    expect(s.entries[0]?.stub).toMatchObject({ id: 'lorawan', answer: expect.stringMatching(/^TODO: /), source: 'TODO: article section' });

    const text = suggestYaml(report, kb);
    expect(text).toMatch(/^# Suggested knowledge-base changes/);
    const parsed = parse(text) as { phrasings: Record<string, string[]>; entries: { id: string; questions: string[] }[] };
    expect(Object.keys(parsed.phrasings).length).toBeGreaterThan(0);
    for (const entry of parsed.entries) {
      expect(entry.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(new Set(entry.questions.map((q) => q.toLowerCase())).size).toBe(3);
    }

    // Merge into a copy of the knowledge folder: it must still load.
    const target = join(copy.dir, 'knowledge');
    cpSync(resolve('knowledge'), target, { recursive: true });
    for (const [entryId, questions] of Object.entries(parsed.phrasings)) {
      const entry = kb.byId.get(entryId);
      if (!entry) throw new Error(`unknown entry ${entryId}`);
      const file = join(copy.dir, entry.file);
      const doc = parse(readFileSync(file, 'utf8')) as { entries: { id: string; questions: string[] }[] };
      doc.entries.find((e) => e.id === entryId)?.questions.push(...questions);
      writeFileSync(file, stringify(doc));
    }
    writeFileSync(join(target, 'faq', 'zz-suggested.yml'), stringify({ entries: parsed.entries }));
    const merged = loadKnowledge(target);
    expect(merged.entries).toHaveLength(kb.entries.length + parsed.entries.length);
    for (const [entryId, questions] of Object.entries(parsed.phrasings)) {
      expect(merged.byId.get(entryId)?.questions).toEqual(expect.arrayContaining(questions));
    }
  });

  it('gives distinct ids to stubs and is valid YAML when there is nothing to suggest', async () => {
    await ask('lorawan', 'fallback');
    await ask('lorawan???', 'clarify');
    await ask('the lorawan', 'fallback');
    const report = await buildReport(store, engine);
    const ids = suggestions(report, kb).entries.map((e) => e.stub.id);
    expect(new Set(ids).size).toBe(ids.length);

    const empty = parse(suggestYaml(await buildReport({ votes: () => Promise.resolve([]), questions: () => Promise.resolve([]) }, engine), kb));
    expect(empty).toEqual({ phrasings: {}, entries: [] });
  });
});
