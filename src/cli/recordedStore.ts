/** The database the bot records into, opened for reading by the command-line tools (report, kb:export). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expandHome } from '../config.js';
import { silentLogger } from '../log.js';
import { openPostgresStore, redactedUrl } from '../store/postgresStore.js';
import { openSqliteStore } from '../store/sqliteStore.js';
import { DEFAULT_DATABASE_PATH, type Store } from '../store/store.js';
import { fail } from './common.js';

export interface RecordedStore {
  /** Undefined when there is no SQLite file yet: nothing has been recorded. */
  store: Store | undefined;
  /** The SQLite file looked for, for messages. */
  path: string;
}

/**
 * PostgreSQL at DATABASE_URL when it is set, else the SQLite file at
 * DATABASE_PATH, read-only. A database that cannot be read or reached
 * ends the tool with the reason and the fix (exit code 1).
 */
export async function openRecordedStore(env: NodeJS.ProcessEnv): Promise<RecordedStore> {
  const url = env.DATABASE_URL?.trim();
  const path = resolve(expandHome(env.DATABASE_PATH?.trim() || DEFAULT_DATABASE_PATH, env));
  let store: Store | undefined;
  if (url) store = await openPostgresStore({ url, logger: silentLogger, readOnly: true });
  else if (existsSync(path)) store = openSqliteStore({ path, logger: silentLogger, readOnly: true });
  if (store && !store.enabled) fail(`Cannot read the feedback database. ${store.reason ?? ''}`, 1);
  const health = url && store ? await store.health() : { ok: true };
  if (!health.ok) fail(`Cannot reach the feedback database at ${redactedUrl(url ?? '')}: ${health.problem ?? ''}. Fix: start PostgreSQL or check DATABASE_URL.`, 1);
  return { store, path };
}
