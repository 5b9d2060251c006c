import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `data` to `file` through a temp file and a rename, so a reader
 * never sees half a file, private to its owner unless `mode` says otherwise.
 * Returns false instead of throwing: a cache that cannot be written only
 * costs time next run.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array, mode = 0o600): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    // 'wx': never through a file or link already at the temp name (a shared folder may hold one left there on purpose).
    rmSync(temp, { force: true });
    writeFileSync(temp, data, { flag: 'wx', mode });
    renameSync(temp, file);
    return true;
  } catch {
    return false;
  }
}

/** `value` as JSON, written as writeFileAtomically does. */
export function writeJsonAtomically(file: string, value: unknown): boolean {
  return writeFileAtomically(file, JSON.stringify(value));
}
