/** DMs and mentions end to end: signed events in, chat.postMessage calls out. */
import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../../../src/mrkdwn.js';
import { decodeAskValue } from '../../../../src/slack/features/ask/askActions.js';
import { ERROR_TEXT } from '../../../../src/slack/plumbing/commonMessages.js';
import { BOT_USER_ID } from '../../../support/fakeSlack.js';
import { allStrings, blocksOf, buttonsOf, LIVE_MARKUP, questionOfKind, shownStrings, useHarness } from '../../../support/harness.js';
import { botMessage, CHANNEL, channelMessage, dm, DM_CHANNEL, editedMessage, mention, nextTs } from '../../../support/payloads.js';

const h = useHarness();

const CLEAR = 'what does m2m stand for';

function expectAnswerMessage(body: Record<string, unknown>, entryId: string) {
  const entry = h.services.kb.byId.get(entryId);
  if (!entry) throw new Error(`no entry ${entryId}`);
  const blocks = blocksOf(body);
  // The answer itself, in a section.
  expect(blocks.some((b) => b.type === 'section' && b.text?.type === 'mrkdwn' && b.text.text === entry.answer.trim())).toBe(true);
  // The source line.
  const contexts = blocks.filter((b) => b.type === 'context').flatMap((b) => allStrings(b.elements));
  expect(contexts.some((t) => t.includes('Source:') && t.includes(escapeMrkdwn(entry.source)))).toBe(true);
  // Follow-ups for the related entries, then 👍/👎.
  const buttons = buttonsOf(body);
  expect(buttons.filter((b) => b.action_id.startsWith('ask:followup:')).map((b) => decodeAskValue(b.value).entryId)).toEqual(entry.related.filter((id) => h.services.kb.byId.has(id)).slice(0, 5));
  expect(buttons.filter((b) => b.action_id.startsWith('feedback:')).map((b) => b.action_id)).toEqual(['feedback:up', 'feedback:down']);
  // A plain-text fallback for notifications.
  expect(typeof body.text).toBe('string');
  expect(body.text as string).not.toMatch(/[*_]{1}\w+[*_]/);
  expect((body.text as string).length).toBeGreaterThan(10);
}

describe('direct messages', () => {
  it('answers a clear question in the DM with the answer, its source, follow-ups and feedback buttons', async () => {
    const decision = h.services.engine.ask(CLEAR);
    if (decision.kind !== 'answer') throw new Error(`expected the engine to answer "${CLEAR}", got ${decision.kind}`);
    const { response } = await h.sendEvent(dm(CLEAR));
    expect(response.status).toBe(200);
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.body.channel).toBe(DM_CHANNEL);
    expect(post?.body.thread_ts).toBeUndefined();
    expect(post?.token).toBe('xoxb-test-token');
    expectAnswerMessage(post!.body, decision.entry.id);
  });

  it('answers inside the DM thread when the question was asked in one', async () => {
    const parent = nextTs();
    await h.sendEvent(dm(CLEAR, { thread_ts: parent }));
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.body).toMatchObject({ channel: DM_CHANNEL, thread_ts: parent });
  });

  it('offers "did you mean" buttons (at most 3) when the question is ambiguous', async () => {
    const ambiguous = questionOfKind(h.services, 'clarify');
    const decision = h.services.engine.ask(ambiguous);
    if (decision.kind !== 'clarify') throw new Error('expected clarify');
    await h.sendEvent(dm(ambiguous));
    const [post] = await h.fake.waitFor('chat.postMessage');
    const choices = buttonsOf(post!.body).filter((b) => b.action_id.startsWith('ask:clarify:'));
    expect(choices.map((c) => decodeAskValue(c.value))).toEqual(decision.choices.slice(0, 3).map((c) => ({ entryId: c.entry.id, question: decision.question })));
    expect(buttonsOf(post!.body).some((b) => b.action_id.startsWith('feedback:'))).toBe(false);
  });

  it('admits not knowing an off-topic question, suggests starters and points to the command', async () => {
    const question = questionOfKind(h.services, 'fallback');
    await h.sendEvent(dm(question));
    const [post] = await h.fake.waitFor('chat.postMessage');
    const text = allStrings(blocksOf(post!.body)).join('\n');
    expect(text).toContain("I don't know that one");
    expect(text).toContain('/iot-or-m2m');
    expect(buttonsOf(post!.body).filter((b) => b.action_id.startsWith('ask:starter:')).length).toBeGreaterThan(0);
  });

  it('answers small talk with a short text and starter buttons', async () => {
    await h.sendEvent(dm('hello'));
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.text as string).toMatch(/Hi!/);
    const buttons = buttonsOf(post!.body);
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.every((b) => b.action_id.startsWith('ask:starter:'))).toBe(true);
  });

  it('survives a 40 KB message with odd code points: a normal reply or fallback, never a crash', async () => {
    const odd = '\u202e\u200b\uFEFF\u0000🙂\uD800 e\u0301 ﷽ ';
    const text = (CLEAR + ' ' + odd).repeat(40_000 / (CLEAR.length + odd.length + 1) + 1).slice(0, 40_000);
    const { response } = await h.sendEvent(dm(text));
    expect(response.status).toBe(200);
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.text).not.toBe(ERROR_TEXT);
    expect(allStrings(post!.body).join('')).not.toContain('Something went wrong');
    expect(h.logs.filter((l) => l.includes('"level":"error"'))).toEqual([]);
  });

  it('tells the user something went wrong when posting the answer fails', async () => {
    h.fake.failNext('chat.postMessage', 'internal_error');
    await h.sendEvent(dm(CLEAR));
    const posts = await h.fake.waitFor('chat.postMessage', 2);
    expect(posts[1]?.body).toMatchObject({ channel: DM_CHANNEL, text: ERROR_TEXT });
    expect(h.logs.some((l) => l.includes('slack.handler_failed') && l.includes('internal_error'))).toBe(true);
  });
});

describe('mentions', () => {
  it('answers a mention in a thread under it (thread_ts = the mention ts)', async () => {
    const event = mention(CLEAR);
    await h.sendEvent(event);
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.body).toMatchObject({ channel: CHANNEL, thread_ts: event.ts });
    const decision = h.services.engine.ask(CLEAR);
    if (decision.kind !== 'answer') throw new Error('expected an answer');
    expectAnswerMessage(post!.body, decision.entry.id);
  });

  it('answers a mention inside an existing thread in that thread', async () => {
    const parent = nextTs();
    await h.sendEvent(mention(CLEAR, { thread_ts: parent }));
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.body).toMatchObject({ channel: CHANNEL, thread_ts: parent });
  });

  it('reads the question without mentions of colleagues, user groups or @here: "hey @alice, what is m2m?" is not a fallback', async () => {
    const cases = [
      ['hey <@U0ALICE>, what is m2m?', 'hey, what is m2m?'],
      ['<@U0ALICE|alice> <@W0BOB> <!subteam^S0DEVS|@devs> <!here> what does m2m stand for?', 'what does m2m stand for?'],
    ] as const;
    for (const [typed, plain] of cases) {
      const decision = h.services.engine.ask(plain);
      expect(decision.kind).not.toBe('fallback');
      h.fake.reset();
      await h.sendEvent(dm(typed));
      await h.sendEvent(dm(plain));
      const [withMentions, without] = await h.fake.waitFor('chat.postMessage', 2);
      // The same reply, buttons (and the question they carry) included.
      expect(withMentions!.body.blocks).toEqual(without!.body.blocks);
      expect(withMentions!.body.text as string).not.toMatch(/I don't know/);
    }
    // In a channel, the bot's own mention goes too.
    h.fake.reset();
    await h.sendEvent(mention('<@U0ALICE> <@U0BOB> what does m2m stand for?'));
    const [post] = await h.fake.waitFor('chat.postMessage');
    const decision = h.services.engine.ask('what does m2m stand for?');
    if (decision.kind !== 'answer') throw new Error('expected an answer');
    expectAnswerMessage(post!.body, decision.entry.id);
  });

  it('reads the question without the bot mention', async () => {
    // Only the mention: nothing to answer, so the reply is the "ask me anything" prompt, not a fallback.
    await h.sendEvent({ ...mention(''), text: `<@${BOT_USER_ID}>` });
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.text as string).toMatch(/^Ask me anything/);
  });

  it('neutralises injected special mentions and links: nothing posted is live', async () => {
    const nasty = `<!channel> <!here> <!everyone> <!subteam^S123|@devs> <https://evil.example|click> <@U0VICTIM> ${CLEAR} &lt;!channel&gt;`;
    await h.sendEvent(mention(nasty));
    await h.sendEvent(dm(nasty));
    await h.sendEvent(dm(`<https://evil.example|click here> <!everyone>`));
    const posts = await h.fake.waitFor('chat.postMessage', 3);
    for (const post of posts) {
      for (const s of shownStrings(post.body)) {
        expect(s).not.toMatch(LIVE_MARKUP);
        expect(s).not.toContain('evil.example');
      }
      expect(post.body.link_names).toBeUndefined();
    }
  });
});

describe('command words in a DM', () => {
  it('run the command, as after /iot-or-m2m: "quiz" starts the quiz in the DM, "help" shows usage', async () => {
    await h.sendEvent(dm('quiz'));
    const [quiz] = await h.fake.waitFor('chat.postMessage');
    expect(quiz?.body).toMatchObject({ channel: DM_CHANNEL });
    expect(quiz?.body.text as string).toMatch(/Question 1 of 5/);
    h.fake.reset();
    await h.sendEvent(dm('help'));
    const [help] = await h.fake.waitFor('chat.postMessage');
    expect(allStrings(blocksOf(help!.body)).join('\n')).toContain('/iot-or-m2m quiz');
  });

  it('only as the whole message: "quiz me on m2m" is a question', async () => {
    await h.sendEvent(dm('quiz me on m2m'));
    const [reply] = await h.fake.waitFor('chat.postMessage');
    expect(reply?.body.text as string).not.toMatch(/Question 1 of 5/);
  });
});

describe('never answered', () => {
  it('ignores other bots, our own messages, edits and deletions, and channel messages without a mention', async () => {
    await h.sendEvent(botMessage(CLEAR));
    await h.sendEvent(dm(CLEAR, { bot_id: 'B0OTHER' }));
    await h.sendEvent(dm(CLEAR, { user: BOT_USER_ID }));
    await h.sendEvent(editedMessage(CLEAR));
    await h.sendEvent({ type: 'message', subtype: 'message_deleted', channel: DM_CHANNEL, channel_type: 'im', ts: nextTs(), deleted_ts: nextTs(), hidden: true });
    await h.sendEvent(channelMessage(CLEAR));
    await h.sendEvent(mention(CLEAR, { bot_id: 'B0OTHER' }));
    await h.settle();
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
    // The app is still answering people.
    await h.sendEvent(dm(CLEAR));
    await h.fake.waitFor('chat.postMessage');
  });

  it("ignores Slackbot's notices in the DM (user USLACKBOT, no bot_id), so they are neither answered nor counted as questions", async () => {
    await h.sendEvent(dm('You have been removed from #general by Ann.', { user: 'USLACKBOT' }));
    await h.settle();
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('acks a retried event (same event_id, x-slack-retry-num) without answering it again', async () => {
    const event = dm(CLEAR);
    const first = await h.sendEvent(event);
    await h.fake.waitFor('chat.postMessage');
    const retry = await h.sendEvent(event, { eventId: first.eventId, retryNum: 1 });
    expect(retry.response.status).toBe(200);
    const again = await h.sendEvent(event, { eventId: first.eventId, retryNum: 2 });
    expect(again.response.status).toBe(200);
    // A different event after the retries is answered: the retries were processed and dropped, not lost in flight.
    await h.sendEvent(dm('what does iot stand for'));
    await h.fake.waitFor('chat.postMessage', 2);
    await h.settle();
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(h.logs.filter((l) => l.includes('slack.duplicate_event')).join('\n')).toContain(first.eventId);
  });
});
