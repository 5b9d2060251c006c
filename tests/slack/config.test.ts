/** readConfig (pure) and main(): modes, half-configured environments, exit codes, graceful stop. */
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/app.js';
import { CONFIG_EXIT_CODE, formatConfigProblems, normaliseApiUrl, readConfig, secretsIn, type Config } from '../../src/config.js';
import { secretScrubber } from '../../src/log.js';
import { FakeSlack } from '../support/fakeSlack.js';

const BOT = 'xoxb-1-abc';
const APP = 'xapp-1-def';
const SECRET = '8f14e45fceea167a5a36dedd4bea2543';
/** What Slack modes get when none of the feedback and onboarding variables is set. */
const SLACK_DEFAULTS = {
  feedback: { databasePath: 'data/iot-or-m2m.db', recordQuestions: true, retentionDays: 90 },
  features: { adminUserIds: [], welcomeNewMembers: true },
};

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
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual({ mode: 'socket', botToken: BOT, appToken: APP, logLevel: 'info', ...SLACK_DEFAULTS });
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET }).mode).toBe('socket');
    // PORT in Socket Mode: where /healthz is served.
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, PORT: '8081' })).toMatchObject({ mode: 'socket', healthPort: 8081 });
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, PORT: 'eighty' }).mode).toBe('invalid');
  });

  it('bot token + signing secret: HTTP on $PORT, default 3000', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toEqual({ mode: 'http', botToken: BOT, signingSecret: SECRET, port: 3000, logLevel: 'info', ...SLACK_DEFAULTS });
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

describe('readConfig: feedback, stats and onboarding settings (Slack modes)', () => {
  const slack = { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP };

  it('reads every variable', () => {
    const config = readConfig({
      ...slack,
      DATABASE_PATH: '/var/lib/bot/fb.db',
      FEEDBACK_HASH_KEY: 'k'.repeat(64),
      RECORD_QUESTIONS: 'false',
      RETENTION_DAYS: '30',
      ADMIN_USER_IDS: ' U012AB3CD, W045EF6GH ,U012AB3CD',
      WELCOME_NEW_MEMBERS: 'no',
      ONBOARDING_CHANNEL: 'C0ONBOARD',
    });
    expect(config).toMatchObject({
      mode: 'socket',
      feedback: { databasePath: '/var/lib/bot/fb.db', hashKey: 'k'.repeat(64), recordQuestions: false, retentionDays: 30 },
      features: { adminUserIds: ['U012AB3CD', 'W045EF6GH'], welcomeNewMembers: false, onboardingChannel: 'C0ONBOARD' },
    });
  });

  it('empty values (as copied from .env.example) mean the defaults', () => {
    const empty = { DATABASE_PATH: '', FEEDBACK_HASH_KEY: '', RECORD_QUESTIONS: '', RETENTION_DAYS: '', ADMIN_USER_IDS: '', WELCOME_NEW_MEMBERS: '', ONBOARDING_CHANNEL: '' };
    expect(readConfig({ ...slack, ...empty })).toEqual({ mode: 'socket', botToken: BOT, appToken: APP, logLevel: 'info', ...SLACK_DEFAULTS });
  });

  it('a bad RETENTION_DAYS is a config problem with a clear message', () => {
    for (const bad of ['abc', '0', '-5', '1.5', '90d', '99999999']) {
      const text = problems(readConfig({ ...slack, RETENTION_DAYS: bad }));
      expect(text).toContain('RETENTION_DAYS');
      expect(text).toMatch(/whole number of days/);
      expect(text).toContain('RETENTION_DAYS=90');
    }
  });

  it('bad flags, admin ids, channel ids and a short hash key are named, each with its fix', () => {
    expect(problems(readConfig({ ...slack, WELCOME_NEW_MEMBERS: 'nope' }))).toMatch(/WELCOME_NEW_MEMBERS.*not true or false/);
    expect(problems(readConfig({ ...slack, RECORD_QUESTIONS: 'maybe' }))).toMatch(/RECORD_QUESTIONS/);
    const admins = problems(readConfig({ ...slack, ADMIN_USER_IDS: 'U012AB3CD, @alice' }));
    expect(admins).toContain('"@alice"');
    expect(admins).toContain('Copy member ID');
    expect(problems(readConfig({ ...slack, ONBOARDING_CHANNEL: '#welcome' }))).toMatch(/ONBOARDING_CHANNEL.*not a channel ID/);
    const key = problems(readConfig({ ...slack, FEEDBACK_HASH_KEY: 'short-secret' }));
    expect(key).toContain('FEEDBACK_HASH_KEY');
    expect(key).not.toContain('short-secret');
  });

  it('DATABASE_URL selects PostgreSQL, needs FEEDBACK_HASH_KEY, and its password counts as a secret', () => {
    const url = 'postgres://bot:s3cret-pass@db.internal:5432/bot';
    const key = 'k'.repeat(40);
    expect(readConfig({ ...slack, DATABASE_URL: url, FEEDBACK_HASH_KEY: key })).toMatchObject({ feedback: { databaseUrl: url, hashKey: key } });
    const missingKey = problems(readConfig({ ...slack, DATABASE_URL: url }));
    expect(missingKey).toMatch(/FEEDBACK_HASH_KEY is required with DATABASE_URL/);
    expect(missingKey).not.toContain('s3cret-pass');
    const notPostgres = problems(readConfig({ ...slack, DATABASE_URL: 'mysql://bot:s3cret-pass@db/bot', FEEDBACK_HASH_KEY: key }));
    expect(notPostgres).toMatch(/DATABASE_URL is not a PostgreSQL URL/);
    expect(notPostgres).not.toContain('s3cret-pass');
    expect(secretsIn({ DATABASE_URL: url })).toEqual(['s3cret-pass']);
    expect(secretsIn({ DATABASE_URL: 'postgres://bot:p%40ss%zz@db/bot?sslpassword=key-pass' })).toEqual(expect.arrayContaining(['p%40ss%zz', 'key-pass']));
  });

  it('.env.example documents every variable readConfig reads, and copied as-is (tokens filled in) is valid', () => {
    const source = readFileSync(new URL('../../src/config.ts', import.meta.url), 'utf8');
    const read = new Set([...source.matchAll(/(?:value\(env, |flag\()'([A-Z_]+)'/g)].map((m) => m[1]!));
    expect(read.size).toBe(17);
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const vars = Object.fromEntries(example.split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    for (const name of read) expect(Object.keys(vars), name).toContain(name);
    expect(readConfig({ ...vars, SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual({ mode: 'socket', botToken: BOT, appToken: APP, logLevel: 'info', healthPort: 3000, ...SLACK_DEFAULTS });
  });

  it('the terminal ignores them (it records nothing and sends no DMs)', () => {
    expect(readConfig({ RETENTION_DAYS: 'abc', ADMIN_USER_IDS: 'x' })).toEqual({ mode: 'terminal', logLevel: 'info' });
  });

  it('DATABASE_PATH: a leading "~/" (or "~" alone) is the home folder, not a folder named "~"', () => {
    const path = (DATABASE_PATH: string, env: Record<string, string> = { HOME: '/home/alex' }) => {
      const config = readConfig({ ...slack, ...env, DATABASE_PATH });
      if (config.mode !== 'socket') throw new Error(problems(config));
      return config.feedback.databasePath;
    };
    expect(path('~/feedback.db')).toBe('/home/alex/feedback.db');
    expect(path(' ~/bot/fb.db ')).toBe('/home/alex/bot/fb.db');
    expect(path('~')).toBe('/home/alex');
    expect(path('~/fb.db', { HOME: '', USERPROFILE: '/Users/alex' })).toBe(join('/Users/alex', 'fb.db'));
    expect(path('~/fb.db', {})).toBe(join(homedir(), 'fb.db'));
    for (const kept of ['data/~/fb.db', '/srv/~fb.db', '~bob/fb.db', 'fb~.db']) expect(path(kept)).toBe(kept);
  });
});

describe('readConfig: LOG_LEVEL, secrets with whitespace, and the heading', () => {
  const slack = { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP };

  it('LOG_LEVEL: any case of debug, info, warn, error; a bad value stops every mode, naming the allowed values', () => {
    expect(readConfig({ LOG_LEVEL: 'WARN' })).toEqual({ mode: 'terminal', logLevel: 'warn' });
    expect(readConfig({ ...slack, LOG_LEVEL: 'error' })).toMatchObject({ mode: 'socket', logLevel: 'error' });
    for (const env of [{ LOG_LEVEL: 'verbose' }, { ...slack, LOG_LEVEL: 'verbose' }, { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, LOG_LEVEL: 'trace' }]) {
      const text = problems(readConfig(env));
      expect(text).toMatch(/LOG_LEVEL is "(verbose|trace)", not one of debug, info, warn, error\./);
      expect(text).toContain('Set LOG_LEVEL to debug, info, warn or error, or unset it (default info).');
    }
  });

  it('the heading counts the settings to fix instead of blaming Slack', () => {
    const one = problems(readConfig({ ...slack, RETENTION_DAYS: 'soon' })).split('\n');
    expect(one[0]).toBe("iot-or-m2m can't start: 1 setting needs fixing.");
    expect(one.join('\n')).not.toMatch(/Slack settings|api\.slack\.com/);
    expect(one.at(-1)).toBe('Every variable is described in .env.example.');
    const two = problems(readConfig({ LOG_LEVEL: 'loud', SLACK_APP_TOKEN: APP })).split('\n');
    expect(two[0]).toBe("iot-or-m2m can't start: 2 settings need fixing.");
    expect(two.at(-1)).toContain('https://api.slack.com/apps');
  });

  it('a token or secret with a space or line break inside is rejected, named, and never echoed', () => {
    const cases: [Record<string, string>, string][] = [
      [{ SLACK_BOT_TOKEN: 'xoxb-1234567890\n0987654321', SLACK_APP_TOKEN: APP }, 'SLACK_BOT_TOKEN'],
      [{ SLACK_BOT_TOKEN: 'xoxb-1234567890 xoxb-0987654321', SLACK_SIGNING_SECRET: SECRET }, 'SLACK_BOT_TOKEN'],
      [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xapp-1234567890\r\n0987654321' }, 'SLACK_APP_TOKEN'],
      [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: '8f14e45fceea167a\t5a36dedd4bea2543' }, 'SLACK_SIGNING_SECRET'],
      [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: '8f14e45fceea167a 5a36dedd4bea2543' }, 'SLACK_SIGNING_SECRET'],
      [{ ...slack, FEEDBACK_HASH_KEY: 'k'.repeat(40) + '\n' + 'j'.repeat(40) }, 'FEEDBACK_HASH_KEY'],
    ];
    for (const [env, variable] of cases) {
      const config = readConfig(env);
      expect(config.mode, variable).toBe('invalid');
      const text = problems(config);
      expect(text.split('\n')[0]).toBe("iot-or-m2m can't start: 1 setting needs fixing.");
      expect(text).toContain(`${variable} contains a space or line break`);
      expect(text).toContain(`${variable}=… in .env`);
      const secret = env[variable]!;
      for (const part of secret.split(/\s+/)) expect(text, variable).not.toContain(part);
    }
  });
});

describe('secretScrubber', () => {
  it('removes each secret, its whitespace-separated parts and their JSON-escaped forms; not short parts', () => {
    const scrub = secretScrubber(['xoxb-1234567890\n0987654321', ' signing"secret\\value ', undefined, 'short']);
    expect(scrub('token xoxb-1234567890\n0987654321 end')).toBe('token [redacted] end');
    expect(scrub('first xoxb-1234567890, then 0987654321')).toBe('first [redacted], then [redacted]');
    expect(scrub(JSON.stringify({ error: 'bad xoxb-1234567890\n0987654321' }))).toBe('{"error":"bad [redacted]"}');
    expect(scrub(JSON.stringify({ error: 'signing"secret\\value' }))).toBe('{"error":"[redacted]"}');
    expect(scrub('a short word stays')).toBe('a short word stays');
    expect(secretScrubber([])('unchanged')).toBe('unchanged');
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
  /** Slack modes open a feedback database: keep it in a temp folder, never in the project's data/. */
  let scratch: string;
  let DATABASE_PATH: string;
  beforeAll(async () => {
    fake = await FakeSlack.start();
    scratch = mkdtempSync(join(tmpdir(), 'iot-or-m2m-main-'));
    DATABASE_PATH = join(scratch, 'fb.db');
  });
  afterAll(async () => {
    await fake.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('a half-configured environment: one clear message on stderr, exit code 2, no stack trace', async () => {
    const streams = io();
    const code = await main({ SLACK_BOT_TOKEN: BOT }, streams);
    expect(code).toBe(CONFIG_EXIT_CODE);
    expect(CONFIG_EXIT_CODE).toBe(2);
    expect(streams.stderr.text.trim().split('\n')[0]).toMatch(/can't start/);
    expect(streams.stderr.text).not.toMatch(/\n\s+at /);
    expect(streams.stdout.text).toBe('');
  });

  it('OAuth mode without a usable database: says why it cannot run, exit code 1, no secret printed', async () => {
    const streams = io();
    const env = { SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'client-secret-for-main', SLACK_STATE_SECRET: 's'.repeat(32), SLACK_SIGNING_SECRET: SECRET, PORT: '0', DATABASE_PATH: join(scratch, 'not-a-db'), SLACK_API_URL: fake.apiUrl };
    writeFileSync(env.DATABASE_PATH, 'this is not a database');
    const code = await main(env, streams);
    expect(code).toBe(1);
    expect(streams.stderr.text).toMatch(/installed in many workspaces.*database cannot be used: .*not a readable SQLite database/s);
    expect(streams.stderr.text).not.toContain('client-secret-for-main');
  });

  it('a rejected bot token: a clear message and exit code 2', async () => {
    fake.failNext('auth.test', 'invalid_auth');
    const streams = io();
    const code = await main({ SLACK_BOT_TOKEN: BOT, DATABASE_PATH, SLACK_SIGNING_SECRET: SECRET, PORT: '0', SLACK_API_URL: fake.apiUrl }, streams);
    expect(code).toBe(2);
    expect(streams.stderr.text).toContain('Slack rejected SLACK_BOT_TOKEN (invalid_auth)');
    expect(streams.stderr.text).not.toContain(BOT);
  });

  it('HTTP mode: serves /healthz, then stops gracefully on SIGTERM with exit code 0', async () => {
    const streams = io();
    const running = main({ SLACK_BOT_TOKEN: BOT, DATABASE_PATH, SLACK_SIGNING_SECRET: SECRET, PORT: '0', SLACK_API_URL: fake.apiUrl.replace(/\/$/, '') }, streams);
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
    const code = await main({ SLACK_BOT_TOKEN: BOT, DATABASE_PATH, SLACK_APP_TOKEN: APP, SLACK_API_URL: fake.apiUrl }, streams);
    expect(fake.calls.map((c) => c.method)).toEqual(['auth.test', 'apps.connections.open']);
    expect(fake.calls[1]?.token).toBe(APP);
    expect(code).toBe(2);
    expect(streams.stderr.text).toContain('Slack rejected SLACK_APP_TOKEN (invalid_auth)');
    expect(streams.stderr.text).not.toContain(APP);
  });

  /** Runs main() in HTTP mode until it logs slack.started, then stops it with SIGTERM. */
  async function runAndStop(env: Record<string, string>) {
    const streams = io();
    const running = main({ SLACK_BOT_TOKEN: BOT, DATABASE_PATH, SLACK_SIGNING_SECRET: SECRET, PORT: '0', SLACK_API_URL: fake.apiUrl, ...env }, streams);
    const deadline = Date.now() + 5000;
    while (!streams.stderr.text.includes('"slack.started"') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(streams.stderr.text).toContain('"slack.started"');
    streams.signals.emit('SIGTERM', 'SIGTERM');
    return { code: await running, stderr: streams.stderr.text };
  }

  it('Slack modes open the feedback database at DATABASE_PATH and close it on a graceful stop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iot-or-m2m-app-'));
    try {
      const file = join(dir, 'nested', 'fb.db');
      const { code, stderr } = await runAndStop({ DATABASE_PATH: file, RETENTION_DAYS: '30' });
      expect(code).toBe(0);
      expect(existsSync(file)).toBe(true);
      expect(existsSync(`${file}.key`)).toBe(true);
      // A cleanly closed WAL database leaves no -wal file behind.
      expect(existsSync(`${file}-wal`)).toBe(false);
      expect(stderr).toMatch(/"feedback.opened".*"retentionDays":30/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an unusable database: one clear error, and the bot still starts and stops normally', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iot-or-m2m-app-'));
    try {
      const blocker = join(dir, 'not-a-folder');
      writeFileSync(blocker, 'x');
      const { code, stderr } = await runAndStop({ DATABASE_PATH: join(blocker, 'fb.db') });
      expect(code).toBe(0);
      expect(stderr.split('\n').filter((l) => l.includes('feedback_store_disabled'))).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a bad RETENTION_DAYS stops before connecting, with exit code 2 and the fix', async () => {
    fake.reset();
    const streams = io();
    const code = await main({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '0', SLACK_API_URL: fake.apiUrl, RETENTION_DAYS: 'ninety' }, streams);
    expect(code).toBe(CONFIG_EXIT_CODE);
    expect(streams.stderr.text).toContain('RETENTION_DAYS is "ninety"');
    expect(fake.calls).toEqual([]);
  });

  it('a bad LOG_LEVEL stops the terminal too, with exit code 2', async () => {
    const streams = io();
    expect(await main({ LOG_LEVEL: 'verbose' }, streams)).toBe(CONFIG_EXIT_CODE);
    expect(streams.stderr.text).toContain('LOG_LEVEL is "verbose", not one of debug, info, warn, error.');
    expect(streams.stdout.text).toBe('');
  });

  it('DATABASE_PATH=~/… opens the database in the home folder, with no "~" folder in the working directory', async () => {
    const home = mkdtempSync(join(tmpdir(), 'iot-or-m2m-home-'));
    try {
      const { code } = await runAndStop({ DATABASE_PATH: '~/bot/fb.db', HOME: home });
      expect(code).toBe(0);
      expect(existsSync(join(home, 'bot', 'fb.db'))).toBe(true);
      expect(existsSync(join(home, 'bot', 'fb.db.key'))).toBe(true);
      expect(existsSync('~')).toBe(false);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('no message quotes a secret, even when an error from Slack does', async () => {
    fake.reset();
    fake.failNext('auth.test', `token ${BOT} is not welcome here (${SECRET})`);
    const streams = io();
    const code = await main({ SLACK_BOT_TOKEN: BOT, DATABASE_PATH, SLACK_SIGNING_SECRET: SECRET, PORT: '0', SLACK_API_URL: fake.apiUrl }, streams);
    expect(code).toBe(1);
    expect(streams.stderr.text).toContain('Could not reach Slack to check SLACK_BOT_TOKEN: token [redacted] is not welcome here ([redacted])');
    expect(streams.stderr.text).not.toContain(BOT);
    expect(streams.stderr.text).not.toContain(SECRET);
  });

  it('node dist/app.js: a bot token broken by a newline is named, never printed', () => {
    const env = { PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-1234567890\n0987654321', SLACK_APP_TOKEN: APP };
    const run = spawnSync(process.execPath, [resolve('dist/app.js')], { cwd: scratch, env, encoding: 'utf8', timeout: 15_000 });
    expect(run.status).toBe(CONFIG_EXIT_CODE);
    expect(run.stderr).toContain('SLACK_BOT_TOKEN contains a space or line break');
    expect(run.stderr).not.toContain('1234567890');
    expect(run.stderr).not.toContain('0987654321');
  });

  it('HTTP mode on a port in use: a one-line explanation, exit 1', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '0.0.0.0', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const streams = io();
      const code = await main({ SLACK_BOT_TOKEN: BOT, DATABASE_PATH, SLACK_SIGNING_SECRET: SECRET, PORT: String(port), SLACK_API_URL: fake.apiUrl }, streams);
      expect(code).toBe(1);
      expect(streams.stderr.text).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});

describe('readConfig: OAuth distribution', () => {
  const oauth = { SLACK_CLIENT_ID: '123.456', SLACK_CLIENT_SECRET: 'client-secret-value', SLACK_STATE_SECRET: 's'.repeat(32), SLACK_SIGNING_SECRET: 'signing-secret-value' };

  it('is chosen by the client id, client secret and state secret without a bot token, over HTTP', () => {
    expect(readConfig(oauth)).toEqual({ mode: 'oauth', clientId: '123.456', clientSecret: 'client-secret-value', stateSecret: 's'.repeat(32), signingSecret: 'signing-secret-value', port: 3000, logLevel: 'info', ...SLACK_DEFAULTS });
    expect(secretsIn(oauth)).toEqual(expect.arrayContaining(['client-secret-value', 's'.repeat(32), 'signing-secret-value']));
  });

  it('names what is missing or wrong, and how to fix it', () => {
    const { SLACK_STATE_SECRET: _state, ...noState } = oauth;
    expect(problems(readConfig(noState))).toMatch(/SLACK_STATE_SECRET is not set/);
    expect(problems(readConfig({ ...oauth, SLACK_STATE_SECRET: 'short' }))).toMatch(/shorter than 16 characters/);
    expect(problems(readConfig({ ...oauth, SLACK_APP_TOKEN: APP }))).toMatch(/runs over HTTP, not Socket Mode/);
    // With a bot token, the app runs in its one workspace as before.
    expect(readConfig({ ...oauth, SLACK_BOT_TOKEN: BOT }).mode).toBe('http');
  });
});
