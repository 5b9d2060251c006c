import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { removeOlderCacheFiles } from '../removeOlderCacheFiles.js';
import { writeJsonAtomically } from '../writeFileAtomically.js';
import { KNOWLEDGE_SIGNATURE, type Entry, type KnowledgeBase } from './types.js';

/**
 * A valid knowledge base kept as JSON between runs, for one-shot commands
 * where parsing ~100 KB of YAML cold is a large share of the time. The cache
 * is keyed by a hash of every file's content and of the declarations of
 * their fields, so any edit of either invalidates it; a missing, corrupt or
 * unwritable cache only means parsing the YAML again.
 */
export class KnowledgeCache {
  private readonly file: string;
  private readonly fingerprint: string;

  constructor(dir: string, cacheDir: string) {
    const folder = resolve(dir);
    this.file = join(cacheDir, `knowledge-${createHash('sha256').update(folder).digest('hex').slice(0, 16)}.json`);
    this.fingerprint = fingerprintOf(folder);
  }

  read(): KnowledgeBase | undefined {
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as { fingerprint?: string; kb?: { dir: string; entries: Entry[]; synonyms: string[][] } };
      if (data.fingerprint !== this.fingerprint || !data.kb) return undefined;
      const { dir, entries, synonyms } = data.kb;
      return { dir, entries, synonyms, byId: new Map(entries.map((e) => [e.id, e])) };
    } catch {
      return undefined;
    }
  }

  /** Not cached when it cannot be written: the next run parses the YAML again. */
  write(kb: KnowledgeBase): void {
    writeJsonAtomically(this.file, { fingerprint: this.fingerprint, kb: { dir: kb.dir, entries: kb.entries, synonyms: kb.synonyms } });
  }
}

/** A hash of the knowledge declaration's signature and the names and contents of faq/*.yml and synonyms.yml; empty when they cannot be read. */
function fingerprintOf(dir: string): string {
  const hash = createHash('sha256').update(KNOWLEDGE_SIGNATURE).update('\0');
  try {
    for (const name of readdirSync(join(dir, 'faq')).filter((n) => /\.ya?ml$/.test(n)).sort()) {
      hash.update(name).update('\0').update(readFileSync(join(dir, 'faq', name))).update('\0');
    }
    hash.update('synonyms.yml\0').update(readFileSync(join(dir, 'synonyms.yml')));
  } catch {
    return '';
  }
  return hash.digest('hex');
}

/**
 * What `compute()` returns (plain JSON data, e.g. the checked chooser), kept
 * in `cacheDir` (when there is one) between runs and keyed by the content of `files` and by
 * `signature` (the declaration it was checked against). A failing compute()
 * throws as usual and caches nothing; a cache that cannot be read or written
 * only means computing again. Only the newest value of each `name` is kept.
 */
export function cachedContent<T>(cacheDir: string | undefined, name: string, files: readonly string[], signature: string, compute: () => T): T {
  if (cacheDir === undefined) return compute();
  const hash = createHash('sha256').update(signature).update('\0');
  let file: string | undefined;
  try {
    for (const f of files) hash.update(resolve(f)).update('\0').update(readFileSync(f)).update('\0');
    file = join(cacheDir, `${name}-${hash.digest('hex').slice(0, 24)}.json`);
    return (JSON.parse(readFileSync(file, 'utf8')) as { value: T }).value;
  } catch {
    // Not cached yet (or unreadable): compute below.
  }
  const value = compute();
  if (file && writeJsonAtomically(file, { value })) removeOlderCacheFiles(cacheDir, `${name}-`, '.json', file);
  return value;
}
