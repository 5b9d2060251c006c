import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `value` as JSON to `file` through a temp file and a rename, so a
 * reader never sees half a file. For caches: returns false instead of
 * throwing, since a cache that cannot be written only costs time next run.
 */
export function writeJsonAtomically(file: string, value: unknown): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(value));
    renameSync(temp, file);
    return true;
  } catch {
    return false;
  }
}
