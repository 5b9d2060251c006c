/**
 * Three app processes in HTTP mode (`node dist/app.js`, as deployed behind a
 * load balancer), one PostgreSQL, one fake Slack. A burst of events with
 * some sent again, with Slack's retry headers, to another instance (some at
 * the same moment), then votes, "did you mean" clicks and stats spread over
 * the instances, and one instance stopped with SIGTERM in the middle of a
 * burst of votes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAskValue } from '../../src/slack/features/ask/askActions.js';
import { hashUser } from '../../src/store/hashKey.js';
import { FakeSlack, TEAM_ID, type RecordedCall } from '../support/fakeSlack.js';
import { blocksOf, buttonsOf, textOf, type ButtonInfo } from '../support/harness.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { blockActions, dm, envelope, slashCommand, teamJoin } from '../support/payloads.js';
import { freshDatabase, postgresUrl, queryRows } from '../support/postgres.js';
import { signedHeaders } from '../support/signing.js';
import { tempDir } from '../feedback/helpers.js';

const SECRET = 'multi-instance-signing-secret-0123456789';
const HASH_KEY = 'h'.repeat(48);
const ADMIN = 'U0ADMIN';
const QUESTIONS = ['what does m2m stand for?', 'who wrote the article?', 'what is iot', 'is m2m point to point?', 'which industries use iot?', 'does iot need humans?'];

interface Instance {
  port: number;
  process: ChildProcess;
  log: string[];
}

let fake: FakeSlack;
let database: Awaited<ReturnType<typeof freshDatabase>>;
let folder: ReturnType<typeof tempDir>;
const instances: Instance[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** Starts `node dist/app.js` in HTTP mode in a folder of its own (no .env), and waits for /healthz. */
async function startInstance(): Promise<Instance> {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? '',
    SLACK_BOT_TOKEN: 'xoxb-multi-instance-token',
    SLACK_SIGNING_SECRET: SECRET,
    PORT: String(port),
    SLACK_API_URL: fake.apiUrl,
    DATABASE_URL: database.url,
    FEEDBACK_HASH_KEY: HASH_KEY,
    ADMIN_USER_IDS: ADMIN,
    KNOWLEDGE_DIR: resolve('knowledge'),
    LOG_LEVEL: 'warn',
  };
  const child = spawn(process.execPath, [resolve('dist/app.js')], { cwd: folder.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  child.stdout?.on('data', (chunk) => log.push(String(chunk)));
  child.stderr?.on('data', (chunk) => log.push(String(chunk)));
  const instance = { port, process: child, log };
  instances.push(instance);
  const until = Date.now() + 20_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (ok) return instance;
    if (child.exitCode !== null || Date.now() > until) throw new Error(`instance on port ${port} did not start:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function post(instance: Instance, body: string, contentType: string, extra: Record<string, string> = {}): Promise<number> {
  try {
    const res = await fetch(`http://127.0.0.1:${instance.port}/slack/events`, { method: 'POST', headers: { 'content-type': contentType, ...signedHeaders(SECRET, body), ...extra }, body });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0; // Refused: the instance has stopped.
  }
}

function sendEvent(instance: Instance, event: Record<string, unknown>, eventId: string, retryNum?: number): Promise<number> {
  const retry: Record<string, string> = retryNum === undefined ? {} : { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' };
  return post(instance, JSON.stringify(envelope(event as never, eventId)), 'application/json', retry);
}

function click(instance: Instance, message: RecordedCall, button: ButtonInfo | undefined, userId: string): Promise<number> {
  if (!button) throw new Error(`no such button on the message: ${JSON.stringify(message.body)}\n${instances.map((i) => i.log.join('')).join('\n')}`);
  const payload = blockActions({
    actionId: button.action_id,
    value: button.value,
    channel: String(message.body.channel),
    messageTs: String(message.response?.ts),
    blocks: blocksOf(message.body),
    text: String(message.body.text ?? ''),
    responseUrl: fake.responseUrl(`click-${userId}`),
    userId,
  });
  return post(instance, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
}

async function waitUntil(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}\n${instances.map((i) => i.log.join('')).join('\n')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const rows = (sql: string) => queryRows(database.url, sql);

const postsTo = (channel: string) => fake.history.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);

describe.skipIf(!postgresUrl)('three instances, one PostgreSQL', () => {
  beforeAll(async () => {
    folder = tempDir('multi-instance-');
    database = await freshDatabase();
    fake = await FakeSlack.start();
    // Started together, so they also race to create the schema.
    await Promise.all([startInstance(), startInstance(), startInstance()]);
  }, 60_000);

  afterAll(async () => {
    for (const instance of instances) {
      if (instance.process.exitCode === null) {
        const exited = new Promise((r) => instance.process.once('exit', r));
        instance.process.kill('SIGTERM');
        await exited;
      }
    }
    await fake?.close();
    await database?.drop();
    folder?.cleanup();
  }, 60_000);

  it('answers every event of a burst exactly once, retries on other instances included, and welcomes each person once', async () => {
    const sends: Promise<number>[] = [];
    const retries: Promise<number>[] = [];
    for (let i = 0; i < 45; i++) {
      const eventId = `Ev0BURST${i}`;
      const event = dm(QUESTIONS[i % QUESTIONS.length]!, { channel: `D0B${i}` });
      const first = instances[i % 3]!;
      const other = instances[(i + 1) % 3]!;
      sends.push(sendEvent(first, event, eventId));
      // About 15% are sent again to another instance: every other one at the same moment, the rest a little later.
      if (i % 7 === 0) {
        if (i % 14 === 0) sends.push(sendEvent(other, event, eventId, 1));
        else retries.push(new Promise((r) => setTimeout(r, 150)).then(() => sendEvent(other, event, eventId, 1)));
      }
    }
    for (let k = 0; k < 5; k++) {
      // A new member, announced twice under two event ids to two instances (Slack may send team_join more than once).
      sends.push(sendEvent(instances[k % 3]!, teamJoin({ id: `U0JOIN${k}` }), `Ev0JOIN${k}a`));
      sends.push(sendEvent(instances[(k + 2) % 3]!, teamJoin({ id: `U0JOIN${k}` }), `Ev0JOIN${k}b`));
    }
    const statuses = await Promise.all([...sends, ...retries]);
    expect(statuses.every((s) => s === 200)).toBe(true);

    await waitUntil('every question answered', () => Array.from({ length: 45 }, (_, i) => postsTo(`D0B${i}`).length).every((n) => n >= 1));
    await waitUntil('every newcomer welcomed', () => [0, 1, 2, 3, 4].every((k) => fake.history.some((c) => c.method === 'conversations.open' && c.body.users === `U0JOIN${k}`)));
    // Time for any duplicate to show.
    await new Promise((r) => setTimeout(r, 1000));
    // The instances' warnings (a claim given up, say) explain a duplicate.
    const logs = instances.map((i) => i.log.join('')).join('\n');
    for (let i = 0; i < 45; i++) expect(postsTo(`D0B${i}`), `D0B${i}\n${logs}`).toHaveLength(1);
    for (let k = 0; k < 5; k++) expect(fake.history.filter((c) => c.method === 'conversations.open' && c.body.users === `U0JOIN${k}`), `U0JOIN${k}`).toHaveLength(1);
  });

  it('keeps one vote row per person and answer, holding the last vote, whichever instance gets each click', async () => {
    const answer = postsTo('D0B0')[0]!;
    const [up, down] = ['feedback:up', 'feedback:down'].map((id) => buttonsOf(answer.body).find((b) => b.action_id === id)!);
    for (const [instance, button] of [[0, up], [1, down], [2, up], [0, down]] as const) {
      expect(await click(instances[instance]!, answer, button!, 'U0VOTER')).toBe(200);
      await waitUntil('the vote recorded', async () => (await rows('SELECT count(*)::int AS n FROM votes')).some((r) => Number(r.n) >= 1));
      await new Promise((r) => setTimeout(r, 100));
    }
    const voter = hashUser(HASH_KEY, `${TEAM_ID}:U0VOTER`);
    await waitUntil('the last vote', async () => (await rows(`SELECT vote FROM votes WHERE user_hash = '${voter}'`)).map((r) => Number(r.vote)).join() === '-1');
  });

  it('records a "did you mean" or starter click on the row of the question, whichever instance answered it', async () => {
    await sendEvent(instances[0]!, dm('what is the weather in paris tomorrow', { channel: 'D0UNSURE' }), 'Ev0UNSURE');
    await waitUntil('the fallback', () => postsTo('D0UNSURE').length === 1);
    const reply = postsTo('D0UNSURE')[0]!;
    const choice = buttonsOf(reply.body).find((b) => /^ask:(clarify|starter):/.test(b.action_id));
    expect(choice).toBeDefined();
    const value = decodeAskValue(choice!.value);
    expect(value.questionId).toBeDefined();
    expect(await click(instances[2]!, reply, choice!, 'U0PICKER')).toBe(200);
    await waitUntil('the choice recorded', async () => (await rows(`SELECT chosen_entry_id FROM questions WHERE id = ${Number(value.questionId)}`))[0]?.chosen_entry_id === value.entryId);
  });

  it('shows the same stats on every instance', async () => {
    const texts: string[] = [];
    for (const [n, instance] of instances.entries()) {
      const fields = slashCommand('stats', fake.responseUrl(`stats-${n}`), { userId: ADMIN });
      expect(await post(instance, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded')).toBe(200);
      await waitUntil('the stats', () => fake.history.some((c) => c.method === 'response_url' && c.responseId === `stats-${n}`));
      texts.push(String(fake.history.find((c) => c.method === 'response_url' && c.responseId === `stats-${n}`)?.body.text));
    }
    expect(texts[0]).toMatch(/question/);
    expect(new Set(texts).size).toBe(1);
  });

  it('answers with what an admin taught on one instance from every other instance within seconds', async () => {
    const gap = 'does each widget marry exactly one partner';
    const target = 'm2m-point-to-point';
    const answer = loadKnowledge(resolve('knowledge')).byId.get(target)!.answer.trim().slice(0, 40);
    const values = {
      entry: { 'teach:entry': { type: 'external_select', selected_option: { text: { type: 'plain_text', text: 'x' }, value: target } } },
      question: { value: { type: 'plain_text_input', value: gap } },
    };
    const submission = {
      type: 'view_submission',
      team: { id: TEAM_ID, domain: 'test' },
      user: { id: ADMIN, username: 'admin', name: 'admin', team_id: TEAM_ID },
      api_app_id: 'A0APP',
      token: 'legacy-verification-token',
      trigger_id: '111.222.abc',
      view: { id: 'V0MODAL', type: 'modal', callback_id: 'teach_add', private_metadata: '', state: { values }, hash: 'h1', blocks: [] },
    };
    const answered = async (instance: Instance, channel: string) => {
      await sendEvent(instance, dm(gap, { channel }), `Ev0${channel}`);
      await waitUntil('the reply', () => postsTo(channel).length === 1);
      return textOf(postsTo(channel)[0]!.body).includes(answer);
    };
    expect(await answered(instances[2]!, 'D0TEACH0')).toBe(false);
    const taught = Date.now();
    expect(await post(instances[0]!, new URLSearchParams({ payload: JSON.stringify(submission) }).toString(), 'application/x-www-form-urlencoded')).toBe(200);
    // Each instance reads the additions every SYNC_EVERY_MS (2 s); 10 s is only the point of giving up.
    let tries = 0;
    for (const other of [instances[1]!, instances[2]!]) {
      while (!(await answered(other, `D0TEACH${++tries}`))) {
        if (Date.now() - taught > 10_000) throw new Error(`an instance still does not answer with the addition after 10 s\n${other.log.join('')}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  });

  it('loses no acknowledged vote when one instance is stopped with SIGTERM in the middle of a burst', async () => {
    const answers = Array.from({ length: 30 }, (_, i) => postsTo(`D0B${i}`)[0]!);
    const stopped = instances[2]!;
    const acked: string[] = [];
    const clicks = answers.map(async (answer, i) => {
      const up = buttonsOf(answer.body).find((b) => b.action_id === 'feedback:up')!;
      await new Promise((r) => setTimeout(r, i * 10));
      const voter = `U0BURST${i}`;
      if ((await click(instances[i % 3]!, answer, up, voter)) === 200) acked.push(voter);
    });
    const exited = new Promise<number | null>((r) => stopped.process.once('exit', r));
    setTimeout(() => stopped.process.kill('SIGTERM'), 120);
    await Promise.all(clicks);
    expect(await exited).toBe(0);
    expect(acked.length).toBeGreaterThan(15);
    await waitUntil('every acknowledged vote stored', async () => {
      const stored = new Set((await rows('SELECT user_hash FROM votes')).map((r) => String(r.user_hash)));
      return acked.every((voter) => stored.has(hashUser(HASH_KEY, `${TEAM_ID}:${voter}`)));
    });
  });
});
