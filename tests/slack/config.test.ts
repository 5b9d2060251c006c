/** readConfig (pure) and main(): modes, half-configured environments, exit codes, graceful stop. */
import { EventEmitter } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/app.js';
import { CONFIG_EXIT_CODE, formatConfigProblems, normaliseApiUrl, readConfig, type Config } from '../../src/config.js';
import { FakeSlack } from '../support/fakeSlack.js';

const BOT = 'xoxb-1-abc';
const APP = 'xapp-1-def';
const SECRET = '8f14e45fceea167a5a36dedd4bea2543';

function problems(config: Config): string {
  if (config.mode !== 'invalid') throw new Error(`expected invalid, got ${config.mode}`);
  return formatConfigProblems(config.problems);
}

describe('readConfig', () => {
  it('no bot token: the terminal', () => {
    expect(readConfig({})).toEqual({ mode: 'terminal', logLevel: 'info' });
    expect(readConfig({ SLACK_BOT_TOKEN: '  ', LOG_LEVEL: 'debug' })).toEqual({ mode: 'terminal', logLevel: 'debug' });
  });

  it('bot + app token: Socket Mode (even with a signing secret)', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual({ mode: 'socket', botToken: BOT, appToken: APP, logLevel: 'info' });
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET }).mode).toBe('socket');
  });

  it('bot token + signing secret: HTTP on $PORT, default 3000', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toEqual({ mode: 'http', botToken: BOT, signingSecret: SECRET, port: 3000, logLevel: 'info' });
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '8080' })).toMatchObject({ mode: 'http', port: 8080 });
  });

  it('SLACK_API_URL is normalised to end with "/"', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'https://slack-gov.com/api' })).toMatchObject({ slackApiUrl: 'https://slack-gov.com/api/' });
    expect(normaliseApiUrl('http://127.0.0.1:9/api/')).toBe('http://127.0.0.1:9/api/');
    expect(normaliseApiUrl(undefined)).toBeUndefined();
    expect(normaliseApiUrl('ftp://x')).toBeNull();
    expect(normaliseApiUrl('not a url')).toBeNull();
  });

  it('a bot token alone says what is missing for each mode and where to get it', () => {
    const text = problems(readConfig({ SLACK_BOT_TOKEN: BOT }));
    expect(text).toContain('SLACK_APP_TOKEN');
    expect(text).toContain('SLACK_SIGNING_SECRET');
    expect(text).toContain('App-Level Tokens');
    expect(text).toContain('Signing Secret');
    expect(text).not.toContain(BOT);
  });

  it('an app token or signing secret without a bot token points to OAuth & Permissions', () => {
    for (const env of [{ SLACK_APP_TOKEN: APP }, { SLACK_SIGNING_SECRET: SECRET }]) {
      const text = problems(readConfig(env));
      expect(text).toContain('SLACK_BOT_TOKEN');
      expect(text).toContain('OAuth & Permissions');
    }
  });

  it('malformed tokens and values are named without echoing the secret', () => {
    const user = problems(readConfig({ SLACK_BOT_TOKEN: 'xoxp-123-secretvalue', SLACK_APP_TOKEN: APP }));
    expect(user).toMatch(/SLACK_BOT_TOKEN .*xoxb-.*"xoxp-"/);
    expect(user).not.toContain('secretvalue');
    expect(problems(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xoxb-wrong' }))).toContain('xapp-');
    expect(problems(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: 'http' }))).toContain('PORT');
    expect(problems(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '70000' }))).toContain('PORT');
    expect(problems(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'slack.com' }))).toContain('SLACK_API_URL');
  });
});

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

function io() {
  const stdin = new PassThrough();
  stdin.end();
  return { stdin, stdout: new Capture(), stderr: new Capture(), signals: new EventEmitter() };
}

describe('main', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await FakeSlack.start();
  });
  afterAll(() => fake.close());

  it('a half-configured environment: one clear message on stderr, exit code 2, no stack trace', async () => {
    const streams = io();
    const code = await main({ SLACK_BOT_TOKEN: BOT }, streams);
    expect(code).toBe(CONFIG_EXIT_CODE);
    expect(CONFIG_EXIT_CODE).toBe(2);
    expect(streams.stderr.text.trim().split('\n')[0]).toMatch(/can't start/);
    expect(streams.stderr.text).not.toMatch(/\n\s+at /);
    expect(streams.stdout.text).toBe('');
  });

  it('a rejected bot token: a clear message and exit code 2', async () => {
    fake.failNext('auth.test', 'invalid_auth');
    const streams = io();
    const code = await main({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '0', SLACK_API_URL: fake.apiUrl }, streams);
    expect(code).toBe(2);
    expect(streams.stderr.text).toContain('Slack rejected SLACK_BOT_TOKEN (invalid_auth)');
    expect(streams.stderr.text).not.toContain(BOT);
  });

  it('HTTP mode: serves /healthz, then stops gracefully on SIGTERM with exit code 0', async () => {
    const streams = io();
    const running = main({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '0', SLACK_API_URL: fake.apiUrl.replace(/\/$/, '') }, streams);
    const deadline = Date.now() + 5000;
    let port: number | undefined;
    while (port === undefined && Date.now() < deadline) {
      const line = streams.stderr.text.split('\n').find((l) => l.includes('"slack.started"'));
      if (line) port = (JSON.parse(line) as { port: number }).port;
      else await new Promise((r) => setTimeout(r, 10));
    }
    expect(port).toBeGreaterThan(0);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.json()).toMatchObject({ ok: true, mode: 'http' });
    streams.signals.emit('SIGTERM', 'SIGTERM');
    expect(await running).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    expect(streams.stderr.text).toContain('"slack.stopped"');
    expect(streams.stderr.text).not.toContain(BOT);
    expect(streams.stderr.text).not.toContain(SECRET);
  });

  it('Socket Mode goes through SLACK_API_URL too; a rejected app token is named as such (exit 2)', async () => {
    fake.reset();
    const streams = io();
    // The fake accepts only xoxb- tokens, so apps.connections.open with the xapp- token fails with invalid_auth.
    const code = await main({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: fake.apiUrl }, streams);
    expect(fake.calls.map((c) => c.method)).toEqual(['auth.test', 'apps.connections.open']);
    expect(fake.calls[1]?.token).toBe(APP);
    expect(code).toBe(2);
    expect(streams.stderr.text).toContain('Slack rejected SLACK_APP_TOKEN (invalid_auth)');
    expect(streams.stderr.text).not.toContain(APP);
  });

  it('HTTP mode on a port in use: a one-line explanation, exit 1', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '0.0.0.0', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const streams = io();
      const code = await main({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: String(port), SLACK_API_URL: fake.apiUrl }, streams);
      expect(code).toBe(1);
      expect(streams.stderr.text).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
