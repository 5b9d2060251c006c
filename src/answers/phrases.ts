/**
 * Finding short phrases in a message: words in order, compared by their
 * Porter stems ("syncing" meets "sync") unless asked to be exact, and "*" in
 * a phrase stands for one to four other words ("how much does * cost"). A
 * phrase that starts with "=" matches only as written: "=scaling" is not met
 * by "scale", a weighing scale in a project description. Where asked,
 * "(a|b)" lists alternatives for one place in a phrase ("(wifi|broadband) * drops").
 * Used for what content files list as plain phrases: out-of-scope topics and
 * the chooser's scenario cues. Pure.
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words } from './text.js';

/** The most phrases one listed phrase may stand for through its "(a|b)" alternatives. */
export const MAX_ALTERNATIVE_PHRASES = 1000;

/** A group of alternatives in a phrase: "(wifi|broadband)". */
const GROUP = /\(([^()]*)\)/g;

/** How many phrases a listed phrase stands for: the product of its groups' sizes, counted without listing them. */
export function alternativesCount(phrase: string): number {
  return [...phrase.matchAll(GROUP)].reduce((n, group) => n * (group[1] ?? '').split('|').length, 1);
}

/**
 * The phrases a listed phrase stands for: each "(a|b|c)" group is replaced by each of its alternatives in turn
 * ("(wifi|broadband) * drops" is "wifi * drops" and "broadband * drops"). A phrase with no group is itself; one
 * that stands for more than MAX_ALTERNATIVE_PHRASES (which content checks report) stands for none.
 */
export function expandAlternatives(phrase: string): string[] {
  if (alternativesCount(phrase) > MAX_ALTERNATIVE_PHRASES) return [];
  const [group] = phrase.matchAll(GROUP);
  if (!group) return [phrase];
  const [whole, inner = ''] = group;
  const before = phrase.slice(0, group.index);
  const after = phrase.slice(group.index + whole.length);
  return inner.split('|').flatMap((alternative) => expandAlternatives(`${before}${alternative}${after}`).map((p) => p.replace(/\s+/g, ' ').trim()));
}

/**
 * The phrases a listed phrase with "(a|b)" groups stands for, each as its parts (the words between "*" gaps) stemmed by
 * `form`: what `expandAlternatives` lists, with every group's words read and stemmed once rather than once per phrase.
 */
function stemmedExpansions(phrase: string, form: (word: string) => string): string[][][] {
  if (alternativesCount(phrase) > MAX_ALTERNATIVE_PHRASES) return [];
  const partOptions = phrase.split('*').map((part) => {
    let options: string[][] = [[]];
    let at = 0;
    for (const group of part.matchAll(GROUP)) {
      const before = words(part.slice(at, group.index)).map(form);
      const alternatives = (group[1] ?? '').split('|').map((alternative) => words(alternative).map(form));
      options = options.flatMap((o) => alternatives.map((alternative) => [...o, ...before, ...alternative]));
      at = (group.index ?? 0) + group[0].length;
    }
    const rest = words(part.slice(at)).map(form);
    return options.map((o) => [...o, ...rest]);
  });
  // Every combination of the parts' words; a part left with no words ("(the |)*") is no part.
  return partOptions.reduce<string[][][]>((phrases, options) => phrases.flatMap((parts) => options.map((o) => (o.length > 0 ? [...parts, o] : parts))), [[]]);
}

/** Words that may stand between a negation and what it denies: "never really drops", "hardly ever drops". */
const SOFTENERS = ['really', 'once', 'actually', 'ever', 'even', 'basically', 'truly', 'quite'];

/** The most words a "*" stands for. */
const MAX_WILDCARD_WORDS = 4;
/** The most filler words skipped inside one phrase ("without any wifi" for "without wifi"). */
const MAX_FILLERS = 2;

export interface PhraseMatch<T> {
  value: T;
  /** The phrase as listed. */
  phrase: string;
  /** Word positions [start, end) in the message. */
  start: number;
  end: number;
  /** The message's words that matched, as typed (lowercased). */
  words: string;
}

interface Pattern<T> {
  value: T;
  phrase: string;
  parts: string[][];
  /** How many words the parts have: longer phrases are tried first. */
  length: number;
  /** For a phrase listed with "=": its words as they must be typed. */
  asWritten?: string;
}

/** A phrase as listed, with the patterns it stands for once they are read. */
interface Listed<T> {
  value: T;
  phrase: string;
  /** Whether its "(a|b)" groups are read as alternatives. */
  grouped: boolean;
  patterns?: Pattern<T>[];
}

const stemCache = new Map<string, string>();
function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /\d/.test(word) ? word : PorterStemmer.stem(word);
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

export class PhraseFinder<T> {
  private readonly listedByFirstStem = new Map<string, Listed<T>[]>();
  private readonly byFirstStem = new Map<string, Pattern<T>[]>();
  private readonly form: (word: string) => string;
  private readonly fillers: ReadonlySet<string>;
  /** Words a "*" gap never ends with, softeners aside. */
  private readonly unbridged: ReadonlySet<string>;
  private readonly softeners: ReadonlySet<string>;
  private lastFound: { text: string; found: readonly PhraseMatch<T>[] } | undefined;

  /**
   * `exact`: words must match as written (names like "REST" must not meet
   * "restful" through a shared stem); `stem`: the stemmer to use (the
   * engine's, with its cache of stems kept between runs); `fillers`: words a
   * message may have inside a phrase that the phrase leaves out ("any" in
   * "without any wifi"), at most two per phrase; `unbridged`: words a "*" gap may not end with (a
   * negation: "the wifi never drops" is no "wifi * drops"); `alternatives`: read "(a|b)" groups.
   */
  constructor(
    entries: Iterable<{ value: T; phrases: readonly string[] }>,
    options: { exact?: boolean; stem?: (word: string) => string; fillers?: readonly string[]; unbridged?: Iterable<string>; alternatives?: boolean } = {},
  ) {
    this.form = options.exact ? (w) => w : (options.stem ?? stem);
    this.fillers = new Set((options.fillers ?? []).map(this.form));
    this.unbridged = new Set([...(options.unbridged ?? [])].map(this.form));
    this.softeners = new Set(SOFTENERS.map(this.form));
    for (const { value, phrases } of entries) {
      for (const phrase of phrases) {
        // A phrase with "(a|b)" groups stands for many: its groups' words are read once and combined, not written out.
        const listed: Listed<T> = { value, phrase, grouped: options.alternatives === true && phrase.includes('(') && !phrase.startsWith('=') };
        for (const first of this.firstFormsOf(listed)) {
          const list = this.listedByFirstStem.get(first) ?? [];
          list.push(listed);
          this.listedByFirstStem.set(first, list);
        }
      }
    }
  }

  /**
   * The forms a listed phrase's first word may take: the words before its first "(a|b)" group, or each alternative's
   * first word (and what follows the group when an alternative is empty), in its first part that has words.
   */
  private firstFormsOf({ phrase, grouped }: Listed<T>): Set<string> {
    const firsts = new Set<string>();
    const fromText = (text: string): boolean => {
      const [group] = grouped ? text.matchAll(GROUP) : [];
      const [before] = words(group ? text.slice(0, group.index) : text);
      if (before !== undefined) {
        firsts.add(this.form(before));
        return true;
      }
      if (!group) return false;
      let mayBeEmpty = false;
      for (const alternative of (group[1] ?? '').split('|')) {
        const [first] = words(alternative);
        if (first === undefined) mayBeEmpty = true;
        else firsts.add(this.form(first));
      }
      return !mayBeEmpty || fromText(text.slice((group.index ?? 0) + group[0].length));
    };
    for (const part of phrase.split('*')) if (fromText(part)) break;
    return firsts;
  }

  /**
   * The patterns that start with `first`, longest first, read from their listed phrases when a message first has it:
   * a process that answers one question reads only a few of the scenario cues' thousands of patterns.
   */
  private patternsStartingWith(first: string): Pattern<T>[] {
    const known = this.byFirstStem.get(first);
    if (known) return known;
    // Only a word some phrase may start with is kept: a long-running app sees every word there is.
    const listedFirst = this.listedByFirstStem.get(first);
    if (!listedFirst) return [];
    const list: Pattern<T>[] = [];
    for (const listed of listedFirst) {
      listed.patterns ??= this.patternsOf(listed);
      for (const pattern of listed.patterns) if (pattern.parts[0]?.[0] === first) list.push(pattern);
    }
    // Longer phrases first, so "not planning to grow" is found before "grow".
    list.sort((a, b) => b.length - a.length);
    this.byFirstStem.set(first, list);
    return list;
  }

  private patternsOf({ value, phrase, grouped }: Listed<T>): Pattern<T>[] {
    const asWritten = phrase.startsWith('=') && !phrase.includes('*') ? words(phrase).join(' ') : undefined;
    return (grouped ? stemmedExpansions(phrase, this.form) : [this.partsOf(phrase)])
      .filter((parts) => parts[0]?.[0] !== undefined)
      .map((parts) => ({ value, phrase, parts, length: parts.reduce((n, part) => n + part.length, 0), ...(asWritten === undefined ? {} : { asWritten }) }));
  }

  /** A phrase's parts (the words between its "*" gaps), stemmed. */
  private partsOf(phrase: string): string[][] {
    return phrase
      .split('*')
      .map((part) => words(part).map(this.form))
      .filter((part) => part.length > 0);
  }

  /**
   * Every phrase found in `text`, in message order; a phrase never overlaps one found before it. The last text's
   * matches are kept: reading a scenario asks of the same text several times.
   */
  findAll(text: string): readonly PhraseMatch<T>[] {
    if (this.lastFound?.text === text) return this.lastFound.found;
    const found = this.findAllIn(text);
    this.lastFound = { text, found };
    return found;
  }

  private findAllIn(text: string): PhraseMatch<T>[] {
    const typed = words(text);
    const stems = typed.map(this.form);
    const taken = new Array<boolean>(stems.length).fill(false);
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < stems.length; i++) {
      if (taken[i]) continue;
      for (const pattern of this.patternsStartingWith(stems[i] as string)) {
        const end = matchAt(stems, i, pattern.parts, this.fillers, this.unbridged, this.softeners);
        if (end === undefined || taken.slice(i, end).some(Boolean)) continue;
        if (pattern.asWritten !== undefined && typed.slice(i, end).join(' ') !== pattern.asWritten) continue;
        for (let k = i; k < end; k++) taken[k] = true;
        found.push({ value: pattern.value, phrase: pattern.phrase, start: i, end, words: typed.slice(i, end).join(' ') });
        break;
      }
    }
    return found;
  }

  /** The first phrase found, or undefined. */
  find(text: string): PhraseMatch<T> | undefined {
    return this.findAll(text)[0];
  }
}

/**
 * Where the parts match from `start` on, each later part after one to MAX_WILDCARD_WORDS other words; the end index,
 * or undefined. Index loops and numbers only: this runs for every pattern at every word, and iterators and result
 * objects here made three quarters of the garbage a question leaves.
 */
function matchAt(stems: readonly string[], start: number, parts: readonly string[][], fillers: ReadonlySet<string>, unbridged: ReadonlySet<string>, softeners: ReadonlySet<string>): number | undefined {
  let at = start;
  let skipped = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as string[];
    const from = k === 0 ? at : at + 1;
    const to = k === 0 ? at : Math.min(stems.length - part.length, at + MAX_WILDCARD_WORDS);
    let end: number | undefined;
    for (let p = from; p <= to && end === undefined; p++) {
      // "the wifi never (really) drops" is no "wifi * drops"; "continue without a hitch if the wifi fails" is "continue * if the wifi fails".
      if (k > 0 && unbridged.has(stems[lastBeforeSofteners(stems, p, at, softeners)] as string)) continue;
      end = matchPart(stems, p, part, fillers, MAX_FILLERS - skipped);
      // Every word past the part's own is a filler it skipped.
      if (end !== undefined) skipped += end - p - part.length;
    }
    if (end === undefined) return undefined;
    at = end;
  }
  return at;
}

/** The position of the last word before `p` (and from `from` on) that is not a softener ("never really drops": "never"). */
function lastBeforeSofteners(stems: readonly string[], p: number, from: number, softeners: ReadonlySet<string>): number {
  let q = p - 1;
  while (q > from && softeners.has(stems[q] as string)) q -= 1;
  return q;
}

/** The words of `part` in order from `at`, with up to `maxFillers` filler words skipped between them: where it ends, or undefined. */
function matchPart(stems: readonly string[], at: number, part: readonly string[], fillers: ReadonlySet<string>, maxFillers: number): number | undefined {
  let p = at;
  let skipped = 0;
  for (let j = 0; j < part.length; j++) {
    const w = part[j];
    while (j > 0 && stems[p] !== w && skipped < maxFillers && fillers.has(stems[p] as string)) {
      p += 1;
      skipped += 1;
    }
    if (stems[p] !== w) return undefined;
    p += 1;
  }
  return p;
}
