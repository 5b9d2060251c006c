import { openPostgresStore } from './postgresStore.js';
import { openSqliteStore } from './sqliteStore.js';
import type { Store, StoreOptions } from './store.js';

export interface StoreLocation {
  /** DATABASE_URL: PostgreSQL, shared by every instance. */
  databaseUrl?: string | undefined;
  /** DATABASE_PATH: the SQLite file used without DATABASE_URL. */
  databasePath: string;
}

/** Opens PostgreSQL when a database URL is given, else the SQLite file. Never throws: a store that cannot be used is disabled, with the reason logged. */
export async function openStore(where: StoreLocation, options: StoreOptions): Promise<Store> {
  return where.databaseUrl ? openPostgresStore({ ...options, url: where.databaseUrl }) : openSqliteStore({ ...options, path: where.databasePath });
}
