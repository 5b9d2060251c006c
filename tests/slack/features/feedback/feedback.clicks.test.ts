/** 👍/👎 clicks end to end: the vote recorded, the voter thanked in the right place. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { VoteInput } from '../../../../src/feedback/types.js';
import { disabledStore, type Store } from '../../../../src/store/store.js';
import { FEEDBACK_OUTDATED_TEXT } from '../../../../src/slack/features/feedback/feedbackBlocks.js';
import { METHOD_SCOPES } from '../../../../src/slack/plumbing/capabilities.js';
import { TEAM_ID } from '../../../support/fakeSlack.js';
import { blocksOf, buttonsOf, withoutRevisions, type Harness, startHarness } from '../../../support/harness.js';
import { CHANNEL, dm, DM_CHANNEL, HUMAN, mention, nextTs } from '../../../support/payloads.js';

const votes: VoteInput[] = [];
/** A store that keeps votes in a list (the SQLite store is tested end to end in feedback.test.ts). */
const recording: Store = { ...disabledStore('', ''), enabled: true, reason: undefined, recordVote: (v) => (votes.push(v), Promise.resolve({ saved: true, previous: null })) };
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ services: { store: recording } });
});
afterEach(() => {
  h.fake.reset();
  votes.length = 0;
});
afterAll(async () => {
  expect(h.fake.blocked).toEqual([]);
  for (const call of h.fake.history) if (call.method !== 'response_url') expect(Object.keys(METHOD_SCOPES)).toContain(call.method);
  await h.close();
});

describe('feedback', () => {
  it('in a DM: replaces 👍/👎 by a thank-you that keeps both buttons (the chosen one highlighted), and records the vote', async () => {
    await h.sendEvent(dm('what does m2m stand for'));
    const [answer] = await h.fake.waitFor('chat.postMessage');
    const up = buttonsOf(answer!.body).find((b) => b.action_id === 'feedback:up')!;
    h.fake.reset();
    const ts = '1800000000.000777';
    await h.click({ actionId: up.action_id, value: up.value, channel: DM_CHANNEL, messageTs: ts, blocks: blocksOf(answer!.body), text: answer!.body.text as string });
    const [update] = await h.fake.waitFor('chat.update');
    expect(update?.body).toMatchObject({ channel: DM_CHANNEL, ts });
    const blocks = blocksOf(update!.body);
    const before = blocksOf(answer!.body);
    // The answer is unchanged; the feedback row became a thank-you line and the same two buttons.
    expect(withoutRevisions(blocks.slice(0, before.length - 1))).toEqual(before.slice(0, -1));
    // Slack asks for new block ids when a message is updated.
    const earlier = new Set(before.map((b) => b.block_id));
    expect(blocks.filter((b) => b.block_id !== undefined && earlier.has(b.block_id))).toEqual([]);
    expect(withoutRevisions(blocks.slice(before.length - 1)).map((b) => [b.type, b.block_id])).toEqual([
      ['context', 'feedback_thanks'],
      ['actions', 'feedback'],
    ]);
    expect(JSON.stringify(blocks)).toContain('Thanks for the feedback. Changed your mind?');
    expect(buttonsOf(update!.body).filter((b) => b.action_id.startsWith('feedback:')).map((b) => [b.action_id, b.style, b.value])).toEqual([
      ['feedback:up', 'primary', up.value],
      ['feedback:down', undefined, up.value],
    ]);
    expect(update?.body.text).toBe(answer?.body.text);
    const decision = h.services.engine.ask('what does m2m stand for');
    expect(votes).toEqual([{ userId: `${TEAM_ID}:${HUMAN}`, entryId: decision.kind === 'answer' ? decision.entry.id : '?', question: 'what does m2m stand for', confidence: expect.any(Number), vote: 'up' }]);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(h.fake.callsTo('chat.postEphemeral')).toEqual([]);
  });

  it('in a channel thread: leaves the answer as everyone sees it and thanks the voter privately, in the thread', async () => {
    const event = mention('what does m2m stand for');
    await h.sendEvent(event);
    const [answer] = await h.fake.waitFor('chat.postMessage');
    expect(answer!.body.thread_ts).toBe(event.ts);
    h.fake.reset();
    await h.clickButton(answer!, 'feedback:down', { userId: 'U0VOTER' });
    const [thanks] = await h.fake.waitFor('chat.postEphemeral');
    expect(thanks!.body).toMatchObject({ channel: CHANNEL, user: 'U0VOTER', thread_ts: event.ts });
    expect(thanks!.body.text as string).toMatch(/^👎 Thanks for the feedback/);
    await h.settle();
    expect(h.fake.callsTo('chat.update')).toEqual([]);
    expect(h.fake.callsTo('response_url')).toEqual([]);
    expect(votes.map((v) => [v.userId, v.vote])).toEqual([[`${TEAM_ID}:U0VOTER`, 'down']]);
  });

  it('on an ephemeral answer: thanks through response_url (replace_original), keeping the buttons', async () => {
    await h.command('what does m2m stand for');
    const [reply] = await h.fake.waitFor('response_url');
    const down = buttonsOf(reply!.body).find((b) => b.action_id === 'feedback:down')!;
    h.fake.reset();
    await h.click({ actionId: down.action_id, value: down.value, channel: CHANNEL, ephemeral: true });
    const [thanks] = await h.fake.waitFor('response_url');
    expect(thanks?.body.replace_original).toBe(true);
    expect(JSON.stringify(thanks?.body.blocks)).toContain('Thanks for the feedback');
    expect(buttonsOf(thanks!.body).filter((b) => b.action_id.startsWith('feedback:')).map((b) => b.style)).toEqual([undefined, 'primary']);
    expect(votes.map((v) => v.vote)).toEqual(['down']);
    expect(h.fake.callsTo('chat.postEphemeral')).toEqual([]);
  });

  it('still answers the click when recording the vote throws, saying it could not be saved', async () => {
    const failing = vi.spyOn(h.services.store, 'recordVote').mockImplementation(() => {
      throw new Error('disk full');
    });
    const entry = h.services.kb.entries[0]!;
    const value = JSON.stringify({ e: entry.id, q: 'x', c: 1 });
    await h.click({ actionId: 'feedback:up', value, channel: DM_CHANNEL });
    const [update] = await h.fake.waitFor('chat.update');
    expect(JSON.stringify(update!.body.blocks)).toContain('could not be saved');
    expect(h.logs.some((l) => l.includes('slack.feedback_not_recorded') && l.includes('disk full'))).toBe(true);
    failing.mockRestore();
  });

  it('ignores a malformed feedback value', async () => {
    await h.click({ actionId: 'feedback:up', value: 'not json', channel: DM_CHANNEL });
    await h.settle();
    expect(h.fake.calls).toEqual([]);
    expect(votes).toEqual([]);
  });

  it('does not record a vote for an entry the knowledge base no longer has, and tells the voter', async () => {
    const value = JSON.stringify({ e: 'no-such-entry', q: 'what is m2m', c: 0.9 });
    await h.click({ actionId: 'feedback:up', value, channel: CHANNEL, threadTs: nextTs(), userId: 'U0VOTER' });
    const [notice] = await h.fake.waitFor('chat.postEphemeral');
    expect(notice!.body).toMatchObject({ channel: CHANNEL, user: 'U0VOTER', text: FEEDBACK_OUTDATED_TEXT });
    await h.click({ actionId: 'feedback:down', value, channel: DM_CHANNEL });
    const [dmNotice] = await h.fake.waitFor('response_url');
    expect(dmNotice!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: FEEDBACK_OUTDATED_TEXT });
    await h.settle();
    expect(votes).toEqual([]);
    expect(h.fake.callsTo('chat.update')).toEqual([]);
    expect(h.logs.filter((l) => l.includes('slack.feedback_unknown_entry') && l.includes('no-such-entry'))).toHaveLength(2);
  });
});
