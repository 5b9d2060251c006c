/**
 * A slow or rate-limited Slack, end to end through Bolt against the fake Web
 * API: one person's 429 never holds up another's reply, a post that timed
 * out is not sent twice, and a response_url that never answers gives up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log.js';
import { loadServices } from '../../../src/services.js';
import { createSlackApp, type SlackApp } from '../../../src/slack/slackApp.js';
import { FakeSlack } from '../../support/fakeSlack.js';
import { dm, envelope } from '../../support/payloads.js';
import { signedHeaders } from '../../support/signing.js';

const SECRET = 'test-signing-secret-0123456789abcdef';
let fake: FakeSlack;
let slack: SlackApp;
const logs: string[] = [];

beforeAll(async () => {
  fake = await FakeSlack.start();
  const logger = createLogger('debug', (line) => logs.push(line));
  const services = loadServices({ logger });
  slack = createSlackApp(
    { mode: 'http', port: 0, signingSecret: SECRET, botToken: 'xoxb-test-token', slackApiUrl: fake.apiUrl, logLevel: 'debug', feedback: { databasePath: ':unused:', recordQuestions: true, retentionDays: 90 }, features: { adminUserIds: [], welcomeNewMembers: true } },
    services,
    { fetch: fake.fetch, timeoutMs: 400, drainTimeoutMs: 3000 },
  );
  await slack.start();
});
afterAll(async () => {
  await slack.stop();
  await fake.close();
});

async function send(event: Record<string, unknown>): Promise<void> {
  const body = JSON.stringify(envelope(event as never));
  const res = await fetch(`http://127.0.0.1:${slack.port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...signedHeaders(SECRET, body) }, body });
  expect(res.status).toBe(200);
}

describe('a rate-limited call', () => {
  it('waits alone: another person’s reply goes out meanwhile, then the limited one is sent once more', async () => {
    fake.reset();
    fake.rateLimitNext('chat.postMessage', 1, (body) => body.channel === 'D0SLOW');
    await send(dm('what does m2m stand for?', { channel: 'D0SLOW' }));
    await fake.waitFor('chat.postMessage', 1);
    await send(dm('what does iot stand for?', { channel: 'D0FAST' }));
    const posts = await fake.waitFor('chat.postMessage', 3);
    expect(posts.map((p) => p.body.channel)).toEqual(['D0SLOW', 'D0FAST', 'D0SLOW']);
    expect(posts.map((p) => (p.response as { ok?: boolean } | undefined)?.ok)).toEqual([false, true, true]);
  });
});

describe('a post that times out', () => {
  it('is not sent again, and the failure is logged', async () => {
    fake.reset();
    fake.delay('chat.postMessage', 700);
    await send(dm('what does m2m stand for?', { channel: 'D0TIMEOUT' }));
    // Once the handler has given up, any blind retry of the post would already have been made.
    await expect.poll(() => logs.some((l) => l.includes('slack.handler_failed')), { timeout: 5000 }).toBe(true);
    expect(await slack.inflight.idle(5000)).toBe(true);
    const answers = fake.callsTo('chat.postMessage').filter((p) => !String(p.body.text).startsWith('Something went wrong'));
    expect(answers).toHaveLength(1);
  });
});

describe('a response_url that never answers', () => {
  it('gives up after the timeout: the handler ends and a stop does not wait for it', async () => {
    fake.reset();
    fake.neverAnswer('silent');
    const body = new URLSearchParams({ command: '/iot-or-m2m', text: 'what does m2m stand for', user_id: 'U0HUMAN', team_id: 'T0TEAM', channel_id: 'C0CHAN', response_url: fake.responseUrl('silent'), trigger_id: '1.2.3', api_app_id: 'A0APP', token: 'x' }).toString();
    const res = await fetch(`http://127.0.0.1:${slack.port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(SECRET, body) }, body });
    expect(res.status).toBe(200);
    await fake.waitFor('response_url');
    expect(await slack.inflight.idle(2500)).toBe(true);
    expect(logs.some((l) => l.includes('slack.handler_failed') && /abort|timeout/i.test(l))).toBe(true);
  });
});
