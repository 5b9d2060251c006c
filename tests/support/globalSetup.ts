/**
 * One PostgreSQL server per test run (see postgresServer.ts), for the store
 * tests that run against both databases. One temp folder per test run: every mkdtemp in the tests and every cache the
 * spawned CLIs keep (os.tmpdir() reads TMPDIR, TEMP or TMP) lands in it, and
 * teardown removes it, so `npm test` leaves nothing behind in the system temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { postgresBinaries, startPostgres } from './postgresServer.js';

declare module 'vitest' {
  interface ProvidedContext {
    /** The folder this run's os.tmpdir() points to. */
    runTmpDir: string;
    /** The test server's superuser URL; '' when no PostgreSQL server binaries were found (tests that need it are skipped). */
    postgresUrl: string;
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

export default async function setup(project: TestProject): Promise<() => void> {
  // TEST_POSTGRES=off: a run of test files that need no database server (a test that runs vitest itself).
  const bin = process.env.TEST_POSTGRES === 'off' ? undefined : postgresBinaries();
  if (!bin && process.env.CI && process.env.TEST_POSTGRES !== 'off') throw new Error('PostgreSQL server binaries not found (initdb, pg_ctl). Install the postgresql package, or set PG_BIN to their folder.');
  if (!bin && process.env.TEST_POSTGRES !== 'off') console.warn('PostgreSQL server binaries not found: the tests against PostgreSQL are skipped. Install the postgresql package, or set PG_BIN.');
  // Before the temp variables move: the server's folder must be reachable by the postgres user.
  const postgres = bin ? await startPostgres(bin) : undefined;
  const { dir, teardown } = useRunTmpDir();
  project.provide('runTmpDir', dir);
  project.provide('postgresUrl', postgres?.url ?? '');
  return () => {
    postgres?.stop();
    teardown();
  };
}
