import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { KnowledgeBase } from '../knowledge/types.js';
import { writeFileAtomically } from '../writeFileAtomically.js';
import { AnswerEngine, DEFAULT_TUNING, type EngineIndex, type Tuning } from './engine.js';
import { naturalVersion, type StemCache } from './stemCache.js';

/**
 * This folder: the code that builds the index (the engine, the analyzer, the wording model, tokenising). In the
 * bundled `npm run ask` it is dist/cli, where the bundle (ask.bundle.cjs) holds that code.
 */
const ANSWERS_CODE = dirname(fileURLToPath(import.meta.url));

/**
 * An engine whose index is kept in `cacheDir` between runs, for one-shot
 * processes (`npm run ask`): building the index with a cold JIT is most of a
 * quick answer's time, and reading it back takes a few milliseconds. The
 * file is keyed by the knowledge base, the tuning, the code that builds the
 * index and natural's version, so a change to any of them builds it again.
 * A missing, corrupt or unwritable file (or no `cacheDir`) only means building it.
 */
export function cachedEngine(cacheDir: string | undefined, kb: KnowledgeBase, tuning: Tuning = DEFAULT_TUNING, stems?: StemCache): AnswerEngine {
  if (cacheDir === undefined) return new AnswerEngine(kb, tuning, stems);
  let file: string | undefined;
  try {
    file = join(cacheDir, `${FILE_PREFIX}${keyOf(kb, tuning)}.v8`);
    const index = deserialize(readFileSync(file)) as EngineIndex;
    if (index.wording.totals.length === kb.entries.length) return new AnswerEngine(kb, tuning, stems, index);
  } catch {
    // Not cached yet, or unusable: built below.
  }
  const engine = new AnswerEngine(kb, tuning, stems);
  if (file && writeFileAtomically(file, serialize(engine.index()))) removeOthers(cacheDir, file);
  return engine;
}

const FILE_PREFIX = 'engine-';

function keyOf(kb: KnowledgeBase, tuning: Tuning): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ entries: kb.entries, synonyms: kb.synonyms, tuning, natural: naturalVersion() }));
  // The code itself, not its source maps, which change nothing the index holds and were half of what was read.
  for (const name of readdirSync(ANSWERS_CODE).filter((n) => /\.c?[jt]s$/.test(n)).sort()) {
    hash.update(name).update('\0').update(readFileSync(join(ANSWERS_CODE, name))).update('\0');
  }
  return hash.digest('hex').slice(0, 24);
}

/** Indexes of older code or knowledge are never read again: only the newest is kept (~350 KB each). */
function removeOthers(cacheDir: string, kept: string): void {
  try {
    for (const name of readdirSync(cacheDir)) if (name.startsWith(FILE_PREFIX) && name.endsWith('.v8') && join(cacheDir, name) !== kept) rmSync(join(cacheDir, name), { force: true });
  } catch {
    // A file left behind only takes space.
  }
}
