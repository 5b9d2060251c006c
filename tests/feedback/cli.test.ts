import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/report.js';
import { openFeedbackStore } from '../../src/feedback/store.js';
import { silentLogger } from '../../src/log.js';
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

function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { DATABASE_PATH: dbPath, KNOWLEDGE_DIR: resolve('knowledge') },
    now: time.now,
  });
  return { code, stdout, stderr };
}

function seed() {
  const store = openFeedbackStore({ path: dbPath, logger: silentLogger, now: () => new Date('2025-05-01T00:00:00Z') });
  store.recordQuestion({ question: 'an old question about lorawan', outcome: 'fallback', candidates: [] });
  store.close();
  const recent = openFeedbackStore({ path: dbPath, logger: silentLogger, now: time.now });
  recent.recordQuestion({ question: 'Does LoRaWAN work as an IoT gateway?', outcome: 'fallback', candidates: [] });
  recent.recordQuestion({ question: 'does lorawan work as an iot gateway', outcome: 'clarify', candidates: [] });
  recent.recordQuestion({ question: 'What is M2M?', outcome: 'answer', candidates: [] });
  recent.recordVote({ userId: 'U1', entryId: 'm2m-definition', question: 'What is M2M?', confidence: 1, vote: 'up' });
  recent.close();
}

describe('report CLI', () => {
  it('--json prints exactly one JSON object of the report shape', () => {
    seed();
    const { code, stdout, stderr } = run('--json', '--since', '7d');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(Object.keys(report).sort()).toEqual(['entries', 'since', 'totals', 'unanswered']);
    expect(report.since).toBe('2025-05-25T00:00:00.000Z');
    expect(report.unanswered).toEqual([{ question: expect.any(String), count: 2, closest: { id: expect.any(String), confidence: expect.any(Number) } }]);
    expect(report.entries).toEqual([{ id: 'm2m-definition', up: 1, down: 0, helpfulRatio: 1 }]);
    expect(report.totals).toEqual({ questions: 3, answered: 1, clarified: 1, fallback: 1, resolved: 0, votes: 1, helpful: 1, helpfulRate: 1 });
  });

  it('defaults to all time and prints a readable report', () => {
    seed();
    const { code, stdout } = run();
    expect(code).toBe(0);
    expect(stdout).toContain('Feedback report (all time)');
    expect(stdout).toContain('an old question about lorawan');
    expect(run('--since=2w').stdout).not.toContain('an old question');
  });

  it.each(['30', 'abc', '0d', '-3d', '5m'])('rejects --since %s with exit code 2', (value) => {
    const { code, stdout, stderr } = run('--since', value);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--since/);
  });

  it('rejects unknown arguments and a missing value with exit code 2', () => {
    expect(run('--nope').code).toBe(2);
    expect(run('--since').code).toBe(2);
    expect(run('--knowledge', '--json').code).toBe(2);
  });

  it('says so plainly when there is no database yet', () => {
    const text = run();
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/No feedback database at .*feedback\.db yet/);
    const json = run('--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ unanswered: [], entries: [], totals: { questions: 0, votes: 0, helpfulRate: null } });
  });

  it('--suggest prints YAML only', () => {
    seed();
    const { code, stdout } = run('--suggest');
    expect(code).toBe(0);
    const parsed = parse(stdout) as { phrasings: Record<string, string[]>; entries: { questions: string[] }[] };
    const proposed = [...Object.values(parsed.phrasings).flat(), ...parsed.entries.flatMap((e) => e.questions)];
    expect(proposed.map((q) => q.toLowerCase().replace(/[?]/g, ''))).toContain('does lorawan work as an iot gateway');
  });

  it('fails with exit code 1 and a reason for a corrupt database', () => {
    writeFileSync(dbPath, 'this is not a database'.repeat(300));
    const { code, stdout, stderr } = run('--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/not a readable SQLite database.*Fix:/);
  });

  it('fails with exit code 1 when the knowledge folder is broken', () => {
    const { code, stderr } = run('--knowledge', join(dir, 'missing'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/folder not found/);
  });
});
