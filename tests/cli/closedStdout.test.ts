/** `… | head -1`: when the reader closes stdout early, the commands exit 0 quietly (no EPIPE stack trace). */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Questions enough that the command is still writing when stdout closes. */
const QUESTIONS = Array.from({ length: 400 }, (_, i) => `what is m2m ${i}?`).join('\n') + '\n';

/** Runs `node script`, feeds it the questions and closes its stdout after the first line, like `| head -1`. */
function runClosedAfterFirstLine(script: string, args: string[] = []): Promise<{ code: number | null; signal: string | null; first: string; stderr: string }> {
  // Outside the repository, so a developer's .env (tokens) cannot switch the app to Slack.
  const cwd = mkdtempSync(join(tmpdir(), 'closed-stdout-'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLACK_')));
  const child = spawn(process.execPath, [resolve(script), ...args], { cwd, env: { ...env, KNOWLEDGE_DIR: resolve('knowledge') } });
  let out = '';
  let stderr = '';
  let first = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.on('data', (d) => {
    out += d;
    const end = out.indexOf('\n');
    if (end >= 0 && !first) {
      first = out.slice(0, end);
      child.stdout.destroy();
    }
  });
  child.stdin.on('error', () => {});
  child.stdin.end(QUESTIONS);
  return new Promise((done) => child.on('close', (code, signal) => done({ code, signal, first, stderr })));
}

describe('stdout closed early', () => {
  it('ask --json: the first answer, then exit 0 with nothing on stderr', async () => {
    const { code, signal, first, stderr } = await runClosedAfterFirstLine('dist/cli/ask.cjs', ['--json']);
    expect(JSON.parse(first)).toMatchObject({ matched: expect.any(Boolean) });
    expect(stderr).toBe('');
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  });

  it('the app in the terminal (npm start | head): exit 0 with nothing on stderr', async () => {
    const { code, signal, first, stderr } = await runClosedAfterFirstLine('dist/app.js');
    expect(first).not.toBe('');
    expect(stderr).toBe('');
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  });
});
