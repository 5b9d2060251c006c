import type { KnowledgeBase } from '../knowledge/types.js';
import { AnswerEngine, DEFAULT_TUNING, type EngineIndex, type Tuning } from './engine.js';
import { naturalVersion, type StemCache } from './stemCache.js';
import { v8CacheFile } from './v8Cache.js';

/**
 * An engine whose index is kept in `cacheDir` between runs, for one-shot
 * processes (`npm run ask`): building the index with a cold JIT is most of a
 * quick answer's time, and reading it back takes a few milliseconds. The
 * file is keyed by the knowledge base, the tuning, the code that builds the
 * index and natural's version, so a change to any of them builds it again.
 * A missing, corrupt or unwritable file (or no `cacheDir`) only means building it.
 */
export function cachedEngine(cacheDir: string | undefined, kb: KnowledgeBase, tuning: Tuning = DEFAULT_TUNING, stems?: StemCache): AnswerEngine {
  // Indexes of older code or knowledge are never read again: only the newest is kept (~350 KB each).
  const cache = v8CacheFile(cacheDir, 'engine-', () => keyOf(kb, tuning));
  try {
    const index = cache?.read() as EngineIndex | undefined;
    if (index?.wording.totals.length === kb.entries.length) return new AnswerEngine(kb, tuning, stems, index);
  } catch {
    // Not cached yet, or unusable: built below.
  }
  const engine = new AnswerEngine(kb, tuning, stems);
  cache?.keep(engine.index());
  return engine;
}

/** What the index is built from, besides the code (which v8CacheFile adds to every key). */
function keyOf(kb: KnowledgeBase, tuning: Tuning): string {
  return JSON.stringify({ entries: kb.entries, synonyms: kb.synonyms, tuning, natural: naturalVersion() });
}
