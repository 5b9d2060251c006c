import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { removeOlderCacheFiles } from '../removeOlderCacheFiles.js';
import { writeFileAtomically } from '../writeFileAtomically.js';

/**
 * This folder: the code that builds the engine's index and checks the learned model (the engine, the analyzer, the
 * models, tokenising). In the bundled `npm run ask` it is dist/cli, where the bundle (ask.bundle.cjs) holds that code.
 */
const ANSWERS_CODE = dirname(fileURLToPath(import.meta.url));

/** A value kept between runs by a one-shot process (`npm run ask`). */
export interface V8CacheFile {
  /** What was kept, or undefined when nothing was or it cannot be read. */
  read(): unknown;
  /** Keeps `value`, and removes what was kept under other keys: it is never read again. Never throws. */
  keep(value: unknown): void;
}

/**
 * The V8-serialized file in `cacheDir` for what `keyedBy()` returns and the code in ANSWERS_CODE (so a change to either
 * is never served an old value), named `prefix` + hash + ".v8". `cacheDir` must be one only its owner can write
 * (privateCacheDir): what is read back is trusted as code's own output. None without a `cacheDir` or when `keyedBy()`
 * throws. A missing, corrupt or unwritable file only means computing the value again.
 */
export function v8CacheFile(cacheDir: string | undefined, prefix: string, keyedBy: () => string | Buffer): V8CacheFile | undefined {
  if (cacheDir === undefined) return undefined;
  let file: string;
  try {
    const key = createHash('sha256').update(answersCodeHash()).update('\0').update(keyedBy()).digest('hex').slice(0, 24);
    file = join(cacheDir, `${prefix}${key}.v8`);
  } catch {
    return undefined;
  }
  return {
    read: () => {
      try {
        return deserialize(readFileSync(file));
      } catch {
        return undefined;
      }
    },
    keep: (value) => {
      try {
        if (writeFileAtomically(file, serialize(value))) removeOlderCacheFiles(cacheDir, prefix, '.v8', file);
      } catch {
        // Not serializable: computed again next run.
      }
    },
  };
}

let answersCode: string | undefined;

/** A hash of the code in ANSWERS_CODE (not its source maps, which change nothing and were half of what was read); read once per process. */
function answersCodeHash(): string {
  if (answersCode === undefined) {
    const hash = createHash('sha256');
    for (const name of readdirSync(ANSWERS_CODE).filter((n) => /\.c?[jt]s$/.test(n)).sort()) {
      hash.update(name).update('\0').update(readFileSync(join(ANSWERS_CODE, name))).update('\0');
    }
    answersCode = hash.digest('hex');
  }
  return answersCode;
}
