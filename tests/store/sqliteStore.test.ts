/** What only the SQLite store does: its file, WAL, the key file beside it, and the ways a file can fail to open. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/store/sqliteSchema.js';
import { openSqliteStore, type SqliteStoreOptions } from '../../src/store/sqliteStore.js';
import type { Store } from '../../src/store/store.js';
import { recordingLogger, tempDir } from '../feedback/helpers.js';

const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;

let dir: string;
let cleanup: () => void;
const open: Store[] = [];

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  cleanup();
});

function openStore(options: Partial<SqliteStoreOptions> = {}) {
  const logger = recordingLogger();
  const store = openSqliteStore({ path: join(dir, 'data', 'feedback.db'), logger, ...options });
  open.push(store);
  return { store, logger };
}

const vote = { userId: 'U123', entryId: 'm2m-definition', question: '  What is M2M?  ', confidence: 0.8, vote: 'up' as const };

describe('the SQLite store', () => {
  it('creates the folder, uses WAL and records the schema version', async () => {
    const { store, logger } = openStore();
    expect(store.enabled).toBe(true);
    expect(store.reason).toBeUndefined();
    expect(logger.errors()).toEqual([]);
    await store.close();
    const db = new Database(join(dir, 'data', 'feedback.db'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_version').get()).toEqual({ version: SCHEMA_VERSION });
    db.close();
  });

  it('creates the hash key beside the database (mode 0600) and keeps it across a reopen', async () => {
    const path = join(dir, 'data', 'feedback.db');
    const { store } = openStore();
    await store.recordVote(vote);
    await store.close();
    expect(statSync(`${path}.key`).mode & 0o777).toBe(0o600);
    const again = openStore().store;
    expect(await again.recordVote({ ...vote, vote: 'down' })).toEqual({ saved: true, previous: 'up' });
  });

  it('uses the given hash key instead of creating a key file', async () => {
    const { store } = openStore({ hashKey: 'k'.repeat(40) });
    expect((await store.recordVote(vote)).saved).toBe(true);
    expect(existsSync(join(dir, 'data', 'feedback.db.key'))).toBe(false);
  });

  it('never writes question text to the file or its log when questions are not recorded', async () => {
    const path = join(dir, 'data', 'feedback.db');
    const { store } = openStore({ recordQuestions: false });
    await store.recordQuestion({ question: 'the plant in Zwolle', outcome: 'fallback', candidates: [] });
    await store.recordVote({ ...vote, question: 'the plant in Zwolle' });
    await store.close();
    for (const file of [path, `${path}-wal`]) {
      if (existsSync(file)) expect(readFileSync(file).includes(Buffer.from('Zwolle'))).toBe(false);
    }
  });

  it('writes what arrives together in one transaction, where one failing write is undone alone', async () => {
    const path = join(dir, 'data', 'feedback.db');
    const { store } = openStore();
    const other = new Database(path);
    other.exec('DROP TABLE votes');
    other.close();
    const [question, broken, claim] = await Promise.all([
      store.recordQuestion({ question: 'what is lorawan', outcome: 'fallback', candidates: [] }),
      store.recordVote(vote),
      store.claim(['event:E1']),
    ]);
    expect(question.saved).toBe(true);
    expect(broken).toEqual({ saved: false });
    expect(claim).toBe(true);
    expect(await store.questions()).toHaveLength(1);
  });

  it('turns SQLite errors during use into saved: false and one logged error', async () => {
    const path = join(dir, 'data', 'feedback.db');
    const { store, logger } = openStore();
    const other = new Database(path);
    other.exec('DROP TABLE votes; DROP TABLE questions;');
    other.close();
    expect(await store.recordVote(vote)).toEqual({ saved: false });
    expect(await store.recordQuestion({ question: 'x', outcome: 'fallback', candidates: [] })).toEqual({ saved: false });
    expect(await store.prune()).toEqual({ saved: false });
    expect(await store.votes()).toEqual([]);
    expect(logger.errors()).toHaveLength(1);
    expect(logger.errors()[0]?.event).toBe('store_failed');
  });
});

describe('a SQLite store that cannot open', () => {
  async function expectDisabled(store: Store, logger: ReturnType<typeof recordingLogger>, reason: RegExp) {
    expect(store.enabled).toBe(false);
    expect(store.reason).toMatch(reason);
    expect(store.reason).toMatch(/Fix:/);
    expect(logger.events.filter((e) => e.level === 'error' || e.level === 'warn')).toHaveLength(1);
    const [error] = logger.errors();
    expect(error?.event).toBe('feedback_store_disabled');
    expect(error?.fields).toMatchObject({ file: expect.any(String), fix: expect.any(String) });
    expect(await store.recordVote(vote)).toEqual({ saved: false });
    expect(await store.recordQuestion({ question: 'x', outcome: 'fallback', candidates: [] })).toEqual({ saved: false });
    expect(await store.recordChoice(1, 'x')).toEqual({ saved: false });
    expect(await store.prune()).toEqual({ saved: false });
    expect(await store.votes()).toEqual([]);
    expect(await store.questions()).toEqual([]);
    store.startDailyPrune()();
    await store.close();
  }

  it('is disabled for a corrupt database file', async () => {
    const path = join(dir, 'garbage.db');
    writeFileSync(path, randomBytes(8192));
    const { store, logger } = openStore({ path });
    await expectDisabled(store, logger, /not a readable SQLite database/);
  });

  it('is disabled when the folder cannot be created', async () => {
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const { store, logger } = openStore({ path: join(dir, 'a-file', 'sub', 'feedback.db') });
    await expectDisabled(store, logger, /cannot create the folder/);
  });

  it('is disabled when the path is a folder', async () => {
    const path = join(dir, 'is-a-folder');
    mkdirSync(path);
    const { store, logger } = openStore({ path });
    await expectDisabled(store, logger, /cannot open/);
  });

  it('is disabled for a schema newer than the code knows', async () => {
    const path = join(dir, 'newer.db');
    const db = new Database(path);
    db.exec(`CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (${SCHEMA_VERSION + 1});`);
    db.close();
    const { store, logger } = openStore({ path });
    await expectDisabled(store, logger, /newer version/);
  });

  it('is disabled when the native module cannot be loaded', async () => {
    const { store, logger } = openStore({
      loadDriver: () => {
        throw new Error('Could not locate the bindings file: better_sqlite3.node');
      },
    });
    await expectDisabled(store, logger, /better-sqlite3/);
  });

  it('is disabled, naming the other process and the fix, when another process keeps the file locked', async () => {
    const path = join(dir, 'locked.db');
    const holder = new Database(path);
    holder.exec('CREATE TABLE t (a); BEGIN EXCLUSIVE');
    try {
      const { store, logger } = openStore({ path, busyTimeoutMs: 100 });
      await expectDisabled(store, logger, /another process kept the feedback database locked.*PostgreSQL/);
    } finally {
      holder.close();
    }
  });

  it('is disabled when the key file is unusable', async () => {
    const path = join(dir, 'feedback.db');
    writeFileSync(`${path}.key`, 'short');
    const { store, logger } = openStore({ path });
    await expectDisabled(store, logger, /FEEDBACK_HASH_KEY/);
  });
});

/** The error better-sqlite3 throws when SQLite reports the file locked (`code`: with extended result codes, e.g. SQLITE_BUSY_RECOVERY). */
function lockedError(code = 'SQLITE_BUSY'): Error {
  return Object.assign(new Error('database is locked'), { code });
}

/** A driver whose next `locks.writes` write transactions are told "database is locked". */
function lockingWrites(locks: { writes: number }): typeof BetterSqlite3 {
  class LockingWrites extends Database {
    override transaction<F extends (...args: never[]) => unknown>(fn: F): BetterSqlite3.Transaction<F> {
      type Run = (...args: unknown[]) => unknown;
      const transaction = super.transaction(fn);
      const immediate: Run = (...args) => {
        if (locks.writes-- > 0) throw lockedError();
        return (transaction.immediate as unknown as Run)(...args);
      };
      return Object.assign((...args: unknown[]) => (transaction as unknown as Run)(...args), { immediate }) as unknown as BetterSqlite3.Transaction<F>;
    }
  }
  return LockingWrites as unknown as typeof BetterSqlite3;
}

/**
 * SQLite answers "database is locked" at once, without its busy wait, while
 * another process closes the file or recovers its WAL (sqlite.org/wal.html,
 * "Sometimes queries return SQLITE_BUSY"). That moment cannot be caught on a
 * real file in a test, so these drivers report it on cue.
 */
describe('a file locked for a moment by another process', () => {
  it('is opened once the moment passes, with nothing logged', async () => {
    let lockedOpens = 2;
    class LockedWhileOpening extends Database {
      override pragma(source: string, options?: BetterSqlite3.PragmaOptions): unknown {
        // As SQLite reports another process recovering the WAL, then plainly.
        if (source.startsWith('journal_mode') && lockedOpens > 0) throw lockedError(lockedOpens-- === 2 ? 'SQLITE_BUSY_RECOVERY' : 'SQLITE_BUSY');
        return super.pragma(source, options);
      }
    }
    const { store, logger } = openStore({ loadDriver: () => LockedWhileOpening as unknown as typeof BetterSqlite3 });
    expect(store.enabled).toBe(true);
    expect(lockedOpens).toBe(0);
    expect(await store.recordVote(vote)).toMatchObject({ saved: true });
    expect(logger.events.filter((e) => e.level === 'error' || e.level === 'warn')).toEqual([]);
  });

  it('keeps a vote that met the lock: it is saved on the next try, not dropped', async () => {
    const locks = { writes: 0 };
    const { store, logger } = openStore({ loadDriver: () => lockingWrites(locks) });
    locks.writes = 1;
    expect(await store.recordVote(vote)).toMatchObject({ saved: true });
    expect(locks.writes).toBeLessThan(0);
    expect(await store.votes()).toHaveLength(1);
    expect(logger.events.filter((e) => e.level === 'error' || e.level === 'warn')).toEqual([]);
  });

  it('on close, commits what is queued or says it was not saved: a batch that meets the lock is not left for later', async () => {
    const locks = { writes: 0 };
    const { store, logger } = openStore({ loadDriver: () => lockingWrites(locks) });
    await store.prune();
    locks.writes = 1;
    const saved = store.recordVote(vote);
    await store.close();
    expect(await saved).toEqual({ saved: false });
    expect(logger.errors().map((e) => e.event)).toEqual(['store_failed']);
  });
});
