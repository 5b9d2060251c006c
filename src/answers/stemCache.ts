import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeJsonAtomically } from '../writeFileAtomically.js';

/**
 * Porter stems kept between runs. natural's stemmer costs ~50 µs a word
 * before the JIT warms up, which is most of a one-shot `npm run ask`; a stem
 * never changes for a given natural version, so the file is keyed by it.
 * Every failure (unreadable, corrupt, read-only disk) just means no cache.
 */
export class StemCache {
  private readonly stems: Map<string, string>;
  private added = 0;

  private constructor(
    private readonly file: string | undefined,
    stems: Map<string, string>,
  ) {
    this.stems = stems;
  }

  /** An in-memory cache, for tests and anything that builds the engine once. */
  static inMemory(): StemCache {
    return new StemCache(undefined, new Map());
  }

  /** A cache read from (and saved to) `dir`, kept apart for each natural version and each `rules` (how words are turned into stems, as code); in memory without a `dir`. */
  static persistent(dir: string | undefined, rules = ''): StemCache {
    if (dir === undefined) return StemCache.inMemory();
    const file = join(dir, `stems-natural-${naturalVersion()}-${createHash('sha256').update(rules).digest('hex').slice(0, 12)}.json`);
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (data && typeof data === 'object' && !Array.isArray(data)) {
        const entries = Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string');
        return new StemCache(file, new Map(entries));
      }
    } catch {
      // No cache yet, or an unusable one: start empty.
    }
    return new StemCache(file, new Map());
  }

  get(word: string): string | undefined {
    return this.stems.get(word);
  }

  set(word: string, stem: string): void {
    if (this.stems.size >= 100_000) return;
    this.stems.set(word, stem);
    this.added += 1;
  }

  /** Writes the file if new stems were learned (atomically: a temp file, then a rename). */
  save(): void {
    if (!this.file || this.added === 0) return;
    if (writeJsonAtomically(this.file, Object.fromEntries(this.stems))) this.added = 0;
  }
}

/** The installed version of `natural`, whose stemmer decides every stem. */
export function naturalVersion(): string {
  try {
    return (createRequire(import.meta.url)('natural/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
