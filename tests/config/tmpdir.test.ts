/** The test run's temp folder (tests/support/globalSetup.ts): used by every test and child process, removed at the end. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import { useRunTmpDir } from '../support/globalSetup.js';

describe('the test run temp folder', () => {
  it('is what os.tmpdir() gives in a test, and what a child process inherits', () => {
    const dir = inject('runTmpDir');
    expect(dir).toMatch(/iot-or-m2m-test-/);
    expect(tmpdir()).toBe(dir);
    expect(realpathSync(dirname(mkdtempSync(join(tmpdir(), 'probe-'))))).toBe(realpathSync(dir));
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], { encoding: 'utf8' });
    expect(child.stdout).toBe(dir);
  });

  it('teardown removes the folder with everything in it and restores the variables', () => {
    const env: NodeJS.ProcessEnv = { TMPDIR: tmpdir(), TEMP: undefined };
    const { dir, teardown } = useRunTmpDir(env);
    expect(basename(dir)).toMatch(/^iot-or-m2m-test-/);
    expect(env.TMPDIR).toBe(dir);
    expect(env.TEMP).toBe(dir);
    expect(env.TMP).toBe(dir);
    writeFileSync(join(mkdtempSync(join(dir, 'left-')), 'file'), 'x');
    teardown();
    expect(existsSync(dir)).toBe(false);
    expect(env).toEqual({ TMPDIR: tmpdir() });
  });
});
