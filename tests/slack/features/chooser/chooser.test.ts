/**
 * The chooser end to end: the slash command, clicks on the buttons the app
 * actually posted (values read from the recorded messages), Back, Start over,
 * the result against recommend(), Share to channel, out-of-date buttons, two
 * people at once, and the DM version started from the Home tab.
 */
import { describe, expect, it } from 'vitest';
import { CHOOSER_ANSWERS, type ChooserAnswer } from '../../../../src/chooser/model.js';
import { recommend } from '../../../../src/chooser/recommend.js';
import { scoreBar } from '../../../../src/chooser/scoreBar.js';
import { decodeChooserState } from '../../../../src/chooser/state.js';
import { entryLabel } from '../../../../src/knowledge/types.js';
import { escapeMrkdwn } from '../../../../src/mrkdwn.js';
import { chooserMessage } from '../../../../src/slack/features/chooser/chooserBlocks.js';
import { LIMITS } from '../../../../src/slack/plumbing/blockKit.js';
import { checkMessage } from '../../../support/checks.js';
import { OPENED_DM, type RecordedCall } from '../../../support/fakeSlack.js';
import { buttonsOf, textOf, useHarness } from '../../../support/harness.js';
import { CHANNEL, DM_CHANNEL, HUMAN } from '../../../support/payloads.js';

const h = useHarness({}, { noErrorLogs: true });

const model = () => h.services.chooser;
const total = () => model().questions.length;

/** Clicks `actionId` on `message` and returns the next message the app sent with `method` (for `responseId`). */
async function step(message: RecordedCall, actionId: string, o: { method?: string; userId?: string; responseId?: string } = {}): Promise<RecordedCall> {
  h.fake.reset();
  const res = await h.clickButton(message, actionId, { ...(o.userId ? { userId: o.userId } : {}), ...(o.responseId ? { responseId: o.responseId } : {}) });
  expect(res.status).toBe(200);
  const [next] = await h.fake.waitFor(o.method ?? 'response_url');
  if (o.responseId) expect(next?.responseId).toBe(o.responseId);
  return next!;
}

async function startByCommand(o: { userId?: string; responseId?: string; channel?: string } = {}): Promise<RecordedCall> {
  h.fake.reset();
  await h.command('', o);
  const [first] = await h.fake.waitFor('response_url');
  return first!;
}

function expectQuestion(message: RecordedCall, index: number) {
  const text = textOf(message.body);
  expect(text).toContain(`Question ${index + 1} of ${total()}`);
  expect(text).toContain(escapeMrkdwn(model().questions[index]!.ask));
  expect(text).toContain(escapeMrkdwn(model().questions[index]!.explain));
  const ids = buttonsOf(message.body).map((b) => b.action_id);
  expect(ids.slice(0, 3)).toEqual(['chooser:answer:yes', 'chooser:answer:no', 'chooser:answer:not_sure']);
  if (index > 0) expect(ids.slice(3)).toEqual(['chooser:back', 'chooser:restart']);
  else expect(ids).toHaveLength(3);
}

function expectResult(message: RecordedCall, answers: ChooserAnswer[]) {
  const rec = recommend(model(), answers);
  const text = textOf(message.body);
  expect(text).toContain(rec.summary);
  expect(text).toContain(scoreBar(rec.iotShare));
  expect(rec.reasons.length).toBeGreaterThanOrEqual(rec.verdict === 'unsure' ? 0 : 2);
  for (const r of rec.reasons) expect(text).toContain(escapeMrkdwn(r.why));
  const criteria = buttonsOf(message.body).filter((b) => b.action_id.startsWith('ask:entry:'));
  expect(criteria.map((b) => b.value)).toEqual(rec.criteria.filter((id) => h.services.kb.byId.has(id)).slice(0, 5));
  for (const b of criteria) expect(b.text).toBe(entryLabel(h.services.kb.byId.get(b.value)!));
  return rec;
}

/** Answers every question from the message showing question 1 on, returning the result message. */
async function answerAll(first: RecordedCall, answers: ChooserAnswer[], o: { method?: string; userId?: string; responseId?: string } = {}): Promise<RecordedCall> {
  let message = first;
  for (const [i, answer] of answers.entries()) {
    expectQuestion(message, i);
    message = await step(message, `chooser:answer:${answer}`, o);
    if (o.method === undefined || o.method === 'response_url') expect(message.body.replace_original).toBe(true);
  }
  return message;
}

describe('/iot-or-m2m with no text', () => {
  it('starts the chooser ephemerally at "Question 1 of N", with the state only in the button values', async () => {
    const first = await startByCommand();
    expect(first.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expectQuestion(first, 0);
    for (const b of buttonsOf(first.body)) expect(decodeChooserState(model(), b.value)).toEqual({ ok: true, answers: [] });
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('clicks through every step, replacing the message in place, to the result recommend() gives', async () => {
    const answers = model().questions.map((_, i) => CHOOSER_ANSWERS[i % 3]!);
    const result = await answerAll(await startByCommand(), answers);
    const rec = expectResult(result, answers);
    expect(result.body.text as string).toContain(rec.summary);
    expect(buttonsOf(result.body).map((b) => b.action_id).filter((id) => id.startsWith('chooser:'))).toEqual(
      rec.verdict === 'unsure' ? ['chooser:restart', 'chooser:ask'] : ['chooser:share', 'chooser:restart', 'chooser:ask'],
    );
    checkMessage(chooserMessage(model(), h.services.kb, answers).blocks);
  });

  it('gives M2M for answers favouring M2M and IoT for answers favouring IoT', async () => {
    for (const side of ['m2m', 'iot'] as const) {
      const other = side === 'iot' ? 'm2m' : 'iot';
      // For each question, the answer that moves the score furthest toward `side`.
      const answers = model().questions.map((q) => CHOOSER_ANSWERS.reduce((best, a) => (q.answers[a][side] - q.answers[a][other] > q.answers[best][side] - q.answers[best][other] ? a : best)));
      const result = await answerAll(await startByCommand(), answers);
      expect(expectResult(result, answers).verdict).toBe(side);
    }
  });

  it('Back goes to the previous question and keeps the earlier answers', async () => {
    let message = await startByCommand();
    message = await step(message, 'chooser:answer:yes');
    message = await step(message, 'chooser:answer:no');
    expectQuestion(message, 2);
    message = await step(message, 'chooser:back');
    expectQuestion(message, 1);
    const values = buttonsOf(message.body).map((b) => b.value).filter(Boolean);
    for (const v of values) expect(decodeChooserState(model(), v)).toEqual({ ok: true, answers: ['yes'] });
    // Answer question 2 differently this time, then the rest: the result reflects the new answer.
    message = await step(message, 'chooser:answer:yes');
    const rest = model().questions.slice(2).map(() => 'not_sure' as const);
    let current = message;
    for (const [i, a] of rest.entries()) {
      expectQuestion(current, i + 2);
      current = await step(current, `chooser:answer:${a}`);
    }
    expectResult(current, ['yes', 'yes', ...rest]);
  });

  it('Start over goes back to question 1 with nothing answered, mid-run and from the result', async () => {
    let message = await startByCommand();
    message = await step(message, 'chooser:answer:yes');
    message = await step(message, 'chooser:restart');
    expectQuestion(message, 0);
    const result = await answerAll(message, model().questions.map(() => 'yes'));
    const again = await step(result, 'chooser:restart');
    expectQuestion(again, 0);
    expect(again.body.replace_original).toBe(true);
  });

  it('all "not sure": an honest "not enough to go on", without a Share button', async () => {
    const answers = model().questions.map(() => 'not_sure' as const);
    const result = await answerAll(await startByCommand(), answers);
    expect(expectResult(result, answers).verdict).toBe('unsure');
    expect(textOf(result.body)).toMatch(/not enough to go on/i);
    expect(buttonsOf(result.body).map((b) => b.action_id)).not.toContain('chooser:share');
  });

  it('a criterion button shows that entry\'s answer ephemerally, leaving the card alone', async () => {
    const answers = model().questions.map(() => 'yes' as const);
    const result = await answerAll(await startByCommand(), answers);
    const criterion = buttonsOf(result.body).find((b) => b.action_id === 'ask:entry:0')!;
    const answer = await step(result, 'ask:entry:0');
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(answer.body)).toContain(h.services.kb.byId.get(criterion.value)!.answer.trim());
  });

  it('"Ask a question" says how to ask, ephemerally, below the card', async () => {
    const result = await answerAll(await startByCommand(), model().questions.map(() => 'no'));
    const how = await step(result, 'chooser:ask');
    expect(how.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(how.body)).toMatch(/\/iot-or-m2m your question.*direct message.*mention/s);
  });
});

describe('Share to channel', () => {
  it('posts a non-ephemeral summary in the channel, then marks the card as shared', async () => {
    const answers = model().questions.map(() => 'yes' as const);
    const result = await answerAll(await startByCommand(), answers);
    h.fake.reset();
    await h.clickButton(result, 'chooser:share');
    const [post] = await h.fake.waitFor('chat.postMessage');
    const rec = recommend(model(), answers);
    expect(post!.body.channel).toBe(CHANNEL);
    expect(post!.body.response_type).toBeUndefined();
    expect(textOf(post!.body)).toContain(`<@${HUMAN}>`);
    expect(textOf(post!.body)).toContain(rec.summary);
    expect(textOf(post!.body)).toContain(scoreBar(rec.iotShare));
    for (const r of rec.reasons) expect(textOf(post!.body)).toContain(escapeMrkdwn(r.why));
    expect(buttonsOf(post!.body)).toEqual([]);
    const [card] = await h.fake.waitFor('response_url');
    expect(card!.body.replace_original).toBe(true);
    expect(textOf(card!.body)).toContain('Shared in the channel');
    expect(buttonsOf(card!.body).map((b) => b.action_id)).not.toContain('chooser:share');
  });

  it('in a channel the bot is not in: a friendly ephemeral note, the card stays', async () => {
    for (const error of ['not_in_channel', 'channel_not_found']) {
      const result = await answerAll(await startByCommand(), model().questions.map(() => 'yes'));
      h.fake.reset();
      h.fake.failNext('chat.postMessage', error);
      await h.clickButton(result, 'chooser:share');
      const [note] = await h.fake.waitFor('response_url');
      expect(note!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(textOf(note!.body)).toMatch(/not a member.*\/invite @iot-or-m2m/s);
      await h.settle();
      expect(h.fake.callsTo('response_url')).toHaveLength(1);
    }
  });

  it('from a DM: explains that results are shared to channels, posts nothing', async () => {
    const result = await answerAll(await startByCommand({ channel: DM_CHANNEL }), model().questions.map(() => 'no'));
    h.fake.reset();
    await h.clickButton(result, 'chooser:share', { channel: DM_CHANNEL });
    const [note] = await h.fake.waitFor('response_url');
    expect(textOf(note!.body)).toMatch(/only share a result to a channel/);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });
});

describe('out-of-date buttons', () => {
  it('a tampered value gives "out of date, start over" with a working Start over button, never a crash', async () => {
    const first = await startByCommand();
    const real = buttonsOf(first.body)[0]!.value;
    for (const value of ['', 'garbage', `${real}yyyyyyyyyyyyyyyyyy`, real.replace(/^c1/, 'c9'), 'x'.repeat(3000), '{"a":1}']) {
      h.fake.reset();
      await h.click({ actionId: 'chooser:answer:yes', value, channel: CHANNEL, ephemeral: true });
      const [reply] = await h.fake.waitFor('response_url');
      expect(reply!.body.replace_original).toBe(true);
      expect(textOf(reply!.body)).toMatch(/out of date.*start over/is);
      expect(buttonsOf(reply!.body).map((b) => b.action_id)).toEqual(['chooser:restart']);
    }
    const restarted = await step((await h.fake.waitFor('response_url'))[0]!, 'chooser:restart');
    expectQuestion(restarted, 0);
  });

  it('a stale value (another chooser.yml version) gives the friendly restart too', async () => {
    let message = await startByCommand();
    message = await step(message, 'chooser:answer:yes');
    const real = buttonsOf(message.body).find((b) => b.action_id === 'chooser:answer:no')!.value;
    const stale = real.replace(/^c1\.[0-9a-f]{8}\./, `c1.${model().version === '00000000' ? '11111111' : '00000000'}.`);
    expect(decodeChooserState(model(), stale)).toEqual({ ok: false, reason: 'stale' });
    for (const actionId of ['chooser:answer:no', 'chooser:back', 'chooser:share']) {
      h.fake.reset();
      await h.click({ actionId, value: stale, channel: CHANNEL, ephemeral: true });
      const [reply] = await h.fake.waitFor('response_url');
      expect(textOf(reply!.body)).toMatch(/out of date: its questions have changed/);
    }
    expect(h.logs.some((l) => l.includes('slack.chooser_outdated') && l.includes('stale'))).toBe(true);
  });

  it('Share with an unfinished state is refused as out of date', async () => {
    const message = await step(await startByCommand(), 'chooser:answer:yes');
    const partial = buttonsOf(message.body)[0]!.value;
    h.fake.reset();
    await h.click({ actionId: 'chooser:share', value: partial, channel: CHANNEL, ephemeral: true });
    const [reply] = await h.fake.waitFor('response_url');
    expect(textOf(reply!.body)).toMatch(/out of date/);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });
});

describe('two people at once', () => {
  it('never share state: interleaved clicks each reach their own result', async () => {
    const other = 'U0OTHER';
    let a = await startByCommand({ responseId: 'a' });
    let b = await startByCommand({ userId: other, responseId: 'b' });
    const answersA = model().questions.map(() => 'yes' as const);
    const answersB = model().questions.map(() => 'no' as const);
    for (let i = 0; i < total(); i++) {
      expectQuestion(a, i);
      expectQuestion(b, i);
      a = await step(a, `chooser:answer:${answersA[i]}`, { responseId: 'a' });
      b = await step(b, `chooser:answer:${answersB[i]}`, { userId: other, responseId: 'b' });
    }
    const recA = expectResult(a, answersA);
    const recB = expectResult(b, answersB);
    expect(recA).not.toEqual(recB);
  });
});

describe('from the Home tab: in the DM, updated with chat.update', () => {
  it('posts question 1 in the DM, then each click updates that message', async () => {
    await h.sendEvent({ type: 'app_home_opened', user: HUMAN, channel: 'D0HOME', tab: 'home', event_ts: '1.1' });
    const [home] = await h.fake.waitFor('views.publish');
    h.fake.reset();
    await h.clickButton(home!, 'chooser:start');
    const [open] = await h.fake.waitFor('conversations.open');
    expect(open!.body.users).toBe(HUMAN);
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.channel).toBe(OPENED_DM);
    expectQuestion(post!, 0);

    const answers = model().questions.map((_, i) => (i % 2 === 0 ? 'yes' : 'no') as ChooserAnswer);
    let message: RecordedCall = post!;
    for (const [i, answer] of answers.entries()) {
      expectQuestion(message, i);
      message = await step(message, `chooser:answer:${answer}`, { method: 'chat.update' });
      expect(message.body).toMatchObject({ channel: OPENED_DM, ts: post!.response!.ts });
      expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
    }
    expectResult(message, answers);
    expect(((message.body.blocks as unknown[]) ?? []).length).toBeLessThanOrEqual(LIMITS.messageBlocks);

    // Share from the DM: nothing to share to, said only to the user.
    h.fake.reset();
    await h.clickButton(message, 'chooser:share');
    const [note] = await h.fake.waitFor('response_url');
    expect(note!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });
});
