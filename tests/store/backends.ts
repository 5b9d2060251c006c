/**
 * The two databases the store runs on, for one suite run against both: each
 * gives a fresh place to keep data, opens stores on it (several at once, as
 * several instances would), and reads raw rows to check what is on disk.
 */
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { openPostgresStore } from '../../src/store/postgresStore.js';
import { openSqliteStore } from '../../src/store/sqliteStore.js';
import type { Store, StoreOptions } from '../../src/store/store.js';
import { recordingLogger, tempDir } from '../feedback/helpers.js';
import { freshDatabase, postgresUrl, queryRows } from '../support/postgres.js';

const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;

export const HASH_KEY = 'k'.repeat(40);

export interface Place {
  /** Where the data is: the SQLite file, or the PostgreSQL URL (as DATABASE_PATH or DATABASE_URL would give it). */
  location: string;
  /** Opens a store on this place; every store opened is closed by `remove()`. */
  open(options?: Partial<StoreOptions>): Promise<{ store: Store; logger: ReturnType<typeof recordingLogger> }>;
  /** Rows as stored, read (or changed) past the store. */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  remove(): Promise<void>;
}

export interface Backend {
  name: string;
  /** Why this backend cannot run here, or undefined. */
  skip: string | undefined;
  place(): Promise<Place>;
}

function tracked(open: (options: Partial<StoreOptions>) => Promise<Store>) {
  const stores: Store[] = [];
  return {
    open: async (options: Partial<StoreOptions> = {}) => {
      const logger = recordingLogger();
      const store = await open({ logger, ...options });
      stores.push(store);
      return { store, logger };
    },
    closeAll: async () => {
      for (const store of stores.splice(0)) await store.close();
    },
  };
}

export const sqlite: Backend = {
  name: 'SQLite',
  skip: undefined,
  place: async () => {
    const { dir, cleanup } = tempDir('store-');
    const path = join(dir, 'data', 'bot.db');
    const stores = tracked(async (options) => openSqliteStore({ path, hashKey: HASH_KEY, logger: recordingLogger(), ...options }));
    return {
      location: path,
      open: stores.open,
      rows: async (sql) => {
        // Writable, so a test can also change rows past the store (as someone editing the file by hand would).
        const db = new Database(path);
        try {
          const statement = db.prepare(sql);
          if (!statement.reader) {
            statement.run();
            return [];
          }
          return statement.all() as Record<string, unknown>[];
        } finally {
          db.close();
        }
      },
      remove: async () => {
        await stores.closeAll();
        cleanup();
      },
    };
  },
};

export const postgres: Backend = {
  name: 'PostgreSQL',
  skip: postgresUrl ? undefined : 'no PostgreSQL server in this run',
  place: async () => {
    const database = await freshDatabase();
    const stores = tracked((options) => openPostgresStore({ url: database.url, hashKey: HASH_KEY, logger: recordingLogger(), ...options }));
    return {
      location: database.url,
      open: stores.open,
      rows: (sql) => queryRows(database.url, sql),
      remove: async () => {
        await stores.closeAll();
        await database.drop();
      },
    };
  },
};

export const backends: Backend[] = [sqlite, postgres];
