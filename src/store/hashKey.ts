import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** A hash key (FEEDBACK_HASH_KEY or the key file) shorter than this is too easy to guess. */
export const MIN_HASH_KEY_CHARS = 32;

/** The file holding the hash key, beside the database. */
export function keyFileOf(databasePath: string): string {
  return `${databasePath}.key`;
}

/** Reads the key file, creating it (mode 0600) on first start. Throws with a plain message when it cannot. */
export function loadOrCreateKey(file: string): string {
  try {
    writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = readFileSync(file, 'utf8').trim();
  if (key.length < MIN_HASH_KEY_CHARS) throw new Error(`the hash key file holds ${key.length} characters; at least ${MIN_HASH_KEY_CHARS} expected`);
  return key;
}

/** A keyed hash of a user id: stable per key, not reversible without it. */
export function hashUser(key: string, userId: string): string {
  return createHmac('sha256', key).update(userId).digest('hex');
}
