/** Answering without HTTP: plain calls with a stub Slack client. */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../src/log.js';
import { loadServices } from '../../../../src/services.js';
import { onQuestionCommand } from '../../../../src/slack/features/ask/ask.js';
import { ERROR_TEXT } from '../../../../src/slack/plumbing/commonMessages.js';
import { linkFeatures } from '../../../../src/slack/slackApp.js';
import { stubClient } from '../../../support/stubClient.js';

const lines: string[] = [];
const services = loadServices({ logger: createLogger('debug', (l) => lines.push(l)) });
const links = linkFeatures({ adminUserIds: [], welcomeNewMembers: true });

describe('answering a question', () => {
  it('posts the reply at the place', async () => {
    const { client, posts } = stubClient();
    await onQuestionCommand(links, { services, client, place: { kind: 'channel', channel: 'C1', threadTs: '5.5' }, userId: 'U1', surface: 'mention' }, 'what does m2m stand for');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channel: 'C1', thread_ts: '5.5', unfurl_links: false });
  });

  it('never throws: a failed post is followed by "something went wrong", a second failure is only logged', async () => {
    const once = stubClient(['channel_not_found']);
    await onQuestionCommand(links, { services, client: once.client, place: { kind: 'channel', channel: 'C1' }, userId: 'U1', surface: 'dm' }, 'hi');
    expect(once.posts.map((p) => p.text)).toEqual([expect.any(String), ERROR_TEXT]);
    const twice = stubClient(['ratelimited', 'ratelimited']);
    await expect(onQuestionCommand(links, { services, client: twice.client, place: { kind: 'channel', channel: 'C1' }, userId: 'U1', surface: 'dm' }, 'hi')).resolves.toBeUndefined();
    expect(lines.some((l) => l.includes('slack.error_reply_failed') && l.includes('ratelimited'))).toBe(true);
  });
});
