/**
 * Feedback end to end, with a real SQLite store in a temp folder (no mocks
 * of the database): 👍/👎 through the Bolt harness show up in the report,
 * one vote per person per answer, clarify choices, unanswered questions,
 * a disabled or failing store, and `/iot-or-m2m stats` for admins only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/feedback/index.js';
import { openSqliteStore } from '../../../../src/store/sqliteStore.js';
import type { Store } from '../../../../src/store/store.js';
import { silentLogger } from '../../../../src/log.js';
import { decodeAskValue } from '../../../../src/slack/features/ask/askActions.js';
import { FEEDBACK_NOT_SAVED_TEXT } from '../../../../src/slack/features/feedback/feedbackBlocks.js';
import { METHOD_SCOPES } from '../../../../src/slack/plumbing/capabilities.js';
import { AUTO_LINK, buttonsOf, type Harness, INJECTIONS, LIVE_MARKUP, questionOfKind, shownStrings, startHarness, textOf } from '../../../support/harness.js';
import { CHANNEL, dm, DM_CHANNEL, HUMAN, mention } from '../../../support/payloads.js';

const ADMIN = 'U0ADMIN';
const ANSWERED = 'what does m2m stand for';

let dir: string;
let store: Store;
let h: Harness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iot-or-m2m-feedback-'));
  store = openSqliteStore({ path: join(dir, 'feedback.db'), logger: silentLogger });
  expect(store.enabled).toBe(true);
  h = await startHarness({ services: { store: store }, features: { adminUserIds: [ADMIN] } });
});
afterEach(async () => {
  await h.settle();
  h.fake.reset();
});
afterAll(async () => {
  expect(h.fake.blocked).toEqual([]);
  for (const call of h.fake.history) if (call.method !== 'response_url') expect(Object.keys(METHOD_SCOPES)).toContain(call.method);
  await h.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const report = () => buildReport(store, h.services.engine, {});

async function askInDm(question: string) {
  // A reply recorded before this question must not be taken for its answer.
  h.fake.reset();
  await h.sendEvent(dm(question));
  const [answer] = await h.fake.waitFor('chat.postMessage');
  h.fake.reset();
  return answer!;
}

/** The one stored vote of `entryId`, by anyone. */
const votesFor = async (entryId: string) => (await store.votes()).filter((v) => v.entryId === entryId);

describe('👍/👎 through Slack into SQLite', () => {
  it('in a DM: a 👎 shows up in the report; the same user changes it with the buttons of the updated message (one row, new value)', async () => {
    const decision = h.services.engine.ask(ANSWERED);
    if (decision.kind !== 'answer') throw new Error('expected an answer');
    const entry = decision.entry.id;
    const answer = await askInDm(ANSWERED);

    await h.clickButton(answer, 'feedback:down');
    const [thanks] = await h.fake.waitFor('chat.update');
    expect(textOf(thanks!.body)).toContain('Thanks for the feedback');
    expect((await report()).entries).toEqual([{ id: entry, up: 0, down: 1, helpfulRatio: 0 }]);

    // The updated message still offers both buttons: a click on 👍 there changes the vote.
    h.fake.reset();
    await h.clickButton(thanks!, 'feedback:up');
    const [changed] = await h.fake.waitFor('chat.update');
    expect(textOf(changed!.body)).toContain('Vote changed');
    expect(buttonsOf(changed!.body).filter((b) => b.action_id.startsWith('feedback:')).map((b) => b.style)).toEqual(['primary', undefined]);
    expect((await votesFor(entry))).toEqual([expect.objectContaining({ vote: 'up', question: ANSWERED })]);
    expect((await report()).entries).toEqual([{ id: entry, up: 1, down: 0, helpfulRatio: 1 }]);

    // The same answer asked again in other words is still the same answer: one vote per person.
    h.fake.reset();
    const again = await askInDm('what is m2m short for');
    expect(h.services.engine.ask('what is m2m short for')).toMatchObject({ kind: 'answer', entry: { id: entry } });
    await h.clickButton(again, 'feedback:down');
    await h.fake.waitFor('chat.update');
    expect((await votesFor(entry))).toEqual([expect.objectContaining({ vote: 'down', question: 'what is m2m short for' })]);
    // Only a keyed hash of the user is stored.
    expect(JSON.stringify(store.votes())).not.toContain(HUMAN);
  });

  it('in a thread: a second voter votes too; both votes are stored, the answer is untouched, each gets a private thank-you', async () => {
    const decision = h.services.engine.ask('what does iot stand for');
    if (decision.kind !== 'answer') throw new Error('expected an answer');
    const entry = decision.entry.id;
    const event = mention('what does iot stand for');
    await h.sendEvent(event);
    const [answer] = await h.fake.waitFor('chat.postMessage');
    h.fake.reset();

    await h.clickButton(answer!, 'feedback:up', { userId: 'U0FIRST' });
    await h.fake.waitFor('chat.postEphemeral');
    // The second voter clicks the very same buttons: nobody removed them.
    await h.clickButton(answer!, 'feedback:down', { userId: 'U0SECOND' });
    const thanks = await h.fake.waitFor('chat.postEphemeral', 2);
    await h.settle();
    expect(thanks.map((t) => [t.body.user, t.body.channel, t.body.thread_ts])).toEqual([
      ['U0FIRST', CHANNEL, event.ts],
      ['U0SECOND', CHANNEL, event.ts],
    ]);
    expect(thanks[0]!.body.text as string).toMatch(/^👍 Thanks for the feedback/);
    expect(thanks[1]!.body.text as string).toMatch(/^👎 Thanks for the feedback/);
    expect(h.fake.callsTo('chat.update')).toEqual([]);
    expect((await votesFor(entry)).map((v) => v.vote).sort()).toEqual(['down', 'up']);

    // The first voter changes their mind with the same buttons: still two votes, told privately.
    h.fake.reset();
    await h.clickButton(answer!, 'feedback:down', { userId: 'U0FIRST' });
    const [changed] = await h.fake.waitFor('chat.postEphemeral');
    expect(changed!.body.text as string).toContain('Vote changed');
    expect((await votesFor(entry)).map((v) => v.vote)).toEqual(['down', 'down']);
    expect(h.fake.callsTo('chat.update')).toEqual([]);
  });

  it('a vote on an answer reached through "did you mean" records the question as asked and the confidence of that choice', async () => {
    const clarify = questionOfKind(h.services, 'clarify');
    const decision = h.services.engine.ask(clarify);
    if (decision.kind !== 'clarify') throw new Error('expected clarify');
    const choices = await askInDm(clarify);
    await h.clickButton(choices, 'ask:clarify:1');
    const [answer] = await h.fake.waitFor('chat.postMessage');
    const chosen = decision.choices[1]!;
    expect(textOf(answer!.body)).toContain(chosen.entry.answer.trim());
    h.fake.reset();
    await h.clickButton(answer!, 'feedback:up');
    await h.fake.waitFor('chat.update');
    expect((await votesFor(chosen.entry.id))).toEqual([expect.objectContaining({ question: decision.question, confidence: chosen.confidence, vote: 'up' })]);

    // A follow-up of that answer still carries the question first asked.
    const followup = buttonsOf(answer!.body).find((b) => b.action_id.startsWith('ask:followup:'));
    expect(followup).toBeDefined();
    expect(decodeAskValue(followup!.value)).toEqual({ entryId: expect.any(String), question: decision.question });
  });

  it('a starter clicked after a fallback records the choice, and a vote on its answer the question asked', async () => {
    const fallback = questionOfKind(h.services, 'fallback');
    const reply = await askInDm(fallback);
    const starter = buttonsOf(reply.body).find((b) => b.action_id === 'ask:starter:0')!;
    const value = decodeAskValue(starter.value);
    expect(value.questionId).toBeGreaterThan(0);
    await h.clickButton(reply, 'ask:starter:0');
    const [answer] = await h.fake.waitFor('chat.postMessage');
    expect(textOf(answer!.body)).toContain(h.services.kb.byId.get(value.entryId)!.answer.trim());
    expect((await store.questions()).find((q) => q.id === value.questionId)).toMatchObject({ outcome: 'fallback', text: fallback, chosenEntryId: value.entryId });
    h.fake.reset();
    await h.clickButton(answer!, 'feedback:down');
    await h.fake.waitFor('chat.update');
    expect((await votesFor(value.entryId))).toEqual([expect.objectContaining({ question: fallback, vote: 'down' })]);
    expect((await votesFor(value.entryId))[0]!.confidence).toBeLessThan(0.5);
  });

  it('records answered, clarified and unanswered questions; a clarify click records the choice', async () => {
    const before = (await report()).totals;
    const clarify = questionOfKind(h.services, 'clarify');
    const choices = await askInDm(clarify);
    const choice = buttonsOf(choices.body).find((b) => b.action_id === 'ask:clarify:1')!;
    const { entryId, questionId } = decodeAskValue(choice.value);
    expect(questionId).toBeGreaterThan(0);
    await h.clickButton(choices, 'ask:clarify:1');
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.channel).toBe(DM_CHANNEL);
    expect(textOf(post!.body)).toContain(h.services.kb.byId.get(entryId!)!.answer.trim());
    const recorded = (await store.questions()).find((q) => q.id === questionId);
    expect(recorded).toMatchObject({ outcome: 'clarify', chosenEntryId: entryId });

    const fallback = questionOfKind(h.services, 'fallback');
    await askInDm(fallback);
    const after = (await report());
    expect(after.totals.clarified).toBe(before.clarified + 1);
    expect(after.totals.resolved).toBe(before.resolved + 1);
    expect(after.totals.fallback).toBe(before.fallback + 1);
    expect(after.unanswered.map((u) => u.question)).toContain(fallback);
    // A resolved clarify question is not "unanswered".
    expect(after.unanswered.map((u) => u.question)).not.toContain(clarify);
  });

  it('questions asked through the slash command are recorded too', async () => {
    const before = (await report()).totals.answered;
    await h.command(ANSWERED);
    await h.fake.waitFor('response_url');
    expect((await report()).totals.answered).toBe(before + 1);
  });
});

describe('/iot-or-m2m stats', () => {
  it('is refused politely for a non-admin', async () => {
    await h.command('stats', { userId: HUMAN });
    const [reply] = await h.fake.waitFor('response_url');
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(reply!.body.text).toMatch(/only admins can see stats/i);
    expect(textOf(reply!.body)).not.toMatch(/Feedback all time/);
  });

  it('shows the compact report to an admin, ephemerally', async () => {
    await h.command('stats', { userId: ADMIN });
    const [reply] = await h.fake.waitFor('response_url');
    expect(reply!.body.response_type).toBe('ephemeral');
    const text = textOf(reply!.body);
    expect(text).toMatch(/\*Feedback all time:\* \d+ questions/);
    expect(text).toContain('*Least helpful answers:*');
    expect(text).toContain('*Most asked without an answer:*');
    expect(text).not.toContain('not being recorded');
  });

  it('shows unanswered questions as typed, but nothing in them is live or a link', async () => {
    // Two questions, so that every injection fits in the quoted (shortened) text.
    const asked = [`zwolle one ${INJECTIONS.slice(0, 5).join(' ')}`, `zwolle two ${INJECTIONS.slice(5).join(' ')}`];
    for (const question of asked) for (let i = 0; i < 3; i++) await askInDm(question);
    const recorded = (await store.questions()).slice(-6);
    expect(recorded.every((q) => q.outcome !== 'answer')).toBe(true);
    expect(recorded.map((q) => q.text).join(' ')).toContain('<!channel>');
    await h.command('stats', { userId: ADMIN });
    const [reply] = await h.fake.waitFor('response_url');
    const lines = textOf(reply!.body)
      .split('\n')
      .filter((l) => l.includes('zwolle'));
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toContain('&lt;!channel&gt;');
    expect(lines.join('\n')).toContain('evil');
    for (const line of lines) {
      expect(line).toMatch(/^• 3× “zwolle/);
      expect(line.slice(line.indexOf('“'), line.indexOf('”'))).not.toMatch(AUTO_LINK);
    }
    for (const s of shownStrings(reply!.body)) expect(s).not.toMatch(LIVE_MARKUP);
  });
});

describe('when feedback cannot be saved', () => {
  it('a disabled store: the thank-you says the feedback could not be saved', async () => {
    const off = await startHarness();
    try {
      expect(off.services.store.enabled).toBe(false);
      await off.sendEvent(dm(ANSWERED));
      const [answer] = await off.fake.waitFor('chat.postMessage');
      off.fake.reset();
      await off.clickButton(answer!, 'feedback:down');
      const [update] = await off.fake.waitFor('chat.update');
      expect(textOf(update!.body)).toContain(FEEDBACK_NOT_SAVED_TEXT);
      // The buttons stay, none highlighted: nothing was recorded, so the vote can be tried again.
      expect(buttonsOf(update!.body).filter((b) => b.action_id.startsWith('feedback:')).map((b) => b.style)).toEqual([undefined, undefined]);
    } finally {
      await off.close();
    }
  });

  it('a store that fails (closed underneath): same message, and the bot keeps answering', async () => {
    const broken = openSqliteStore({ path: join(dir, 'broken.db'), logger: silentLogger });
    await broken.close();
    const b = await startHarness({ services: { store: broken }, features: { adminUserIds: [ADMIN] } });
    try {
      await b.sendEvent(dm(ANSWERED));
      const [answer] = await b.fake.waitFor('chat.postMessage');
      b.fake.reset();
      await b.clickButton(answer!, 'feedback:up');
      const [update] = await b.fake.waitFor('chat.update');
      expect(textOf(update!.body)).toContain(FEEDBACK_NOT_SAVED_TEXT);
      b.fake.reset();
      await b.sendEvent(dm('what does iot stand for'));
      await b.fake.waitFor('chat.postMessage');
    } finally {
      await b.close();
    }
  });

  it('stats with the store off tell the admin why', async () => {
    const off = await startHarness({ features: { adminUserIds: [ADMIN] } });
    try {
      await off.command('stats', { userId: ADMIN });
      const [reply] = await off.fake.waitFor('response_url');
      expect(textOf(reply!.body)).toContain('Feedback is not being recorded');
    } finally {
      await off.close();
    }
  });
});
