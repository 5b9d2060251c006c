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
import { FEEDBACK_NOT_SAVED_TEXT } from '../../src/blocks/reply.js';
import { buildReport, openFeedbackStore, type FeedbackStore } from '../../src/feedback/index.js';
import { silentLogger } from '../../src/log.js';
import { METHOD_SCOPES } from '../../src/slack/capabilities.js';
import { buttonsOf, questionOfKind, startHarness, textOf, type Harness } from '../support/harness.js';
import { dm, DM_CHANNEL, HUMAN } from '../support/payloads.js';

const ADMIN = 'U0ADMIN';
const ANSWERED = 'what does m2m stand for';

let dir: string;
let store: FeedbackStore;
let h: Harness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iot-or-m2m-feedback-'));
  store = openFeedbackStore({ path: join(dir, 'feedback.db'), logger: silentLogger });
  expect(store.enabled).toBe(true);
  h = await startHarness({ services: { feedback: store }, features: { adminUserIds: [ADMIN] } });
});
afterEach(async () => {
  await h.settle();
  h.fake.reset();
});
afterAll(async () => {
  expect(h.fake.blocked).toEqual([]);
  for (const call of h.fake.history) if (call.method !== 'response_url') expect(Object.keys(METHOD_SCOPES)).toContain(call.method);
  await h.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const report = () => buildReport(store, h.services.engine, {});

async function askInDm(question: string) {
  await h.sendEvent(dm(question));
  const [answer] = await h.fake.waitFor('chat.postMessage');
  h.fake.reset();
  return answer!;
}

describe('👍/👎 through Slack into SQLite', () => {
  it('a 👎 shows up in the report as down=1 for that entry; a second click by the same user changes the vote', async () => {
    const decision = h.services.engine.ask(ANSWERED);
    if (decision.kind !== 'answer') throw new Error('expected an answer');
    const entry = decision.entry.id;
    const answer = await askInDm(ANSWERED);

    await h.clickButton(answer, 'feedback:down');
    const [thanks] = await h.fake.waitFor('chat.update');
    expect(textOf(thanks!.body)).toContain('Thanks for the feedback');
    expect(buttonsOf(thanks!.body).some((b) => b.action_id.startsWith('feedback:'))).toBe(false);
    expect(report().entries).toEqual([{ id: entry, up: 0, down: 1, helpfulRatio: 0 }]);

    // The same person clicks 👍 on the same answer (e.g. a second copy of the message): the vote changes.
    h.fake.reset();
    await h.clickButton(answer, 'feedback:up');
    const [changed] = await h.fake.waitFor('chat.update');
    expect(textOf(changed!.body)).toContain('Vote changed');
    expect(report().entries).toEqual([{ id: entry, up: 1, down: 0, helpfulRatio: 1 }]);
    expect(report().totals.votes).toBe(1);

    // Someone else's vote is a second vote.
    h.fake.reset();
    await h.clickButton(answer, 'feedback:down', { userId: 'U0SOMEONE' });
    await h.fake.waitFor('chat.update');
    expect(report().entries).toEqual([{ id: entry, up: 1, down: 1, helpfulRatio: 0.5 }]);
    // Only a keyed hash of the user is stored.
    expect(JSON.stringify(store.votes())).not.toContain(HUMAN);
  });

  it('records answered, clarified and unanswered questions; a clarify click records the choice', async () => {
    const before = report().totals;
    const clarify = questionOfKind(h.services, 'clarify');
    const choices = await askInDm(clarify);
    const choice = buttonsOf(choices.body).find((b) => b.action_id === 'ask:clarify:1')!;
    const [entryId, questionId] = choice.value.split('|');
    expect(Number(questionId)).toBeGreaterThan(0);
    await h.clickButton(choices, 'ask:clarify:1');
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.channel).toBe(DM_CHANNEL);
    expect(textOf(post!.body)).toContain(h.services.kb.byId.get(entryId!)!.answer.trim());
    const recorded = store.questions().find((q) => q.id === Number(questionId));
    expect(recorded).toMatchObject({ outcome: 'clarify', chosenEntryId: entryId });

    const fallback = questionOfKind(h.services, 'fallback');
    await askInDm(fallback);
    const after = report();
    expect(after.totals.clarified).toBe(before.clarified + 1);
    expect(after.totals.resolved).toBe(before.resolved + 1);
    expect(after.totals.fallback).toBe(before.fallback + 1);
    expect(after.unanswered.map((u) => u.question)).toContain(fallback);
    // A resolved clarify question is not "unanswered".
    expect(after.unanswered.map((u) => u.question)).not.toContain(clarify);
  });

  it('questions asked through the slash command are recorded too', async () => {
    const before = report().totals.answered;
    await h.command(ANSWERED);
    await h.fake.waitFor('response_url');
    expect(report().totals.answered).toBe(before + 1);
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
});

describe('when feedback cannot be saved', () => {
  it('a disabled store: the thank-you says the feedback could not be saved', async () => {
    const off = await startHarness();
    try {
      expect(off.services.feedback.enabled).toBe(false);
      await off.sendEvent(dm(ANSWERED));
      const [answer] = await off.fake.waitFor('chat.postMessage');
      off.fake.reset();
      await off.clickButton(answer!, 'feedback:down');
      const [update] = await off.fake.waitFor('chat.update');
      expect(textOf(update!.body)).toContain(FEEDBACK_NOT_SAVED_TEXT);
      expect(buttonsOf(update!.body).some((b) => b.action_id.startsWith('feedback:'))).toBe(false);
    } finally {
      await off.close();
    }
  });

  it('a store that fails (closed underneath): same message, and the bot keeps answering', async () => {
    const broken = openFeedbackStore({ path: join(dir, 'broken.db'), logger: silentLogger });
    broken.close();
    const b = await startHarness({ services: { feedback: broken }, features: { adminUserIds: [ADMIN] } });
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
