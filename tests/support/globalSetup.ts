/**
 * One temp folder per test run: every mkdtemp in the tests and every cache the
 * spawned CLIs keep (os.tmpdir() reads TMPDIR, TEMP or TMP) lands in it, and
 * teardown removes it, so `npm test` leaves nothing behind in the system temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  interface ProvidedContext {
    /** The folder this run's os.tmpdir() points to. */
    runTmpDir: string;
  }
}

const VARIABLES = ['TMPDIR', 'TEMP', 'TMP'] as const;

/** Creates the folder and points the temp variables at it; the returned teardown undoes both. */
export function useRunTmpDir(env: NodeJS.ProcessEnv = process.env): { dir: string; teardown: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'iot-or-m2m-test-'));
  const saved = VARIABLES.map((name) => [name, env[name]] as const);
  // Workers are forked after global setup, so they inherit these.
  for (const name of VARIABLES) env[name] = dir;
  return {
    dir,
    teardown: () => {
      rmSync(dir, { recursive: true, force: true });
      for (const [name, value] of saved) {
        if (value === undefined) delete env[name];
        else env[name] = value;
      }
    },
  };
}

export default function setup(project: TestProject): () => void {
  const { dir, teardown } = useRunTmpDir();
  project.provide('runTmpDir', dir);
  return teardown;
}
