/** Votes without HTTP: plain calls with a stub Slack client. */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../src/log.js';
import { loadServices } from '../../../../src/services.js';
import { handleVote, voterId } from '../../../../src/slack/features/feedback/feedback.js';
import { linkFeatures } from '../../../../src/slack/slackApp.js';
import { stubClient } from '../../../support/stubClient.js';

const lines: string[] = [];
const services = loadServices({ logger: createLogger('debug', (l) => lines.push(l)) });
const links = linkFeatures({ adminUserIds: [], welcomeNewMembers: true });

describe('handleVote', () => {
  it('rebuilds the answer when the payload has no blocks (ephemeral) and responds in place', async () => {
    const { client, updates, ephemerals } = stubClient();
    const sent: Record<string, unknown>[] = [];
    const respond = async (m: unknown) => (sent.push(m as Record<string, unknown>), new Response('ok'));
    const entry = services.kb.entries[0]!;
    await handleVote({ services, client, respond }, links, { userId: 'U1', place: { kind: 'ephemeral' }, ref: { kind: 'ephemeral' }, channelId: 'C1' }, {}, 'up', JSON.stringify({ e: entry.id, q: 'q', c: 0.9 }));
    expect(updates).toEqual([]);
    expect(ephemerals).toEqual([]);
    expect(sent[0]).toMatchObject({ replace_original: true });
    // The shared services have no database: the thank-you says the vote was not saved.
    expect(JSON.stringify(sent[0])).toContain('could not be saved');
    expect(JSON.stringify(sent[0])).toContain(JSON.stringify(entry.answer.trim()).slice(1, 40));
  });

  it('in a channel thread posts an ephemeral thank-you in the thread and never touches the answer', async () => {
    const { client, updates, ephemerals, posts } = stubClient();
    const entry = services.kb.entries[0]!;
    const click = { userId: 'U1', place: { kind: 'channel' as const, channel: 'C1', threadTs: '5.5' }, ref: { kind: 'message' as const, channel: 'C1', ts: '6.6' }, channelId: 'C1' };
    await handleVote({ services, client }, links, click, { blocks: [], text: 'answer' }, 'down', JSON.stringify({ e: entry.id, q: 'q', c: 0.9 }));
    expect(updates).toEqual([]);
    expect(posts).toEqual([]);
    expect(ephemerals).toEqual([expect.objectContaining({ channel: 'C1', user: 'U1', thread_ts: '5.5' })]);
  });
});

describe('voterId', () => {
  it('votes are keyed per workspace', () => {
    expect(voterId('U1', 'T1')).toBe('T1:U1');
    expect(voterId('U1')).toBe('U1');
  });
});
