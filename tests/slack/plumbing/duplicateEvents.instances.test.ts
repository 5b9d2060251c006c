/**
 * Several app instances on one store (a rolling deploy, or processes behind
 * a load balancer), on SQLite and on PostgreSQL, through Bolt against the
 * fake Web API: Slack's retries and re-sent messages are answered once,
 * whichever instance gets them, and across a restart; each new member is
 * welcomed once; one vote per person per answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log.js';
import { loadServices } from '../../../src/services.js';
import { createSlackApp, type SlackApp } from '../../../src/slack/slackApp.js';
import { FakeSlack } from '../../support/fakeSlack.js';
import { buttonsOf, blocksOf, type ButtonInfo } from '../../support/harness.js';
import { blockActions, dm, envelope, teamJoin } from '../../support/payloads.js';
import { signedHeaders } from '../../support/signing.js';
import { backends, type Place } from '../../store/backends.js';

const SECRET = 'test-signing-secret-0123456789abcdef';
let fake: FakeSlack;

for (const backend of backends) {
describe.skipIf(backend.skip !== undefined)(`instances sharing one store on ${backend.name}`, () => {
let place: Place;
const apps: SlackApp[] = [];

async function instance(): Promise<SlackApp> {
  const logger = createLogger('error', () => {});
  const { store } = await place.open({ logger });
  const services = loadServices({ logger, store });
  const app = createSlackApp(
    { mode: 'http', port: 0, signingSecret: SECRET, botToken: 'xoxb-test-token', slackApiUrl: fake.apiUrl, logLevel: 'error', feedback: { databasePath: ':unused:', recordQuestions: true, retentionDays: 90 }, features: { adminUserIds: [], welcomeNewMembers: true } },
    services,
    { fetch: fake.fetch },
  );
  await app.start();
  apps.push(app);
  return app;
}

async function send(app: SlackApp, event: Record<string, unknown>, eventId: string, retryNum?: number): Promise<void> {
  const body = JSON.stringify(envelope(event as never, eventId));
  const headers: Record<string, string> = { 'content-type': 'application/json', ...signedHeaders(SECRET, body) };
  if (retryNum !== undefined) Object.assign(headers, { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' });
  const res = await fetch(`http://127.0.0.1:${app.port}/slack/events`, { method: 'POST', headers, body });
  expect(res.status).toBe(200);
}

/** A click on `button` of the message at `channel`/`ts`, sent to one instance. */
async function click(app: SlackApp, button: ButtonInfo, channel: string, ts: string, message: Record<string, unknown>): Promise<void> {
  const payload = blockActions({ actionId: button.action_id, value: button.value, channel, messageTs: ts, blocks: blocksOf(message), text: String(message.text ?? ''), responseUrl: fake.responseUrl('click') });
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  const res = await fetch(`http://127.0.0.1:${app.port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(SECRET, body) }, body });
  expect(res.status).toBe(200);
}

const settle = async () => {
  for (const app of apps) await app.inflight.idle(3000);
};

beforeAll(async () => {
  place = await backend.place();
  fake = await FakeSlack.start();
});
afterAll(async () => {
  for (const app of apps.splice(0)) await app.stop();
  await place?.remove();
  await fake?.close();
});

  it('answer an event once when Slack retries it on the other instance, at the same moment or later', async () => {
    const [a, b] = [await instance(), await instance()];
    const question = dm('what does m2m stand for?', { channel: 'D0ONCE' });
    await Promise.all([send(a!, question, 'Ev0ONCE'), send(b!, question, 'Ev0ONCE', 1)]);
    await send(b!, question, 'Ev0ONCE', 2);
    await settle();
    expect(fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D0ONCE')).toHaveLength(1);
  });

  it('answer a message Slack sends again under a new event_id once', async () => {
    const [a, b] = apps;
    const question = dm('what does iot stand for?', { channel: 'D0RESENT', ts: '1700000000.000100' });
    await send(a!, question, 'Ev0FIRST');
    await send(b!, question, 'Ev0SECOND');
    await settle();
    expect(fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D0RESENT')).toHaveLength(1);
  });

  it('remember claims across a restart', async () => {
    const question = dm('who wrote the article?', { channel: 'D0RESTART' });
    await send(apps[0]!, question, 'Ev0RESTART');
    await settle();
    const restarted = await instance();
    await send(restarted, question, 'Ev0RESTART', 1);
    await settle();
    expect(fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D0RESTART')).toHaveLength(1);
  });

  it('welcome a new member once, whichever instance gets which event', async () => {
    const [a, b] = apps;
    await send(a!, teamJoin({ id: 'U0NEWONE' }), 'Ev0JOIN1');
    await send(b!, teamJoin({ id: 'U0NEWONE' }), 'Ev0JOIN2');
    await settle();
    expect(fake.callsTo('conversations.open').filter((c) => c.body.users === 'U0NEWONE')).toHaveLength(1);
  });

  it('keep one vote per person per answer, whichever instance gets each click', async () => {
    const [a, b] = apps;
    const question = dm('what does m2m stand for?', { channel: 'D0VOTES' });
    await send(a!, question, 'Ev0VOTEQ');
    await settle();
    const [answer] = fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D0VOTES');
    const ts = String(answer!.response?.ts);
    // Up on one instance, down on the other, down again: one row, the last vote.
    for (const [app, action] of [[a, 'feedback:up'], [b, 'feedback:down'], [a, 'feedback:down']] as const) {
      const button = buttonsOf(answer!.body).find((candidate) => candidate.action_id === action);
      expect(button, action).toBeDefined();
      await click(app!, button!, 'D0VOTES', ts, answer!.body);
      await settle();
    }
    await settle();
    const rows = await place.rows('SELECT vote FROM votes');
    expect(rows.map((r) => Number(r.vote))).toEqual([-1]);
  });
});
}
