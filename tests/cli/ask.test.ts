/** `npm run ask`: one answer for a person, or JSON lines for a script. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';

const { engine } = loadServices({ logger: silentLogger });

describe('npm run ask', () => {
  const ask = (args: string[], input?: string) => spawnSync(process.execPath, ['dist/cli/ask.cjs', ...args], { encoding: 'utf8', input });

  it('prints one JSON object whose fields follow the engine’s decision', () => {
    for (const question of ['what does m2m stand for?', 'how do I bake bread?']) {
      const run = ask(['--json', question]);
      expect(run.status).toBe(0);
      const json = JSON.parse(run.stdout);
      const decision = engine.ask(question);
      expect(json.matched).toBe(decision.kind === 'answer');
      expect(json.id).toBe(decision.kind === 'answer' ? decision.entry.id : null);
      expect(typeof json.answer).toBe('string');
      expect(json.confidence).toBeGreaterThanOrEqual(0);
      expect(json.confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(json.suggestions)).toBe(true);
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
    }
  });

  it('names no entry for two questions in one: the answer holds both', () => {
    const json = JSON.parse(ask(['--json', 'What does M2M stand for, and which industries use IoT?']).stdout);
    expect(json).toMatchObject({ matched: true, id: null });
    expect(json.answer).toMatch(/two things/);
  });

  it('reads questions from stdin and writes one JSON line each, in order', () => {
    const questions = ['what is iot', 'who wrote the article', 'weather in Paris'];
    const run = ask(['--json'], questions.join('\n') + '\n');
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => {
      const decision = engine.ask(questions[i]);
      expect(line.id).toBe(decision.kind === 'answer' ? decision.entry.id : null);
    });
  });

  it('keeps the code compiled for it in the user\'s own cache folder, and answers the same from it', () => {
    const temp = mkdtempSync(join(tmpdir(), 'iot-or-m2m-ask-'));
    try {
      const run = () => spawnSync(process.execPath, ['dist/cli/ask.cjs', '--json', 'what does m2m stand for?'], { encoding: 'utf8', env: { ...process.env, TMPDIR: temp } });
      const first = run();
      expect(first.stderr).toBe('');
      const compiled = () => readdirSync(join(temp, `iot-or-m2m-${process.getuid?.() ?? 'user'}`)).filter((name) => /^ask\.bundle-\w+\.code$/.test(name));
      expect(compiled()).toHaveLength(1);
      expect(run()).toMatchObject({ status: 0, stdout: first.stdout, stderr: '' });
      expect(compiled()).toHaveLength(1);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('keeps the learned model in that folder once a question needs its opinion, and answers the same from it', () => {
    const temp = mkdtempSync(join(tmpdir(), 'iot-or-m2m-ask-'));
    try {
      const run = (question: string) => spawnSync(process.execPath, ['dist/cli/ask.cjs', '--json', question], { encoding: 'utf8', env: { ...process.env, TMPDIR: temp } });
      const cacheDir = join(temp, `iot-or-m2m-${process.getuid?.() ?? 'user'}`);
      const kept = () => readdirSync(cacheDir).filter((name) => /^learned-\w+\.v8$/.test(name));
      // Read only for an opinion: this question needs none.
      expect(run('what does m2m stand for?')).toMatchObject({ status: 0, stderr: '' });
      expect(kept()).toHaveLength(0);
      // A described project: its reading asks the model which needs the sentences state.
      const project = 'our pumps sit on a sealed network and must keep running without wifi, which one?';
      const first = run(project);
      expect(first).toMatchObject({ status: 0, stderr: '' });
      expect(kept()).toHaveLength(1);
      const file = join(cacheDir, kept()[0] as string);
      utimesSync(file, new Date(0), new Date(0));
      expect(run(project)).toMatchObject({ status: 0, stdout: first.stdout, stderr: '' });
      // Read back, not written again.
      expect(statSync(file).mtimeMs).toBe(0);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('keeps that cache under the TMPDIR that .env sets', () => {
    const temp = mkdtempSync(join(tmpdir(), 'iot-or-m2m-ask-'));
    try {
      const set = join(temp, 'set-in-dotenv');
      writeFileSync(join(temp, '.env'), `TMPDIR=${set}\n`);
      // dotenv never overrides what the environment already sets.
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'TMPDIR'));
      const run = spawnSync(process.execPath, [resolve('dist/cli/ask.cjs'), '--json', 'what does m2m stand for?'], { cwd: temp, encoding: 'utf8', env });
      expect(run).toMatchObject({ status: 0, stderr: '' });
      expect(readdirSync(join(set, `iot-or-m2m-${process.getuid?.() ?? 'user'}`)).filter((name) => name.endsWith('.code'))).toHaveLength(1);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('uses another knowledge folder with --knowledge and reports a broken one without a stack trace', () => {
    const run = ask(['--knowledge', '/nonexistent', 'hello']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('folder not found');
    expect(run.stdout).toBe('');
  });
});
