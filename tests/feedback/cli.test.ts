import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/report.js';
import { openPostgresStore } from '../../src/store/postgresStore.js';
import { openSqliteStore } from '../../src/store/sqliteStore.js';
import { silentLogger } from '../../src/log.js';
import { freshDatabase, postgresUrl } from '../support/postgres.js';
import { clock, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
let dbPath: string;
const time = clock(new Date('2025-06-01T00:00:00Z'));

beforeEach(() => {
  ({ dir, cleanup } = tempDir('report-cli-'));
  dbPath = join(dir, 'feedback.db');
});
afterEach(() => cleanup());

/** process.exit, caught: the CLI reports problems through `fail` (src/cli/common.ts), which exits. */
class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** Runs the CLI in-process; the exit code is 0 unless it called process.exit. */
async function run(...args: string[]) {
  return runWith({ DATABASE_PATH: dbPath, KNOWLEDGE_DIR: resolve('knowledge') }, ...args);
}

async function runWith(env: NodeJS.ProcessEnv, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    throw new Exit(code ?? 0);
  }) as typeof process.exit);
  const write = vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: unknown) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write);
  let code = 0;
  try {
    await main(args, { stdout: (t) => void (stdout += t), env, now: time.now });
  } catch (error) {
    if (!(error instanceof Exit)) throw error;
    code = error.code;
  } finally {
    exit.mockRestore();
    write.mockRestore();
  }
  return { code, stdout, stderr };
}

async function seed() {
  const store = openSqliteStore({ path: dbPath, logger: silentLogger, now: () => new Date('2025-05-01T00:00:00Z') });
  await store.recordQuestion({ question: 'an old question about lorawan', outcome: 'fallback', candidates: [] });
  await store.close();
  const recent = openSqliteStore({ path: dbPath, logger: silentLogger, now: time.now });
  await recent.recordQuestion({ question: 'Does LoRaWAN work as an IoT gateway?', outcome: 'fallback', candidates: [] });
  await recent.recordQuestion({ question: 'does lorawan work as an iot gateway', outcome: 'clarify', candidates: [] });
  await recent.recordQuestion({ question: 'What is M2M?', outcome: 'answer', candidates: [] });
  await recent.recordVote({ userId: 'U1', entryId: 'm2m-definition', question: 'What is M2M?', confidence: 1, vote: 'up' });
  await recent.close();
}

describe('report CLI', () => {
  it('--json prints exactly one JSON object of the report shape', async () => {
    await seed();
    const { code, stdout, stderr } = await run('--json', '--since', '7d');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(Object.keys(report).sort()).toEqual(['entries', 'since', 'totals', 'unanswered']);
    expect(report.since).toBe('2025-05-25T00:00:00.000Z');
    expect(report.unanswered).toEqual([{ question: expect.any(String), count: 2, closest: { id: expect.any(String), confidence: expect.any(Number) } }]);
    expect(report.entries).toEqual([{ id: 'm2m-definition', up: 1, down: 0, helpfulRatio: 1 }]);
    expect(report.totals).toEqual({ questions: 3, answered: 1, clarified: 1, fallback: 1, resolved: 0, votes: 1, helpful: 1, helpfulRate: 1 });
  });

  it('defaults to all time and prints a readable report', async () => {
    await seed();
    const { code, stdout } = await run();
    expect(code).toBe(0);
    expect(stdout).toContain('Feedback report (all time)');
    expect(stdout).toContain('an old question about lorawan');
    expect((await run('--since=2w')).stdout).not.toContain('an old question');
  });

  it.each(['30', 'abc', '0d', '-3d', '5m'])('rejects --since %s with exit code 2', async (value) => {
    const { code, stdout, stderr } = await run('--since', value);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--since/);
  });

  it('rejects unknown arguments and a missing value with exit code 2', async () => {
    for (const args of [['--nope'], ['extra'], ['--json=yes'], ['--since'], ['--knowledge', '--json'], ['--since=']]) {
      const { code, stdout, stderr } = await run(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/Unknown argument|needs a value/);
    }
  });

  it('prints usage for --help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout } = await run(flag);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: npm run report/);
    }
  });

  it('runs as a script (node dist/cli/report.js), with the same exit codes', async () => {
    await seed();
    const env = { ...process.env, DATABASE_PATH: dbPath, KNOWLEDGE_DIR: resolve('knowledge') };
    const ok = spawnSync(process.execPath, ['dist/cli/report.js', '--json'], { encoding: 'utf8', env });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).totals.questions).toBe(4);
    const bad = spawnSync(process.execPath, ['dist/cli/report.js', '--nope'], { encoding: 'utf8', env });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown argument "--nope"/);
  });

  it('says so plainly when there is no database yet', async () => {
    const text = await run();
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/No feedback database at .*feedback\.db yet/);
    const json = await run('--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ unanswered: [], entries: [], totals: { questions: 0, votes: 0, helpfulRate: null } });
  });

  it('reads DATABASE_PATH=~/… from the home folder, like the app', async () => {
    await seed();
    const env = { DATABASE_PATH: '~/feedback.db', HOME: dir, KNOWLEDGE_DIR: resolve('knowledge') };
    expect(JSON.parse((await runWith(env, '--json')).stdout).totals.questions).toBe(4);
    expect((await runWith({ ...env, DATABASE_PATH: '~/none.db' })).stdout).toContain(`No feedback database at ${join(dir, 'none.db')} yet`);
  });

  it('--suggest prints YAML only', async () => {
    await seed();
    const { code, stdout } = await run('--suggest');
    expect(code).toBe(0);
    const parsed = parse(stdout) as { phrasings: Record<string, string[]>; entries: { questions: string[] }[] };
    const proposed = [...Object.values(parsed.phrasings).flat(), ...parsed.entries.flatMap((e) => e.questions)];
    expect(proposed.map((q) => q.toLowerCase().replace(/[?]/g, ''))).toContain('does lorawan work as an iot gateway');
  });

  it('fails with exit code 1 and a reason for a corrupt database', async () => {
    writeFileSync(dbPath, 'this is not a database'.repeat(300));
    const { code, stdout, stderr } = await run('--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/not a readable SQLite database.*Fix:/);
  });

  it('fails with exit code 1 when the knowledge folder is broken', async () => {
    const { code, stderr } = await run('--knowledge', join(dir, 'missing'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/folder not found/);
  });
});

describe.skipIf(!postgresUrl)('report CLI on PostgreSQL', () => {
  it('reads DATABASE_URL instead of the file, and says plainly when the server cannot be reached', async () => {
    const database = await freshDatabase();
    try {
      const store = await openPostgresStore({ url: database.url, logger: silentLogger, hashKey: 'k'.repeat(40), now: time.now });
      await store.recordQuestion({ question: 'Does LoRaWAN work as an IoT gateway?', outcome: 'fallback', candidates: [] });
      await store.recordVote({ userId: 'U1', entryId: 'm2m-definition', question: 'What is M2M?', confidence: 1, vote: 'up' });
      await store.close();
      const env = { DATABASE_URL: database.url, DATABASE_PATH: dbPath, KNOWLEDGE_DIR: resolve('knowledge') };
      const { code, stdout } = await runWith(env, '--json');
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      expect(report.totals).toMatchObject({ questions: 1, fallback: 1, votes: 1 });
      expect(report.unanswered[0].question).toBe('Does LoRaWAN work as an IoT gateway?');

      const down = new URL(database.url);
      down.port = '1';
      down.password = 'hidden-pass';
      const failed = await runWith({ ...env, DATABASE_URL: down.toString() });
      expect(failed.code).toBe(1);
      expect(failed.stderr).toMatch(/Cannot reach the feedback database.*start PostgreSQL or check DATABASE_URL/s);
      expect(failed.stderr).not.toContain('hidden-pass');
    } finally {
      await database.drop();
    }
  });
});

