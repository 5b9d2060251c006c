import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { KnowledgeBase } from '../knowledge/types.js';
import { writeFileAtomically } from '../writeFileAtomically.js';
import { AnswerEngine, DEFAULT_TUNING, type EngineIndex, type Tuning } from './engine.js';
import { naturalVersion, type StemCache } from './stemCache.js';

/** This folder: the code that builds the index (the engine, the analyzer, the wording model, tokenising). */
const ANSWERS_CODE = dirname(fileURLToPath(import.meta.url));

/**
 * An engine whose index is kept in `cacheDir` between runs, for one-shot
 * processes (`npm run ask`): building the index with a cold JIT is most of a
 * quick answer's time, and reading it back takes a few milliseconds. The
 * file is keyed by the knowledge base, the tuning, the code that builds the
 * index and natural's version, so a change to any of them builds it again.
 * A missing, corrupt or unwritable file only means building it.
 */
export function cachedEngine(cacheDir: string, kb: KnowledgeBase, tuning: Tuning = DEFAULT_TUNING, stems?: StemCache): AnswerEngine {
  const file = join(cacheDir, `engine-${keyOf(kb, tuning)}.v8`);
  try {
    const index = deserialize(readFileSync(file)) as EngineIndex;
    if (index.wording.totals.length === kb.entries.length) return new AnswerEngine(kb, tuning, stems, index);
  } catch {
    // Not cached yet, or unusable: built below.
  }
  const engine = new AnswerEngine(kb, tuning, stems);
  writeFileAtomically(file, serialize(engine.index()));
  return engine;
}

function keyOf(kb: KnowledgeBase, tuning: Tuning): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ entries: kb.entries, synonyms: kb.synonyms, tuning, natural: naturalVersion() }));
  for (const name of readdirSync(ANSWERS_CODE).sort()) hash.update(name).update('\0').update(readFileSync(join(ANSWERS_CODE, name))).update('\0');
  return hash.digest('hex').slice(0, 24);
}
