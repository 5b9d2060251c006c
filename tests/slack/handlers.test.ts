/** The listener logic without HTTP: plain calls with a stub Slack client. */
import type { webApi } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { disabledStore, type QuestionRecord } from '../../src/feedback/index.js';
import { ERROR_TEXT } from '../../src/blocks/messages.js';
import { createLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';
import { handleCommand, handleFeedback, handleQuestion, statsFor } from '../../src/slack/handlers.js';

const lines: string[] = [];
const services = loadServices({ logger: createLogger('debug', (l) => lines.push(l)) });

function stubClient(fail: string[] = []) {
  const posts: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];
  const ephemerals: Record<string, unknown>[] = [];
  const client = {
    chat: {
      postMessage: async (args: Record<string, unknown>) => {
        posts.push(args);
        const error = fail.shift();
        if (error) throw Object.assign(new Error(`An API error occurred: ${error}`), { data: { ok: false, error } });
        return { ok: true, channel: args.channel, ts: '1.1' };
      },
      update: async (args: Record<string, unknown>) => (updates.push(args), { ok: true }),
      postEphemeral: async (args: Record<string, unknown>) => (ephemerals.push(args), { ok: true }),
    },
    conversations: { open: async () => ({ ok: true, channel: { id: 'D9' } }) },
  };
  return { client: client as unknown as webApi.WebClient, posts, updates, ephemerals };
}

describe('handlers', () => {
  it('handleQuestion posts the reply at the place', async () => {
    const { client, posts } = stubClient();
    await handleQuestion({ services, client }, { kind: 'channel', channel: 'C1', threadTs: '5.5' }, 'what does m2m stand for', 'mention');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channel: 'C1', thread_ts: '5.5', unfurl_links: false });
  });

  it('handleQuestion never throws: a failed post is followed by "something went wrong", a second failure is only logged', async () => {
    const once = stubClient(['channel_not_found']);
    await handleQuestion({ services, client: once.client }, { kind: 'channel', channel: 'C1' }, 'hi', 'dm');
    expect(once.posts.map((p) => p.text)).toEqual([expect.any(String), ERROR_TEXT]);
    const twice = stubClient(['ratelimited', 'ratelimited']);
    await expect(handleQuestion({ services, client: twice.client }, { kind: 'channel', channel: 'C1' }, 'hi', 'dm')).resolves.toBeUndefined();
    expect(lines.some((l) => l.includes('slack.error_reply_failed') && l.includes('ratelimited'))).toBe(true);
  });

  it('handleCommand routes help / question / chooser / quiz / stats to ephemeral responses', async () => {
    const { client, posts } = stubClient();
    const sent: Record<string, unknown>[] = [];
    const respond = async (m: unknown) => (sent.push(m as Record<string, unknown>), new Response('ok'));
    for (const text of ['help', 'what is m2m', '', 'quiz', 'stats']) await handleCommand({ services, client, respond }, { text, userId: 'U1' }, { adminUserIds: [] });
    expect(sent).toHaveLength(5);
    expect(sent.every((m) => m.response_type === 'ephemeral' && m.replace_original === false)).toBe(true);
    expect(String(sent[2]?.text)).toMatch(/^Question 1 of \d+/);
    expect(String(sent[3]?.text)).toMatch(/Question 1 of 5/);
    expect(String(sent[4]?.text)).toMatch(/only admins/i);
    expect(posts).toEqual([]);
  });

  it('statsFor: the compact report for admins (saying when feedback is off), a refusal for others', () => {
    expect(statsFor(services, 'U1', { adminUserIds: ['U2'] }).text).toMatch(/only admins can see stats/);
    const shown = statsFor(services, 'U2', { adminUserIds: ['U2'] });
    expect(shown.text).toMatch(/Feedback all time/);
    expect(JSON.stringify(shown.blocks)).toContain('Feedback is not being recorded');
  });

  it('statsFor ranks only the unanswered questions it shows, however many there are', () => {
    const questions: QuestionRecord[] = Array.from({ length: 200 }, (_, i) => ({ id: i + 1, text: `unknown thing number ${i % 50}`, outcome: 'fallback', candidates: [], chosenEntryId: null, at: new Date() }));
    const feedback = { ...disabledStore('', ''), enabled: true, reason: undefined, questions: () => questions };
    const rank = vi.spyOn(services.engine, 'rank');
    try {
      const shown = statsFor({ ...services, feedback }, 'U2', { adminUserIds: ['U2'] });
      expect(rank.mock.calls.length).toBeLessThanOrEqual(5);
      expect(shown.text).toMatch(/200 questions/);
      expect(JSON.stringify(shown.blocks).match(/• 4×/g)).toHaveLength(5);
    } finally {
      rank.mockRestore();
    }
  });

  it('handleFeedback rebuilds the answer when the payload has no blocks (ephemeral) and responds in place', async () => {
    const { client, updates, ephemerals } = stubClient();
    const sent: Record<string, unknown>[] = [];
    const respond = async (m: unknown) => (sent.push(m as Record<string, unknown>), new Response('ok'));
    const entry = services.kb.entries[0]!;
    await handleFeedback({ services, client, respond }, { userId: 'U1', place: { kind: 'ephemeral' }, ref: { kind: 'ephemeral' }, channelId: 'C1' }, {}, 'up', JSON.stringify({ e: entry.id, q: 'q', c: 0.9 }));
    expect(updates).toEqual([]);
    expect(ephemerals).toEqual([]);
    expect(sent[0]).toMatchObject({ replace_original: true });
    // The shared services have no database: the thank-you says the vote was not saved.
    expect(JSON.stringify(sent[0])).toContain('could not be saved');
    expect(JSON.stringify(sent[0])).toContain(JSON.stringify(entry.answer.trim()).slice(1, 40));
  });

  it('handleFeedback in a channel thread posts an ephemeral thank-you in the thread and never touches the answer', async () => {
    const { client, updates, ephemerals, posts } = stubClient();
    const entry = services.kb.entries[0]!;
    const click = { userId: 'U1', place: { kind: 'channel' as const, channel: 'C1', threadTs: '5.5' }, ref: { kind: 'message' as const, channel: 'C1', ts: '6.6' }, channelId: 'C1' };
    await handleFeedback({ services, client }, click, { blocks: [], text: 'answer' }, 'down', JSON.stringify({ e: entry.id, q: 'q', c: 0.9 }));
    expect(updates).toEqual([]);
    expect(posts).toEqual([]);
    expect(ephemerals).toEqual([expect.objectContaining({ channel: 'C1', user: 'U1', thread_ts: '5.5' })]);
  });
});
