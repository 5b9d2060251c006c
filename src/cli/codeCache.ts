import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';
import { Script } from 'node:vm';
import { writeFileAtomically } from '../writeFileAtomically.js';

/** What became of the compiled code kept for a file: read and used, or written for the next run, or neither. */
export type CodeCacheUse = 'used' | 'written' | 'none';

/**
 * Runs the CommonJS file `file` as `require` would, with the code V8 compiled for it kept in `cacheDir` between runs:
 * compiling a half-megabyte bundle, and the functions an answer calls, is some 10 ms of a one-shot answer. Returns
 * the file's exports, and `keep`, which writes what was compiled unless the cache was used: call it after the work,
 * so that what V8 compiled only when a function first ran is kept too. The cache is run as code, so `cacheDir` must be
 * the user's own (privateCacheDir). It is keyed by the file's content and this Node's version: V8 itself only checks
 * the source's length. Once per file and process: within one, V8 reuses what it compiled and reads no cache.
 */
export function runWithCodeCache(file: string, cacheDir: string | undefined): { exports: unknown; keep: () => CodeCacheUse } {
  const source = readFileSync(file, 'utf8');
  const prefix = `${basename(file, extname(file))}-`;
  const cached = cacheDir && join(cacheDir, `${prefix}${createHash('sha256').update(`${process.version}\0${process.arch}\0`).update(source).digest('hex').slice(0, 24)}.code`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = cached ? readFileSync(cached) : undefined;
  } catch {
    // Not cached yet: compiled as usual below.
  }
  // The wrapper Node puts around every CommonJS module; one line, so that line numbers in stack traces still hold.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const keep = (): CodeCacheUse => {
    if (!cached) return 'none';
    if (cachedData && !script.cachedDataRejected) return 'used';
    if (!writeFileAtomically(cached, script.createCachedData())) return 'none';
    // Another build's cache is of no more use.
    try {
      for (const name of readdirSync(dirname(cached))) if (name.startsWith(prefix) && name.endsWith('.code') && name !== basename(cached)) rmSync(join(dirname(cached), name), { force: true });
    } catch {
      // Left for the next build's run to remove.
    }
    return 'written';
  };
  return { exports: module.exports, keep };
}
