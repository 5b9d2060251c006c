/**
 * Search-as-you-type over the questions the knowledge base answers: every
 * phrasing, label and topic, matched by fuse.js, which forgives half-typed
 * and misspelt words ("cellul", "who wro", "gatway"). It finds entries for a
 * person to pick; it never answers on its own, and stays off the answer
 * engine's path. The index is built on the first search; a cheap first pass
 * (shared three-letter pieces) keeps fuse.js to a few hundred texts, so a
 * search stays fast at 10,000 entries. Pure.
 */
import Fuse from 'fuse.js';
import type { Entry, KnowledgeBase } from '../knowledge/types.js';
import { entryLabel } from '../knowledge/types.js';
import { words } from './text.js';

export interface SearchHit {
  entry: Entry;
  /** The entry's wording that matched best: a phrasing, its label or its topic. */
  matched: string;
  /** 0 for a perfect match, up to 1. */
  score: number;
}

interface Item {
  entry: number;
  text: string;
}

/** How far a match may be from the typed text (fuse.js's threshold: 0 exact, 1 anything). */
const THRESHOLD = 0.4;
/** Hits scoring up to this (0 exact, 1 anything) are always listed... */
const RELEVANT = 0.5;
/** ...and beyond it, only those within this of the best hit. */
const WORSE_THAN_BEST = 0.25;
/** Typed text is cut to this: a search box, not a document. */
const MAX_QUERY_CHARS = 80;

export class QuestionSearch {
  private items: Item[] | undefined;
  /** Which items hold each three-letter piece of a word: a cheap first pass, so fuse.js only scores the likely few. */
  private trigrams: Map<string, number[]> | undefined;

  constructor(private readonly kb: KnowledgeBase) {}

  /** The best entries for `typed`, each once, best first; none for fewer than two letters. */
  find(typed: string, limit = 10): SearchHit[] {
    const query = typed.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS);
    if (query.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return [];
    const candidates = this.candidates(query);
    const fuse = new Fuse(candidates, FUSE_OPTIONS);
    const hits: SearchHit[] = [];
    const seen = new Set<number>();
    const results = fuse.search(query);
    // Far weaker than the best match, a hit is noise ("gatway" should not list "which is better?").
    const cut = Math.max(RELEVANT, (results[0]?.score ?? 0) + WORSE_THAN_BEST);
    for (const result of results) {
      if ((result.score ?? 1) > cut) break;
      if (seen.has(result.item.entry)) continue;
      seen.add(result.item.entry);
      hits.push({ entry: this.kb.entries[result.item.entry] as Entry, matched: result.item.text, score: result.score ?? 1 });
      if (hits.length === limit) break;
    }
    return hits;
  }

  /**
   * The items sharing the most three-letter pieces with the typed words
   * (a typo or a half-typed word keeps most of them); for a query of only
   * short words ("io", "5g"), the items with a word starting like one.
   */
  private candidates(query: string): Item[] {
    const items = this.index();
    const typed = words(query);
    const pieces = new Set(typed.flatMap(trigramsOf));
    if (pieces.size === 0) {
      // Only short words ("io", "5g"): the texts with a word that starts like one of them.
      const starts = new RegExp(`\\b(${typed.map((w) => w.replace(/[^a-z0-9]/g, '')).filter(Boolean).join('|')})`, 'i');
      return typed.length === 0 ? [] : items.filter((item) => starts.test(item.text)).slice(0, MAX_CANDIDATES);
    }
    const shared = new Uint8Array(items.length);
    const touched: number[] = [];
    for (const piece of pieces) {
      for (const item of this.trigrams?.get(piece) ?? []) {
        if (shared[item] === 0) touched.push(item);
        shared[item] = Math.min(255, (shared[item] as number) + 1);
      }
    }
    // Most shared pieces first, without sorting every touched item: bucket them by count.
    const buckets: number[][] = [];
    for (const item of touched) (buckets[shared[item] as number] ??= []).push(item);
    const chosen: Item[] = [];
    for (let count = buckets.length - 1; count > 0 && chosen.length < MAX_CANDIDATES; count--) {
      for (const item of buckets[count] ?? []) {
        chosen.push(items[item] as Item);
        if (chosen.length === MAX_CANDIDATES) break;
      }
    }
    return chosen;
  }

  private index(): Item[] {
    if (!this.items) {
      const items: Item[] = [];
      this.kb.entries.forEach((entry, i) => {
        const texts = new Set([entryLabel(entry), ...entry.questions, ...(entry.topic ? [entry.topic] : [])]);
        for (const text of texts) items.push({ entry: i, text });
      });
      const trigrams = new Map<string, number[]>();
      items.forEach((item, i) => {
        for (const piece of new Set(words(item.text).flatMap(trigramsOf))) {
          const list = trigrams.get(piece);
          if (list) list.push(i);
          else trigrams.set(piece, [i]);
        }
      });
      this.items = items;
      this.trigrams = trigrams;
    }
    return this.items;
  }
}

/** Anywhere in the text (ignoreLocation): "subs" finds "a subset of". */
const FUSE_OPTIONS = { keys: ['text'], threshold: THRESHOLD, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 };
/** fuse.js scores at most this many items per search, whatever the size of the knowledge base. */
const MAX_CANDIDATES = 300;

function trigramsOf(word: string): string[] {
  const pieces: string[] = [];
  for (let i = 0; i + 3 <= word.length; i++) pieces.push(word.slice(i, i + 3));
  return pieces;
}
