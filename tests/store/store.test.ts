/**
 * What every store does, whichever database holds it: one suite, run against
 * SQLite and against a real PostgreSQL server (started by the tests' setup).
 */
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerEngine } from '../../src/answers/engine.js';
import { MAX_QUESTION_CHARS } from '../../src/answers/text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { clock } from '../feedback/helpers.js';
import { backends, type Place } from './backends.js';

const vote = { userId: 'U123', entryId: 'm2m-definition', question: '  What is M2M?  ', confidence: 0.8, vote: 'up' as const };
const turn = { question: 'who wrote the article', kind: 'answer' as const, entryIds: ['source-author'] };

describe.each(backends)('the store on $name', (backend) => {
  let place: Place;
  beforeEach(async (context) => {
    if (backend.skip) context.skip(backend.skip);
    place = await backend.place();
  });
  afterEach(async () => {
    await place?.remove();
  });

  it('records votes and questions and reads them back', async () => {
    const time = clock();
    const { store, logger } = await place.open({ now: time.now });
    expect(store.enabled).toBe(true);
    expect(await store.recordVote(vote)).toEqual({ saved: true, previous: null });
    const asked = await store.recordQuestion({ question: 'What is LoRaWAN?', outcome: 'fallback', candidates: [{ id: 'iot-definition', confidence: 0.09 }] });
    expect(asked.saved).toBe(true);
    expect((await store.recordQuestion({ question: 'what is m2m', outcome: 'answer', candidates: [{ id: 'm2m-definition', confidence: 1 }] })).saved).toBe(true);

    expect(await store.votes()).toEqual([{ entryId: 'm2m-definition', question: 'What is M2M?', confidence: 0.8, vote: 'up', at: time.now() }]);
    const questions = await store.questions();
    expect(questions).toHaveLength(2);
    expect(questions[0]).toMatchObject({ text: 'What is LoRaWAN?', outcome: 'fallback', candidates: [{ id: 'iot-definition', confidence: 0.09 }], chosenEntryId: null });
    // Answered questions are counted, their text is not kept.
    expect(questions[1]).toMatchObject({ text: null, outcome: 'answer' });
    expect(logger.errors()).toEqual([]);
  });

  it('caps the recorded question at MAX_QUESTION_CHARS', async () => {
    const { store } = await place.open();
    await store.recordQuestion({ question: 'iot '.repeat(400), outcome: 'fallback', candidates: [] });
    await store.recordVote({ ...vote, question: 'x'.repeat(2000) });
    expect((await store.questions())[0]?.text?.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect((await store.votes())[0]?.question.length).toBe(MAX_QUESTION_CHARS);
  });

  it('keeps one vote per person per answer: a second click changes it, whatever question it came from', async () => {
    const time = clock();
    const { store } = await place.open({ now: time.now });
    await store.recordVote(vote);
    time.advanceDays(1);
    expect(await store.recordVote({ ...vote, vote: 'down' })).toEqual({ saved: true, previous: 'up' });
    expect((await store.votes()).map((v) => v.vote)).toEqual(['down']);
    expect(await store.recordVote({ ...vote, question: 'm2m meaning', confidence: 0.6, vote: 'up' })).toEqual({ saved: true, previous: 'down' });
    expect(await store.votes()).toEqual([{ entryId: 'm2m-definition', question: 'm2m meaning', confidence: 0.6, vote: 'up', at: time.now() }]);
    await store.recordVote({ ...vote, userId: 'U999' });
    await store.recordVote({ ...vote, entryId: 'iot-definition' });
    expect(await store.votes()).toHaveLength(3);
  });

  it('stores people only as a keyed hash', async () => {
    const { store } = await place.open();
    await store.recordVote(vote);
    await store.claimWelcome('U777');
    const hashes = [...(await place.rows('SELECT user_hash FROM votes')), ...(await place.rows('SELECT user_hash FROM welcomes'))].map((r) => String(r.user_hash));
    expect(hashes).toHaveLength(2);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps data across close and reopen, and records which choice was picked', async () => {
    const first = (await place.open()).store;
    await first.recordVote(vote);
    const asked = await first.recordQuestion({ question: 'What is LoRaWAN?', outcome: 'clarify', candidates: [] });
    await first.close();
    expect(await first.recordVote(vote)).toEqual({ saved: false });

    const { store } = await place.open();
    expect(await store.votes()).toHaveLength(1);
    // Same key, so the same person still has one vote.
    expect(await store.recordVote({ ...vote, vote: 'down' })).toEqual({ saved: true, previous: 'up' });
    if (!asked.saved) throw new Error('not saved');
    expect(await store.recordChoice(asked.id, 'iot-networks')).toEqual({ saved: true });
    expect((await store.questions())[0]?.chosenEntryId).toBe('iot-networks');
    expect(await store.recordChoice(asked.id + 100, 'iot-networks')).toEqual({ saved: false });
  });

  it('prunes rows older than the retention period at open and on prune()', async () => {
    const time = clock();
    const { store } = await place.open({ now: time.now, retentionDays: 30 });
    await store.recordVote(vote);
    await store.recordQuestion({ question: 'old question', outcome: 'fallback', candidates: [] });
    time.advanceDays(20);
    await store.recordQuestion({ question: 'newer question', outcome: 'fallback', candidates: [] });
    time.advanceDays(11);
    expect(await store.prune()).toEqual({ saved: true, removed: 2 });
    expect(await store.votes()).toEqual([]);
    expect((await store.questions()).map((q) => q.text)).toEqual(['newer question']);
    await store.close();

    time.advanceDays(30);
    const reopened = (await place.open({ now: time.now, retentionDays: 30 })).store;
    await vi.waitFor(async () => expect(await reopened.questions()).toEqual([]));
  });

  it('prunes daily on a timer that can be stopped', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const time = clock();
      const { store } = await place.open({ now: time.now, retentionDays: 1 });
      await store.recordQuestion({ question: 'old question', outcome: 'fallback', candidates: [] });
      const stop = store.startDailyPrune();
      time.advanceDays(2);
      vi.advanceTimersByTime(24 * 60 * 60 * 1000);
      await vi.waitFor(async () => expect(await store.questions()).toEqual([]));
      stop();
      await store.recordQuestion({ question: 'kept', outcome: 'fallback', candidates: [] });
      time.advanceDays(2);
      vi.advanceTimersByTime(3 * 24 * 60 * 60 * 1000);
      expect(await store.questions()).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('with recordQuestions false keeps counts and outcomes but no question text', async () => {
    const secret = 'Where is the plant in Zwolle with the broken pump';
    const { store } = await place.open({ recordQuestions: false });
    await store.recordQuestion({ question: secret, outcome: 'fallback', candidates: [] });
    await store.recordQuestion({ question: secret, outcome: 'clarify', candidates: [{ id: 'iot-networks', confidence: 0.5 }] });
    await store.recordVote({ ...vote, question: secret });
    await store.recordVote({ ...vote, question: 'another question', vote: 'down' });
    expect(await store.rememberTurn('D1:', { ...turn, question: secret })).toEqual({ saved: false });
    expect((await store.questions()).map((q) => [q.text, q.outcome])).toEqual([
      [null, 'fallback'],
      [null, 'clarify'],
    ]);
    // Without the text, a person has one vote per entry.
    expect(await store.votes()).toMatchObject([{ question: '', vote: 'down' }]);
    const stored = JSON.stringify([...(await place.rows('SELECT * FROM questions')), ...(await place.rows('SELECT * FROM votes')), ...(await place.rows('SELECT * FROM conversations'))]);
    expect(stored).not.toContain('Zwolle');
  });

  it('records engine decisions and ignores small talk', async () => {
    const engine = new AnswerEngine(loadKnowledge(resolve('knowledge')));
    const { store } = await place.open();
    expect((await store.recordDecision(engine.ask('hello'))).saved).toBe(false);
    expect((await store.recordDecision(engine.ask(''))).saved).toBe(false);
    const decision = engine.ask('How far can a LoRaWAN gateway reach?');
    expect((await store.recordDecision(decision)).saved).toBe(true);
    const [row] = await store.questions();
    expect(row?.outcome).toBe(decision.kind);
    const offered = decision.kind === 'clarify' ? decision.choices : 'candidates' in decision ? decision.candidates : [];
    expect(offered.length).toBeGreaterThan(0);
    expect(row?.candidates.map((c) => c.id)).toEqual(offered.map((c) => c.entry.id));
  });

  it('rejects bad input without throwing', async () => {
    const { store } = await place.open();
    expect(await store.recordVote({ ...vote, userId: '' })).toEqual({ saved: false });
    expect(await store.recordVote({ ...vote, vote: 'maybe' as 'up' })).toEqual({ saved: false });
    expect(await store.recordQuestion({ question: 'x', outcome: 'nope' as 'answer', candidates: [] })).toEqual({ saved: false });
    expect(await store.recordChoice(Number.NaN, 'x')).toEqual({ saved: false });
    expect(await store.claim([])).toBeUndefined();
    expect(await store.claimWelcome('')).toBeUndefined();
    expect((await store.recordVote({ ...vote, confidence: Number.NaN })).saved).toBe(true);
  });

  it('keeps the last turn of each conversation, across a reopen, for 30 minutes, and prunes it after', async () => {
    const time = clock();
    const { store } = await place.open({ now: time.now });
    expect(await store.rememberTurn('D1:', turn)).toEqual({ saved: true });
    await store.rememberTurn('D2:', { ...turn, entryIds: ['iot-acronym'] });
    await store.rememberTurn('D1:', { ...turn, question: 'when?', entryIds: ['source-date'] });
    // A recommendation keeps the side it chose, so "why not iot?" can be read against it.
    const recommendation = { question: 'two pumps, no wifi: which fits?', kind: 'scenario' as const, entryIds: ['m2m-fit-no-wifi'], recommended: 'm2m' as const };
    await store.rememberTurn('D4:', recommendation);
    await store.close();
    const again = (await place.open({ now: time.now })).store;
    expect(await again.lastTurn('D1:')).toEqual({ question: 'when?', kind: 'answer', entryIds: ['source-date'] });
    expect((await again.lastTurn('D2:'))?.entryIds).toEqual(['iot-acronym']);
    expect(await again.lastTurn('D3:')).toBeUndefined();
    expect(await again.lastTurn('D4:')).toEqual(recommendation);
    time.set(new Date(time.now().getTime() + 31 * 60_000));
    expect(await again.lastTurn('D1:')).toBeUndefined();
    expect(await again.prune()).toMatchObject({ saved: true, removed: 3 });
  });

  it('claims an event once across instances and restarts, by event id or by channel and ts, until the claim expires', async () => {
    const time = clock();
    const one = (await place.open({ now: time.now })).store;
    const two = (await place.open({ now: time.now })).store;
    expect(await one.claim(['event:Ev1', 'message:D1:1.0'])).toBe(true);
    expect(await two.claim(['event:Ev1', 'message:D1:1.0'])).toBe(false);
    // The same message sent again under a new event id.
    expect(await two.claim(['event:Ev2', 'message:D1:1.0'])).toBe(false);
    expect(await two.claim(['event:Ev3', 'message:D1:2.0'])).toBe(true);
    await one.close();
    const restarted = (await place.open({ now: time.now })).store;
    expect(await restarted.claim(['event:Ev1'])).toBe(false);
    time.set(new Date(time.now().getTime() + 3 * 60 * 60 * 1000));
    expect(await restarted.claim(['event:Ev1'])).toBe(true);
  });

  it('gives exactly one of several instances claiming the same event at once the claim', async () => {
    const stores = await Promise.all([1, 2, 3, 4].map(async () => (await place.open()).store));
    for (let event = 0; event < 20; event++) {
      const keys = [`event:E${event}`, `message:C1:${event}.0`];
      const results = await Promise.all(stores.map((store, i) => store.claim(i % 2 ? [...keys].reverse() : keys)));
      expect(results.filter((r) => r === true), `event ${event}`).toHaveLength(1);
    }
  });

  it('welcomes each person once across instances', async () => {
    const one = (await place.open()).store;
    const two = (await place.open()).store;
    const results = await Promise.all([one.claimWelcome('U1'), two.claimWelcome('U1'), one.claimWelcome('U2')]);
    expect(results.filter(Boolean)).toHaveLength(2);
    expect(await two.claimWelcome('U2')).toBe(false);
  });

  it('reports its health', async () => {
    const { store } = await place.open();
    expect(await store.health()).toEqual({ ok: true });
    await store.close();
    expect((await store.health()).ok).toBe(false);
  });
  it('keeps additions and dismissed gaps for every instance: who made one hashed, undo recorded, never pruned', async () => {
    const time = clock();
    const { store } = await place.open({ now: time.now, retentionDays: 1 });
    const { store: other } = await place.open({ now: time.now });
    const phrasing = { kind: 'phrasing' as const, entryId: 'm2m-definition', question: 'what is m2m in plain words' };
    const entry = { kind: 'entry' as const, entryId: 'what-is-lorawan', questions: ['what is lorawan', 'lorawan?', 'explain lorawan'], answer: 'A radio network.', source: 'What is IoT?', topic: 'IoT' };
    const first = await store.addAddition(phrasing, 'U0ADMIN');
    const second = await other.addAddition(entry, 'U0ADMIN');
    expect(first.saved && second.saved).toBe(true);
    time.advanceDays(3);
    await store.prune();
    // Read by the other instance, in the order made, with their content.
    const read = await other.additions();
    expect(read?.map(({ id: _id, at: _at, ...rest }) => rest)).toEqual([
      { ...phrasing, authorHash: expect.stringMatching(/^[0-9a-f]{64}$/), undoneAt: null },
      { ...entry, authorHash: expect.stringMatching(/^[0-9a-f]{64}$/), undoneAt: null },
    ]);
    expect(JSON.stringify(await place.rows('SELECT * FROM additions'))).not.toContain('U0ADMIN');

    expect(await other.undoAddition(first.saved ? first.id : -1, 'U0OTHER')).toEqual({ saved: true });
    // Undoing twice changes nothing the second time.
    expect(await store.undoAddition(first.saved ? first.id : -1, 'U0OTHER')).toEqual({ saved: false });
    expect((await store.additions())?.map((a) => a.undoneAt !== null)).toEqual([true, false]);

    expect(await store.dismissGap('what is lorawan', 'U0ADMIN')).toEqual({ saved: true });
    expect(await other.dismissGap('what is lorawan', 'U0ADMIN')).toEqual({ saved: true });
    expect([...(await other.dismissedGaps())]).toEqual(['what is lorawan']);
  });

  it('leaves out a stored addition that is not one (edited by hand), and refuses one without an author', async () => {
    const { store } = await place.open();
    expect(await store.addAddition({ kind: 'phrasing', entryId: 'm2m-definition', question: 'x' }, '')).toEqual({ saved: false });
    await store.addAddition({ kind: 'phrasing', entryId: 'm2m-definition', question: 'what is m2m really' }, 'U1');
    await place.rows("UPDATE additions SET content = '{not json' WHERE id = (SELECT min(id) FROM additions)");
    await store.addAddition({ kind: 'phrasing', entryId: 'iot-definition', question: 'what is iot really' }, 'U1');
    expect((await store.additions())?.map((a) => a.entryId)).toEqual(['iot-definition']);
  });
  it('keeps workspaces apart: each view reads only its own rows, and deleting one leaves the others whole', async () => {
    const { store } = await place.open();
    const [a, b] = [store.forWorkspace('T0AAA'), store.forWorkspace('T0BBB')];
    expect([a.workspace, b.workspace, store.workspace]).toEqual(['T0AAA', 'T0BBB', '']);
    for (const [view, who] of [[a, 'T0AAA:U1'], [b, 'T0BBB:U1']] as const) {
      await view.recordVote({ ...vote, userId: who });
      await view.recordQuestion({ question: `asked in ${view.workspace}`, outcome: 'fallback', candidates: [] });
      await view.addAddition({ kind: 'phrasing', entryId: 'm2m-definition', question: `taught in ${view.workspace}` }, who);
      await view.dismissGap(`dismissed in ${view.workspace}`, who);
      await view.rememberTurn('D0SAME', turn);
      await view.saveInstallation(JSON.stringify({ team: { id: view.workspace } }));
      await view.saveSettings(JSON.stringify({ adminUserIds: [who] }));
      expect(await view.claim([`event:${view.workspace}`])).toBe(true);
      expect(await view.claimWelcome(who)).toBe(true);
    }
    expect((await a.questions()).map((q) => q.text)).toEqual(['asked in T0AAA']);
    expect((await b.additions())?.map((x) => x.kind === 'phrasing' && x.question)).toEqual(['taught in T0BBB']);
    expect([...(await a.dismissedGaps())]).toEqual(['dismissed in T0AAA']);
    expect(await a.votes()).toHaveLength(1);
    expect(await store.questions()).toEqual([]);
    expect(await a.installation()).toBe(JSON.stringify({ team: { id: 'T0AAA' } }));
    // A "did you mean" click cannot touch another workspace's question.
    const [other] = await b.questions();
    expect(await a.recordChoice(other!.id, 'm2m-definition')).toEqual({ saved: false });

    expect(await a.deleteWorkspace()).toEqual({ saved: true });
    expect(await a.votes()).toEqual([]);
    expect(await a.questions()).toEqual([]);
    expect(await a.additions()).toEqual([]);
    expect(await a.installation()).toBeNull();
    expect(await a.settings()).toBeNull();
    expect(await a.lastTurn('D0SAME')).toBeUndefined();
    for (const table of ['votes', 'questions', 'conversations', 'claims', 'welcomes', 'additions', 'dismissals', 'installations', 'workspace_settings']) {
      expect(await place.rows(`SELECT * FROM ${table} WHERE team_id = 'T0AAA'`), table).toEqual([]);
    }
    expect(await b.votes()).toHaveLength(1);
    expect(await b.installation()).toContain('T0BBB');
    expect(JSON.parse((await b.settings()) ?? '{}')).toEqual({ adminUserIds: ['T0BBB:U1'] });
  });
});
