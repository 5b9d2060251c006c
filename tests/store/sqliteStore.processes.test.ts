/**
 * One SQLite file shared by two processes (a second instance, a rolling
 * deploy) and a file deleted under the running app: nothing is lost, and
 * what cannot be saved is said to be unsaved.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqliteStore.js';
import { recordingLogger, tempDir } from '../feedback/helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('feedback-processes-'));
});
afterEach(() => cleanup());

const STORE_MODULE = resolve('dist/store/sqliteStore.js');
const HASH_KEY = 'k'.repeat(40);

/** Runs a child process that opens the store at `path` and records `votes` votes as `voter`; resolves to what it printed. */
function child(path: string, voter: string, votes: number): Promise<string> {
  const script = `
    const { openSqliteStore } = await import(${JSON.stringify(STORE_MODULE)});
    const logger = { debug() {}, info() {}, warn() {}, error(e, f) { console.log('ERROR', e, JSON.stringify(f)); } };
    const store = openSqliteStore({ path: ${JSON.stringify(path)}, logger, hashKey: ${JSON.stringify(HASH_KEY)} });
    let saved = 0;
    for (let i = 0; i < ${votes}; i++) if ((await store.recordVote({ userId: '${voter}' + i, entryId: 'm2m-acronym', question: 'q', confidence: 0.5, vote: 'up' })).saved) saved++;
    console.log(JSON.stringify({ enabled: store.enabled, saved }));
    await store.close();`;
  return new Promise((done, fail) => {
    const p = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (c) => (out += String(c)));
    p.on('error', fail);
    p.on('close', () => done(out));
  });
}

describe('two processes on one SQLite file', () => {
  it('start together on a new file: both open it, the schema is created once', async () => {
    for (let round = 0; round < 4; round++) {
      const path = join(dir, `new-${round}.db`);
      const outs = await Promise.all([child(path, 'a', 0), child(path, 'b', 0)]);
      for (const out of outs) expect(out, out).toContain('"enabled":true');
    }
  });

  it('write at the same time: every vote is saved, none refused as locked', async () => {
    const path = join(dir, 'shared.db');
    const outs = await Promise.all([child(path, 'a', 300), child(path, 'b', 300)]);
    for (const out of outs) expect(out, out).toContain('"saved":300');
    const store = openSqliteStore({ path, logger: recordingLogger(), hashKey: HASH_KEY });
    expect(await store.votes()).toHaveLength(600);
    await store.close();
  });
});

describe('a database file deleted under the running app', () => {
  it('is noticed: that vote is not thanked as saved, an error is logged, and the file is created again for the next', async () => {
    const path = join(dir, 'feedback.db');
    const logger = recordingLogger();
    const store = openSqliteStore({ path, logger, hashKey: HASH_KEY });
    const vote = { userId: 'U1', entryId: 'm2m-acronym', question: 'q', confidence: 0.5, vote: 'up' as const };
    expect(await store.recordVote(vote)).toMatchObject({ saved: true });
    for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
    expect(await store.recordVote({ ...vote, userId: 'U2' })).toEqual({ saved: false });
    expect(logger.errors().map((e) => e.event)).toContain('feedback_store_file_replaced');
    expect(await store.recordVote({ ...vote, userId: 'U3' })).toMatchObject({ saved: true });
    expect(existsSync(path)).toBe(true);
    expect(await store.votes()).toHaveLength(1);
    await store.close();
  });
});
