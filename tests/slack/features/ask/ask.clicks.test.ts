/** Clicks under answers end to end: the chosen answer, in the same place. */
import { describe, expect, it } from 'vitest';
import { decodeAskValue } from '../../../../src/slack/features/ask/askActions.js';
import { OPENED_DM } from '../../../support/fakeSlack.js';
import { blocksOf, buttonsOf, questionOfKind, useHarness } from '../../../support/harness.js';
import { CHANNEL, dm, DM_CHANNEL, HUMAN, mention, nextTs } from '../../../support/payloads.js';

const h = useHarness();

function firstSection(body: Record<string, unknown>): string {
  return blocksOf(body).find((b) => b.type === 'section')?.text?.text ?? '';
}

describe('"did you mean" clicks', () => {
  it('posts the chosen answer in the same DM', async () => {
    await h.sendEvent(dm(questionOfKind(h.services, 'clarify')));
    const [clarify] = await h.fake.waitFor('chat.postMessage');
    const choice = buttonsOf(clarify!.body).filter((b) => b.action_id.startsWith('ask:clarify:'))[1];
    if (!choice) throw new Error('expected at least two choices');
    h.fake.reset();
    const res = await h.click({ actionId: choice.action_id, value: choice.value, channel: DM_CHANNEL, messageTs: '1800000000.000001', blocks: blocksOf(clarify!.body) });
    expect(res.status).toBe(200);
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.body.channel).toBe(DM_CHANNEL);
    expect(post?.body.thread_ts).toBeUndefined();
    expect(firstSection(post!.body)).toBe(h.services.kb.byId.get(decodeAskValue(choice.value).entryId)?.answer.trim());
  });

  it('posts the chosen answer in the same thread for a mention', async () => {
    const event = mention(questionOfKind(h.services, 'clarify'));
    await h.sendEvent(event);
    const [clarify] = await h.fake.waitFor('chat.postMessage');
    expect(clarify?.body.thread_ts).toBe(event.ts);
    const choice = buttonsOf(clarify!.body)[0]!;
    h.fake.reset();
    await h.click({ actionId: choice.action_id, value: choice.value, channel: CHANNEL, threadTs: event.ts as string });
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.body).toMatchObject({ channel: CHANNEL, thread_ts: event.ts });
    expect(firstSection(post!.body)).toBe(h.services.kb.byId.get(decodeAskValue(choice.value).entryId)?.answer.trim());
  });
});

describe('follow-up and starter clicks', () => {
  it('posts a follow-up answer in the same thread', async () => {
    const entry = h.services.kb.entries.find((e) => e.related.length > 0)!;
    const related = h.services.kb.byId.get(entry.related[0]!)!;
    const parent = nextTs();
    await h.click({ actionId: 'ask:followup:0', value: related.id, channel: CHANNEL, threadTs: parent });
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.body).toMatchObject({ channel: CHANNEL, thread_ts: parent });
    expect(firstSection(post!.body)).toBe(related.answer.trim());
    expect(buttonsOf(post!.body).map((b) => b.action_id)).toContain('feedback:up');
  });

  it('answers a follow-up on an ephemeral message ephemerally, through response_url', async () => {
    const entry = h.services.kb.entries[0]!;
    await h.click({ actionId: 'ask:followup:1', value: entry.id, channel: CHANNEL, ephemeral: true });
    const [reply] = await h.fake.waitFor('response_url');
    expect(reply?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(firstSection(reply!.body)).toBe(entry.answer.trim());
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('answers a starter clicked on the Home tab in the user\'s DM', async () => {
    const entry = h.services.kb.entries[0]!;
    await h.click({ actionId: 'ask:starter:0', value: entry.id });
    const [open] = await h.fake.waitFor('conversations.open');
    expect(open?.body.users).toBe(HUMAN);
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.body.channel).toBe(OPENED_DM);
    expect(firstSection(post!.body)).toBe(entry.answer.trim());
  });

  it('copes with a button for an entry that no longer exists', async () => {
    await h.click({ actionId: 'ask:followup:0', value: 'no-such-entry', channel: DM_CHANNEL });
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.text as string).toMatch(/can't find that question/);
  });
});
