/** npm installs are not silenced; JSON output stays clean through the documented command (npm's own -s). */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The environment without what an outer `npm test` passes down, and with empty user and global npm configs: only the repository's .npmrc counts. */
function npmEnv(): NodeJS.ProcessEnv {
  const [user, global] = ['user', 'global'].map((name) => join(tmpdir(), `empty-${name}-npmrc`));
  for (const file of [user!, global!]) writeFileSync(file, '');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && !k.startsWith('SLACK_')));
  return { ...env, npm_config_userconfig: user, npm_config_globalconfig: global, npm_config_update_notifier: 'false', KNOWLEDGE_DIR: resolve('knowledge') };
}

const QUESTIONS = 'what does m2m stand for?\nhello\n\nis iot a subset of m2m?\n';

function expectJsonLines(stdout: string, count: number): void {
  const lines = stdout.split('\n');
  expect(lines.pop()).toBe('');
  expect(lines).toHaveLength(count);
  for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
}

describe('npm output', () => {
  it('the repository does not silence npm (installs show progress and errors)', () => {
    const got = spawnSync('npm', ['config', 'get', 'loglevel'], { encoding: 'utf8', env: npmEnv() });
    expect(got.status, got.stderr).toBe(0);
    expect(got.stdout.trim()).not.toBe('silent');
    expect(readFileSync('.npmrc', 'utf8')).not.toMatch(/^\s*loglevel\s*=/m);
  });

  it('npm run -s ask -- --json (as the README says) prints only JSON lines', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('npm run -s ask -- --json');
    const got = spawnSync('npm', ['run', '-s', 'ask', '--', '--json'], { encoding: 'utf8', env: npmEnv(), input: QUESTIONS });
    expect(got.status, got.stderr).toBe(0);
    expectJsonLines(got.stdout, 4);
    const one = spawnSync('npm', ['run', '-s', 'ask', '--', '--json', 'what is m2m?'], { encoding: 'utf8', env: npmEnv() });
    expectJsonLines(one.stdout, 1);
  }, 30_000);

  it('node dist/cli/ask.cjs --json prints only JSON lines', () => {
    const got = spawnSync(process.execPath, ['dist/cli/ask.cjs', '--json'], { encoding: 'utf8', env: npmEnv(), input: QUESTIONS });
    expect(got.status, got.stderr).toBe(0);
    expectJsonLines(got.stdout, 4);
  });
});
