import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerEngine } from '../../src/answers/engine.js';
import { openFeedbackStore, type FeedbackStore, type FeedbackStoreOptions } from '../../src/feedback/store.js';
import { SCHEMA_VERSION } from '../../src/feedback/schema.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { clock, recordingLogger, tempDir } from './helpers.js';

const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;

let dir: string;
let cleanup: () => void;
const open: FeedbackStore[] = [];

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => {
  for (const store of open.splice(0)) store.close();
  cleanup();
});

function openStore(options: Partial<FeedbackStoreOptions> = {}) {
  const logger = recordingLogger();
  const store = openFeedbackStore({ path: join(dir, 'data', 'feedback.db'), logger, ...options });
  open.push(store);
  return { store, logger };
}

const vote = { userId: 'U123', entryId: 'm2m-definition', question: '  What is M2M?  ', confidence: 0.8, vote: 'up' as const };

describe('feedback store', () => {
  it('creates the folder, uses WAL and records the schema version', () => {
    const { store, logger } = openStore();
    expect(store.enabled).toBe(true);
    expect(store.reason).toBeUndefined();
    expect(logger.errors()).toEqual([]);
    store.close();
    const db = new Database(join(dir, 'data', 'feedback.db'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_version').get()).toEqual({ version: SCHEMA_VERSION });
    db.close();
  });

  it('records votes and questions and reads them back', () => {
    const time = clock();
    const { store } = openStore({ now: time.now });
    expect(store.recordVote(vote)).toEqual({ saved: true, previous: null });
    const asked = store.recordQuestion({ question: 'What is LoRaWAN?', outcome: 'fallback', candidates: [{ id: 'iot-definition', confidence: 0.09 }] });
    expect(asked.saved).toBe(true);
    const answered = store.recordQuestion({ question: 'what is m2m', outcome: 'answer', candidates: [{ id: 'm2m-definition', confidence: 1 }] });
    expect(answered.saved).toBe(true);

    expect(store.votes()).toEqual([{ entryId: 'm2m-definition', question: 'What is M2M?', confidence: 0.8, vote: 'up', at: time.now() }]);
    const questions = store.questions();
    expect(questions).toHaveLength(2);
    expect(questions[0]).toMatchObject({ text: 'What is LoRaWAN?', outcome: 'fallback', candidates: [{ id: 'iot-definition', confidence: 0.09 }], chosenEntryId: null });
    // Answered questions are counted, their text is not kept.
    expect(questions[1]).toMatchObject({ text: null, outcome: 'answer' });
  });

  it('caps the recorded question at 500 characters', () => {
    const { store } = openStore();
    store.recordQuestion({ question: 'iot '.repeat(400), outcome: 'fallback', candidates: [] });
    store.recordVote({ ...vote, question: 'x'.repeat(2000) });
    expect(store.questions()[0]?.text?.length).toBeLessThanOrEqual(500);
    expect(store.votes()[0]?.question.length).toBe(500);
  });

  it('keeps one vote per person per answer: a second click changes it, whatever question it came from', () => {
    const time = clock();
    const { store } = openStore({ now: time.now });
    store.recordVote(vote);
    time.advanceDays(1);
    expect(store.recordVote({ ...vote, vote: 'down' })).toEqual({ saved: true, previous: 'up' });
    expect(store.votes().map((v) => v.vote)).toEqual(['down']);
    // The same answer reached by another wording: still the same person's one vote, now with that wording.
    expect(store.recordVote({ ...vote, question: 'm2m meaning', confidence: 0.6, vote: 'up' })).toEqual({ saved: true, previous: 'down' });
    expect(store.votes()).toEqual([{ entryId: 'm2m-definition', question: 'm2m meaning', confidence: 0.6, vote: 'up', at: time.now() }]);
    // Another person, or another answer, is another vote.
    store.recordVote({ ...vote, userId: 'U999' });
    store.recordVote({ ...vote, entryId: 'iot-definition' });
    expect(store.votes()).toHaveLength(3);
  });

  it('stores users only as a keyed hash, with the key beside the database (mode 0600)', () => {
    const path = join(dir, 'data', 'feedback.db');
    const { store } = openStore();
    store.recordVote(vote);
    store.close();
    const keyFile = `${path}.key`;
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const db = new Database(path, { readonly: true });
    const { user_hash } = db.prepare('SELECT user_hash FROM votes').get() as { user_hash: string };
    db.close();
    expect(user_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(user_hash).not.toContain('U123');
  });

  it('uses the given hash key instead of creating a key file', () => {
    const { store } = openStore({ hashKey: 'k'.repeat(40) });
    expect(store.recordVote(vote).saved).toBe(true);
    expect(existsSync(join(dir, 'data', 'feedback.db.key'))).toBe(false);
  });

  it('keeps data and the hash key across close and reopen', () => {
    const first = openStore().store;
    first.recordVote(vote);
    const asked = first.recordQuestion({ question: 'What is LoRaWAN?', outcome: 'clarify', candidates: [] });
    first.close();
    expect(first.recordVote(vote)).toEqual({ saved: false });

    const { store } = openStore();
    expect(store.votes()).toHaveLength(1);
    // Same key, so the same person still has one vote.
    expect(store.recordVote({ ...vote, vote: 'down' })).toEqual({ saved: true, previous: 'up' });
    expect(store.votes()).toHaveLength(1);
    if (!asked.saved) throw new Error('not saved');
    expect(store.recordChoice(asked.id, 'iot-networks')).toEqual({ saved: true });
    expect(store.questions()[0]?.chosenEntryId).toBe('iot-networks');
    expect(store.recordChoice(asked.id + 100, 'iot-networks')).toEqual({ saved: false });
  });

  it('prunes rows older than the retention period at open and on prune()', () => {
    const time = clock();
    const { store } = openStore({ now: time.now, retentionDays: 30 });
    store.recordVote(vote);
    store.recordQuestion({ question: 'old question', outcome: 'fallback', candidates: [] });
    time.advanceDays(20);
    store.recordQuestion({ question: 'newer question', outcome: 'fallback', candidates: [] });
    time.advanceDays(11);
    expect(store.prune()).toEqual({ saved: true, removed: 2 });
    expect(store.votes()).toEqual([]);
    expect(store.questions().map((q) => q.text)).toEqual(['newer question']);
    store.close();

    time.advanceDays(30);
    const reopened = openStore({ now: time.now, retentionDays: 30 }).store;
    expect(reopened.questions()).toEqual([]);
  });

  it('prunes daily on an unref-ed timer that can be stopped', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const time = clock();
      const { store } = openStore({ now: time.now, retentionDays: 1 });
      store.recordQuestion({ question: 'old question', outcome: 'fallback', candidates: [] });
      const stop = store.startDailyPrune();
      time.advanceDays(2);
      vi.advanceTimersByTime(24 * 60 * 60 * 1000);
      expect(store.questions()).toEqual([]);
      stop();
      store.recordQuestion({ question: 'kept', outcome: 'fallback', candidates: [] });
      time.advanceDays(2);
      vi.advanceTimersByTime(3 * 24 * 60 * 60 * 1000);
      expect(store.questions()).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('with recordQuestions false keeps counts and outcomes but no question text anywhere', () => {
    const path = join(dir, 'data', 'feedback.db');
    const secret = 'Where is the plant in Zwolle with the broken pump';
    const { store } = openStore({ recordQuestions: false });
    store.recordQuestion({ question: secret, outcome: 'fallback', candidates: [] });
    store.recordQuestion({ question: secret, outcome: 'clarify', candidates: [{ id: 'iot-networks', confidence: 0.5 }] });
    store.recordVote({ ...vote, question: secret });
    store.recordVote({ ...vote, question: 'another question', vote: 'down' });
    expect(store.questions().map((q) => [q.text, q.outcome])).toEqual([
      [null, 'fallback'],
      [null, 'clarify'],
    ]);
    // Without the text, a person has one vote per entry.
    expect(store.votes()).toMatchObject([{ question: '', vote: 'down' }]);
    store.close();
    for (const file of [path, `${path}-wal`]) {
      if (existsSync(file)) expect(readFileSync(file).includes(Buffer.from('Zwolle'))).toBe(false);
    }
  });

  it('records engine decisions and ignores small talk', () => {
    const kb = loadKnowledge(resolve('knowledge'));
    const engine = new AnswerEngine(kb);
    const { store } = openStore();
    expect(store.recordDecision(engine.ask('hello')).saved).toBe(false);
    expect(store.recordDecision(engine.ask('')).saved).toBe(false);
    const decision = engine.ask('How far can a LoRaWAN gateway reach?');
    expect(store.recordDecision(decision).saved).toBe(true);
    const [row] = store.questions();
    expect(row?.outcome).toBe(decision.kind);
    const offered = decision.kind === 'clarify' ? decision.choices : 'candidates' in decision ? decision.candidates : [];
    expect(offered.length).toBeGreaterThan(0);
    expect(row?.candidates.map((c) => c.id)).toEqual(offered.map((c) => c.entry.id));
  });

  it('rejects bad input without throwing', () => {
    const { store } = openStore();
    expect(store.recordVote({ ...vote, userId: '' })).toEqual({ saved: false });
    expect(store.recordVote({ ...vote, vote: 'maybe' as 'up' })).toEqual({ saved: false });
    expect(store.recordQuestion({ question: 'x', outcome: 'nope' as 'answer', candidates: [] })).toEqual({ saved: false });
    expect(store.recordChoice(Number.NaN, 'x')).toEqual({ saved: false });
    expect(store.recordVote({ ...vote, confidence: Number.NaN }).saved).toBe(true);
  });

  it('turns SQLite errors during use into saved: false and one logged error', () => {
    const path = join(dir, 'data', 'feedback.db');
    const { store, logger } = openStore();
    const other = new Database(path);
    other.exec('DROP TABLE votes; DROP TABLE questions;');
    other.close();
    expect(store.recordVote(vote)).toEqual({ saved: false });
    expect(store.recordQuestion({ question: 'x', outcome: 'fallback', candidates: [] })).toEqual({ saved: false });
    expect(store.prune()).toEqual({ saved: false });
    expect(store.votes()).toEqual([]);
    expect(logger.errors()).toHaveLength(1);
    expect(logger.errors()[0]?.event).toBe('feedback_store_failed');
  });
});

describe('conversation turns', () => {
  const turn = { question: 'who wrote the article', kind: 'answer' as const, entryIds: ['source-author'] };

  it('keeps the last turn of each conversation, across a reopen, for 30 minutes', () => {
    const time = clock();
    const { store } = openStore({ now: time.now });
    expect(store.rememberTurn('D1:', turn)).toEqual({ saved: true });
    store.rememberTurn('D2:', { ...turn, entryIds: ['iot-acronym'] });
    store.rememberTurn('D1:', { ...turn, question: 'when?', entryIds: ['source-date'] });
    store.close();
    const again = openStore({ now: time.now }).store;
    expect(again.lastTurn('D1:')).toEqual({ question: 'when?', kind: 'answer', entryIds: ['source-date'] });
    expect(again.lastTurn('D2:')?.entryIds).toEqual(['iot-acronym']);
    expect(again.lastTurn('D3:')).toBeUndefined();
    time.set(new Date(time.now().getTime() + 31 * 60_000));
    expect(again.lastTurn('D1:')).toBeUndefined();
  });

  it('keeps nothing when question text must not be recorded', () => {
    const { store } = openStore({ recordQuestions: false });
    expect(store.rememberTurn('D1:', turn)).toEqual({ saved: false });
    expect(store.lastTurn('D1:')).toBeUndefined();
  });

  it('prunes turns older than 30 minutes', () => {
    const time = clock();
    const { store } = openStore({ now: time.now });
    store.rememberTurn('D1:', turn);
    time.set(new Date(time.now().getTime() + 31 * 60_000));
    expect(store.prune()).toMatchObject({ saved: true, removed: 1 });
  });
});

describe('feedback store that cannot open', () => {
  function expectDisabled(store: FeedbackStore, logger: ReturnType<typeof recordingLogger>, reason: RegExp) {
    expect(store.enabled).toBe(false);
    expect(store.reason).toMatch(reason);
    expect(store.reason).toMatch(/Fix:/);
    expect(logger.events.filter((e) => e.level === 'error' || e.level === 'warn')).toHaveLength(1);
    const [error] = logger.errors();
    expect(error?.event).toBe('feedback_store_disabled');
    expect(error?.fields).toMatchObject({ file: expect.any(String), fix: expect.any(String) });
    expect(store.recordVote(vote)).toEqual({ saved: false });
    expect(store.recordQuestion({ question: 'x', outcome: 'fallback', candidates: [] })).toEqual({ saved: false });
    expect(store.recordChoice(1, 'x')).toEqual({ saved: false });
    expect(store.prune()).toEqual({ saved: false });
    expect(store.votes()).toEqual([]);
    expect(store.questions()).toEqual([]);
    store.startDailyPrune()();
    store.close();
  }

  it('is disabled for a corrupt database file', () => {
    const path = join(dir, 'garbage.db');
    writeFileSync(path, randomBytes(8192));
    const { store, logger } = openStore({ path });
    expectDisabled(store, logger, /not a readable SQLite database/);
  });

  it('is disabled when the folder cannot be created', () => {
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const { store, logger } = openStore({ path: join(dir, 'a-file', 'sub', 'feedback.db') });
    expectDisabled(store, logger, /cannot create the folder/);
  });

  it('is disabled when the path is a folder', () => {
    const path = join(dir, 'is-a-folder');
    mkdirSync(path);
    const { store, logger } = openStore({ path });
    expectDisabled(store, logger, /cannot open/);
  });

  it('is disabled for a schema newer than the code knows', () => {
    const path = join(dir, 'newer.db');
    const db = new Database(path);
    db.exec(`CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (${SCHEMA_VERSION + 1});`);
    db.close();
    const { store, logger } = openStore({ path });
    expectDisabled(store, logger, /newer version/);
  });

  it('is disabled when the native module cannot be loaded', () => {
    const { store, logger } = openStore({
      loadDriver: () => {
        throw new Error('Could not locate the bindings file: better_sqlite3.node');
      },
    });
    expectDisabled(store, logger, /better-sqlite3/);
  });

  it('is disabled when the key file is unusable', () => {
    const path = join(dir, 'feedback.db');
    writeFileSync(`${path}.key`, 'short');
    const { store, logger } = openStore({ path });
    expectDisabled(store, logger, /FEEDBACK_HASH_KEY/);
  });
});
