import { createRequire } from 'node:module';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { StemCache } from './stemCache.js';
import { isFunctionWord, STOP_WORDS, words } from './text.js';
import { commonWords, frequencyRank } from './wordRarity.js';

type DistanceModule = typeof import('natural/lib/natural/distance/levenshtein_distance.js');
let damerauLevenshtein: DistanceModule['DamerauLevenshteinDistance'] | undefined;

/**
 * Edits between a typed word and a vocabulary word (Damerau-Levenshtein from `natural`, with
 * transpositions). Loaded on the first typo: it pulls in underscore, ~10 ms a one-shot `ask` need not pay.
 */
export function editDistance(typed: string, known: string): number {
  damerauLevenshtein ??= (createRequire(import.meta.url)('natural/lib/natural/distance/levenshtein_distance.js') as DistanceModule).DamerauLevenshteinDistance;
  return damerauLevenshtein(typed, known, { restricted: true });
}

/** Marks a term that came from a synonym group, so it is neither stemmed nor dropped. */
const SYNONYM_MARK = '=';

/** Words shorter than this only get a missing letter or two swapped letters put back, never another letter: too many real words sit one edit apart. */
const MIN_TYPO_LENGTH = 5;
/** Two typed words are read as one vocabulary word only when it is at least this long ("gate ways" → "gateways"). */
const MIN_JOINED_LENGTH = 7;
/** Three- and four-letter words may still have one missing letter put in or two swapped letters put back ("wfi", "udi"). */
const SHORTEST_TYPO = 3;
/** Three letters are too few to tell a slip for a word of the knowledge base's from a token of its own ("ata" is no "atm"). */
const SHORTEST_DOMAIN_SLIP = 4;
/** How many recent analyses are kept: a message, its sentences and its clauses. */
const RECENT_ANALYSES = 8;
/** Longer "words" are pasted tokens, not typos; correcting them costs O(length²) lookups. */
const LONGEST_TYPO = 20;
/** From this length a word may be two edits away from the vocabulary word it meant. */
const TWO_EDIT_LENGTH = 8;
/** English words rarer than this (by film-subtitle frequency) may be slips for a knowledge-base word... */
const RARE_WORD_RANK = 20_000;
/** ...one edit away that is at least this many times more common ("clod" → "cloud", "frist" → "first"). */
const MORE_COMMON = 5;
/** A word rarer than this in everyday English, and known to the knowledge base, is a term of the domain ("gateway", not "cloud"). */
const RARE_AFTER_RANK = 5000;
/** The sides' names, after which "thing" may be the word the article explains ("the IoT thing", "this internet thing"). */
const SIDE_NAMES = new Set(['iot', 'm2m', 'internet']);
/** Words that open "the UID thing", "that gateway thing". */
const THING_DETERMINERS = new Set(['the', 'that', 'this', 'a', 'an', 'your', 'their', 'whole']);
/** A rare word this short, with two letters of one of the most common words swapped, is that word typed out of order ("fro" → "for"). */
const SWAPPED_SHORT_WORD = { shortest: 3, longest: 5, rarerThan: 10_000, mostCommon: 100 };

export interface Analysis {
  /** Stemmed, canonical terms, in order; repeated terms are kept. */
  readonly terms: readonly string[];
  /** Words the knowledge base never uses, after typo correction. */
  readonly unknown: readonly string[];
  /** Those of them typed as a name ("PoE", "OEE") that are not English words: a subject of their own, however common as another word ("Poe"). */
  readonly unknownNames: readonly string[];
  /** Typos that were corrected, as [typed, meant]. */
  readonly corrections: readonly (readonly [string, string])[];
  /** How many of them were put right into a function word ("waht" → "what", "fro" → "for"), which says nothing of the subject. */
  readonly functionWordCorrections: number;
}

/** What an Analyzer learned from the synonyms and the knowledge base, as plain data, to keep between runs. */
export interface AnalyzerIndex {
  phrasesByFirstStem: Map<string, SynonymPhrase[]>;
  vocabulary: Map<string, number>;
}

export interface SynonymPhrase {
  stems: string[];
  canonical: string;
}

/**
 * Turns text into matching terms: words, typo correction against the
 * knowledge base's own vocabulary, synonym groups, stop words, Porter stems.
 */
export class Analyzer {
  private readonly phrasesByFirstStem = new Map<string, SynonymPhrase[]>();
  private readonly vocabulary = new Map<string, number>();
  private typos: { knownStems: Set<string>; deletions: Map<string, string[]> } | undefined;
  /** The last few texts analysed: one message, its sentences and its clauses are read by the matcher, the scenario reader and the responder in turn. */
  private readonly recentAnalyses = new Map<string, Analysis>();

  /** With `index`, the synonyms are already learned: it is what `index()` returned, for the same synonyms. */
  constructor(
    synonyms: string[][],
    private readonly stems: StemCache = StemCache.inMemory(),
    index?: AnalyzerIndex,
  ) {
    if (index) {
      this.phrasesByFirstStem = index.phrasesByFirstStem;
      this.vocabulary = index.vocabulary;
      return;
    }
    for (const group of synonyms) {
      const canonical = SYNONYM_MARK + words(group[0] ?? '').join('');
      for (const term of group) {
        const termWords = words(term);
        this.learn(termWords);
        const stems = termWords.map((w) => this.stem(w));
        const first = stems[0];
        if (first === undefined) continue;
        const list = this.phrasesByFirstStem.get(first) ?? [];
        list.push({ stems, canonical });
        this.phrasesByFirstStem.set(first, list);
      }
    }
    // Longest phrase first, so "machine to machine" wins over "machine".
    for (const list of this.phrasesByFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /** What it has learned so far, as plain data (shared, not copied: take it once learning is done). */
  index(): Readonly<AnalyzerIndex> {
    return { phrasesByFirstStem: this.phrasesByFirstStem, vocabulary: this.vocabulary };
  }

  /** Analyses knowledge-base text and adds its words to the vocabulary typos are corrected against. */
  learnTerms(text: string): string[] {
    const input = words(text);
    if (input.length === 0) return [];
    this.learn(input);
    return this.termsOf(input, input.map((w) => this.stem(w)));
  }

  /**
   * The typo lookup: every known stem, and single-deletion variants of every
   * vocabulary word. Built on first use, since most questions need no
   * correction and a quick `npm run ask` should not pay for it.
   */
  private typoLookup(): { knownStems: Set<string>; deletions: Map<string, string[]> } {
    if (this.typos) return this.typos;
    const knownStems = new Set<string>();
    const deletions = new Map<string, string[]>();
    for (const word of this.vocabulary.keys()) {
      knownStems.add(this.stem(word));
      if (word.length < SHORTEST_TYPO) continue;
      for (const variant of deletionsOf(word)) {
        const list = deletions.get(variant);
        if (list) list.push(word);
        else deletions.set(variant, [word]);
      }
    }
    return (this.typos = { knownStems, deletions });
  }

  /** Builds what the first unusual question would otherwise wait for (the typo lookup and the English word list). */
  warmUp(): void {
    this.typoLookup();
    isEnglishWord('warm');
    // The word frequencies (a 3.6 MB list) and the everyday-typo index, which the first casual question would load.
    everydayWordMeant('wram');
  }

  get vocabularySize(): number {
    return this.vocabulary.size;
  }

  /** Whether `text` has a word the knowledge base uses that everyday English rarely does ("gateway", "telemetry"; not "chat" or "cloud"). */
  usesRareKnownWord(text: string, rarerThan: number): boolean {
    return words(text).some((w) => this.vocabulary.has(w) && !STOP_WORDS.has(w) && (frequencyRank(w) ?? Infinity) > rarerThan);
  }

  /** True for the canonical term of a synonym group: the domain's key vocabulary. */
  isKeyTerm(term: string): boolean {
    return term.startsWith(SYNONYM_MARK);
  }

  /**
   * The text with its slips put right ("isloated" → "isolated"), punctuation and case
   * otherwise as typed: for readers that match phrases in the text itself.
   */
  mend(text: string, keep: ReadonlySet<string> = new Set()): string {
    const corrections = this.analyze(text).corrections.filter(([typed]) => !keep.has(typed));
    const asTyped = (typed: string) => new RegExp(`\\b${typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\b`, 'gi');
    return corrections.reduce((mended, [typed, meant]) => mended.replace(asTyped(typed), meant), text);
  }

  /** Analyses a person's question, correcting typos against the vocabulary. */
  analyze(text: string): Analysis {
    let analysis = this.recentAnalyses.get(text);
    if (!analysis) {
      const { names, acronyms } = namesIn(text);
      analysis = this.run(words(text), true, names, acronyms);
      if (this.recentAnalyses.size >= RECENT_ANALYSES) this.recentAnalyses.delete(this.recentAnalyses.keys().next().value as string);
      this.recentAnalyses.set(text, analysis);
    }
    return analysis;
  }

  private run(typed: string[], correct: boolean, names: ReadonlySet<string> = new Set(), acronyms: ReadonlySet<string> = new Set()): Analysis {
    const unknown: string[] = [];
    const unknownNames: string[] = [];
    const corrections: [string, string][] = [];
    let functionWordCorrections = 0;
    const input = correct ? this.joinSplitWords(typed, corrections) : typed;
    const fixed = input.map((word) => {
      if (!correct || this.vocabulary.has(word) || STOP_WORDS.has(word) || this.typoLookup().knownStems.has(this.stem(word))) return word;
      const ours = this.correct(word);
      const everyday = ours === undefined ? everydayWordMeant(word) : undefined;
      const meant = ours ?? this.domainWordForASlip(word, everyday) ?? everyday ?? commonWordSwapped(word);
      // "…and Dave reckons" names Dave: a name one letter off another word is no slip for it ("date"); a letter
      // missing, added or swapped still is ("…what is a Gatway"), but not two ("LinkedIn" is no "linked"). An acronym in
      // capitals is a slip only with two letters swapped ("UDI"): "CMMS" is a name of its own, not "comms" (and a slip
      // such as "WFI" is left as typed).
      const aName = names.has(word) && meant !== undefined && (((meant.length === word.length || acronyms.has(word)) && !swapsTwoLetters(word, meant)) || Math.abs(meant.length - word.length) > 1);
      if (meant === undefined || aName) {
        unknown.push(word);
        if (names.has(word) && !isEnglishWord(word)) unknownNames.push(word);
        return word;
      }
      // Only a word typed out of order, or one long enough not to be an acronym ("ont" is not "out").
      if (ours === undefined && isFunctionWord(meant) && (word.length > 3 || swapsTwoLetters(word, meant))) functionWordCorrections += 1;
      corrections.push([word, meant]);
      return meant;
    });
    return { terms: this.termsOf(fixed, fixed.map((w) => this.stem(w)), true), unknown, unknownNames, corrections, functionWordCorrections };
  }

  /**
   * Stems with stop words dropped and known phrases ("machine to machine") as one term. In what people `asked`, a filler
   * "thing" is dropped too; the knowledge base's own keep it, so that "thing" stays as common a word there as it is.
   */
  private termsOf(words: string[], stems: string[], asked = false): string[] {
    const terms: string[] = [];
    for (let i = 0; i < words.length; ) {
      const phrase = this.phraseAt(stems, i);
      if (phrase) {
        terms.push(phrase.canonical);
        i += phrase.stems.length;
        continue;
      }
      if (!STOP_WORDS.has(words[i] as string) && !(asked && this.isFillerThing(words, i))) terms.push(stems[i] as string);
      i += 1;
    }
    return terms;
  }

  /**
   * "the X thing" with X a term of the domain is filler, as "stuff" is: "the UID thing" asks about UIDs, not about the
   * "thing" in IoT. Not after a side's name ("the IoT thing"), an everyday word ("the whole thing"), nor in the plural:
   * "are sensors things?" asks what a thing is.
   */
  private isFillerThing(words: string[], i: number): boolean {
    const before = words[i - 1];
    return (
      words[i] === 'thing' &&
      before !== undefined &&
      THING_DETERMINERS.has(words[i - 2] ?? '') &&
      !SIDE_NAMES.has(before) &&
      this.vocabulary.has(before) &&
      !STOP_WORDS.has(before) &&
      (frequencyRank(before) ?? Infinity) > RARE_AFTER_RANK
    );
  }

  /** Two typed words that are one vocabulary word when joined ("gate ways", "micro services"), joined: a slip of the space bar. */
  private joinSplitWords(input: string[], corrections: [string, string][]): string[] {
    const out: string[] = [];
    for (let i = 0; i < input.length; i++) {
      const [first, second] = [input[i] as string, input[i + 1]];
      const joined = second === undefined ? '' : first + second;
      if (second !== undefined && joined.length >= MIN_JOINED_LENGTH && this.vocabulary.has(joined) && !(this.vocabulary.has(first) && this.vocabulary.has(second))) {
        corrections.push([`${first} ${second}`, joined]);
        out.push(joined);
        i += 1;
      } else out.push(first);
    }
    return out;
  }

  private phraseAt(stems: string[], start: number): SynonymPhrase | undefined {
    const candidates = this.phrasesByFirstStem.get(stems[start] as string);
    return candidates?.find((p) => p.stems.every((s, k) => stems[start + k] === s));
  }

  /** Adds words to the vocabulary; what was built from the old one is dropped once, not per word (10,000 entries learn millions). */
  private learn(words: readonly string[]): void {
    this.typos = undefined;
    this.recentAnalyses.clear();
    for (const word of words) this.vocabulary.set(word, (this.vocabulary.get(word) ?? 0) + 1);
  }

  /** The Porter stem of a word, through the stem cache. */
  stem(word: string): string {
    let stem = this.stems.get(word);
    if (stem === undefined) {
      // British -ise spellings stem like the -ize ones ("summarise", "summarize"). Porter gives "reference" (the source)
      // and "refer" ("what does the thing refer to?") one stem, and "headings" (the article's) and "heading" ("where is
      // this heading?") another: those are kept apart.
      stem = /\d/.test(word) ? word : /^referenc/.test(word) ? 'referenc' : word === 'headings' ? word : PorterStemmer.stem(word.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1'));
      this.stems.set(word, stem);
    }
    return stem;
  }

  /**
   * A short slip one letter off both an everyday word the knowledge base never uses and one word it does: the
   * knowledge base's ("wifu" is "wifi", not "wife"). When the everyday word is the knowledge base's too ("datu" may be
   * "date" or "data"), or more than one of its words is as close, the everyday word stays the guess.
   */
  private domainWordForASlip(word: string, everyday: string | undefined): string | undefined {
    if (everyday === undefined || this.vocabulary.has(everyday) || word.length < SHORTEST_DOMAIN_SLIP || word.length >= MIN_TYPO_LENGTH) return undefined;
    const ours = new Set<string>();
    for (let i = 1; i < word.length; i++) {
      for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
        const variant = word.slice(0, i) + letter + word.slice(i + 1);
        if (variant !== word && this.vocabulary.has(variant) && !STOP_WORDS.has(variant)) ours.add(variant);
      }
    }
    return ours.size === 1 ? [...ours][0] : undefined;
  }

  /** The vocabulary word a typo most likely meant: fewest edits, then the most used. */
  private correct(word: string): string | undefined {
    if (word.length < SHORTEST_TYPO || word.length > LONGEST_TYPO || /\d/.test(word) || CALENDAR_NAMES.has(word)) return undefined;
    // A real but rare word ("frist", "clod") may still be a slip for a far more common one the knowledge base uses.
    const rareWord = isEnglishWord(word);
    if (rareWord && (frequencyRank(word) ?? Infinity) <= RARE_WORD_RANK) return undefined;
    // "teh" is "the" typed out of order before it is "tech" with a letter missing.
    if (word.length < MIN_TYPO_LENGTH && swapsTwoLetters(word, everydayWordMeant(word) ?? '')) return undefined;
    const maxEdits = word.length >= TWO_EDIT_LENGTH ? 2 : 1;
    const candidates = new Set<string>();
    const probe = (variant: string) => {
      if (this.vocabulary.has(variant)) candidates.add(variant);
      for (const w of this.typoLookup().deletions.get(variant) ?? []) candidates.add(w);
    };
    probe(word);
    for (const once of deletionsOf(word)) {
      probe(once);
      if (maxEdits === 2) for (const twice of deletionsOf(once)) probe(twice);
    }
    let best: string | undefined;
    let bestEdits = maxEdits + 1;
    let bestCount = 0;
    let bestSwapped = false;
    for (const candidate of candidates) {
      // People rarely mistype the first letter; requiring it keeps "weather" from becoming "rather".
      if (Math.abs(candidate.length - word.length) > maxEdits || candidate[0] !== word[0] || STOP_WORDS.has(candidate)) continue;
      const swapped = swapsTwoLetters(word, candidate);
      // A short word only gets a missing letter back ("poin" → "point", "wfi" → "wifi") or two swapped letters put back ("wiif" → "wifi"), never another letter ("cats" → "cars").
      if (word.length < MIN_TYPO_LENGTH && !(candidate.length === word.length + 1 && deletionsOf(candidate).has(word)) && !swapped) continue;
      const edits = editDistance(word, candidate);
      if (rareWord && (edits > 1 || (frequencyRank(candidate) ?? Infinity) * MORE_COMMON > (frequencyRank(word) ?? Infinity))) continue;
      const count = this.vocabulary.get(candidate) ?? 0;
      // At equal distance the same letters out of order ("firts") beat a letter more or less ("fits").
      if (edits < bestEdits || (edits === bestEdits && (swapped ? !bestSwapped || count > bestCount : !bestSwapped && count > bestCount))) {
        best = candidate;
        bestEdits = edits;
        bestCount = count;
        bestSwapped = swapped;
      }
    }
    return bestEdits <= maxEdits ? best : undefined;
  }
}

/** How many of the most common English words a slip of the keyboard is compared with. */
const EVERYDAY_WORDS = 5000;
let everydayDeletions: Map<string, string[]> | undefined;

/**
 * The everyday word a typo most likely meant ("teh" → "the", "waht" →
 * "what", "frist" → "first"): one edit away from one of the most common
 * English words, same first letter, the most common such word. Only for
 * strings that are no word at all; "dose" and "clod" stay as typed.
 */
function everydayWordMeant(word: string): string | undefined {
  if (word.length < 3 || word.length > LONGEST_TYPO || /\d/.test(word) || isEnglishWord(word)) return undefined;
  if (!everydayDeletions) {
    everydayDeletions = new Map();
    for (const common of commonWords(EVERYDAY_WORDS)) {
      if (common.length < 3) continue;
      for (const variant of [common, ...deletionsOf(common)]) {
        const list = everydayDeletions.get(variant);
        if (list) list.push(common);
        else everydayDeletions.set(variant, [common]);
      }
    }
  }
  const seen = new Set<string>();
  for (const variant of [word, ...deletionsOf(word)]) for (const c of everydayDeletions.get(variant) ?? []) seen.add(c);
  let best: string | undefined;
  let bestRank = Infinity;
  for (const candidate of seen) {
    const rank = frequencyRank(candidate) ?? Infinity;
    if (rank < bestRank && candidate[0] === word[0] && editDistance(word, candidate) === 1) {
      best = candidate;
      bestRank = rank;
    }
  }
  return best;
}

let mostCommonWords: ReadonlySet<string> | undefined;

/**
 * The very common word a rare one is with two neighbouring letters swapped: "fro" is "for", "weer" is
 * "were". Two-letter words ("os", "ti") are left alone: too many of them are names of their own.
 */
function commonWordSwapped(word: string): string | undefined {
  const { shortest, longest, rarerThan, mostCommon } = SWAPPED_SHORT_WORD;
  if (word.length < shortest || word.length > longest || (frequencyRank(word) ?? Infinity) <= rarerThan) return undefined;
  mostCommonWords ??= new Set(commonWords(mostCommon));
  for (let i = 0; i + 1 < word.length; i++) {
    const swapped = word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
    if (swapped !== word && mostCommonWords.has(swapped)) return swapped;
  }
  return undefined;
}

/** Chat abbreviations typed in capitals ("BTW", "TIA"): asides, not names of something asked about. */
const CHAT_ABBREVIATIONS = new Set(['btw', 'fyi', 'tia', 'asap', 'imo', 'imho', 'thx', 'tbh', 'ngl', 'idk', 'afaik', 'iirc', 'lol', 'omg', 'pls', 'plz', 'eta', 'eod', 'aka', 'faq']);

/**
 * Names, lowercased: capitalised words inside a sentence ("…and Dave reckons", "our Leeds depot"), and
 * anywhere, words with a capital after a small letter ("PoE") or, unless the whole message is in capitals,
 * in capitals ("OEE"), as acronyms and product names are typed. Each may still be a slip with two letters
 * swapped ("UDI"); the acronyms apart, which are slips only then.
 */
function namesIn(text: string): { names: Set<string>; acronyms: Set<string> } {
  const names = new Set<string>();
  const acronyms = new Set<string>();
  // Typed mostly in capitals, a message's capitals name nothing.
  const shouted = text.replace(/[^A-Z]/g, '').length > text.replace(/[^a-z]/g, '').length;
  const tokens = text.split(/\s+/);
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const name = /^[A-Z][a-z]+\b/.exec(token)?.[0];
    if (name && before && !/[.!?:;]$/.test(before)) names.add(name.toLowerCase());
    const letters = /^[A-Za-z]+/.exec(token.replace(/^\W+/, ''))?.[0] ?? '';
    const acronym = !shouted && /^[A-Z]{2,}$/.test(letters) && !CHAT_ABBREVIATIONS.has(letters.toLowerCase());
    if (acronym) acronyms.add(letters.toLowerCase());
    if (acronym || /[a-z][A-Z]/.test(letters)) names.add(letters.toLowerCase());
  });
  return { names, acronyms };
}

/** How the analyzer turns a word into its stem, as code: a persistent StemCache is kept apart for each version of it. */
export function stemRules(): string {
  return Analyzer.prototype.stem.toString();
}

let englishWords: ReadonlySet<string> | undefined;

/** Names the word list leaves out, being capitalised: a month or a day is never a slip ("July" is not "jury"). */
const CALENDAR_NAMES = new Set([
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
]);

/**
 * True for real English words ("heard", "subnet", "router"): those are not
 * typos, so they are never "corrected" into a knowledge-base word. The list
 * (~275,000 words) loads on first use, ~0.3 s, and only when a question has a
 * word the knowledge base does not know.
 */
export function isEnglishWord(word: string): boolean {
  if (!englishWords) {
    try {
      englishWords = new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
    } catch {
      englishWords = new Set();
    }
  }
  return englishWords.has(word) || CALENDAR_NAMES.has(word);
}

/** True when `b` is `a` with two neighbouring letters swapped: the same letters, typed out of order. */
function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

function deletionsOf(word: string): Set<string> {
  const variants = new Set<string>();
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  return variants;
}
