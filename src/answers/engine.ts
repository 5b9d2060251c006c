import type { Entry, KnowledgeBase } from '../knowledge/types.js';
import { Analyzer, isEnglishWord, type AnalyzerIndex } from './analyzer.js';
import { EntryWording, Tally, type WordingIndex } from './bayes.js';
import type { StemCache } from './stemCache.js';
import { detectSmallTalk, type SmallTalk } from './smalltalk.js';
import { cleanInput, sentences, words } from './text.js';
import { unknownWordWeight } from './wordRarity.js';

/*
 * Decision thresholds. Tuned with `npm run eval -- --tune`, which sweeps every
 * dial below over tests/fixtures/eval (285 in-scope questions not found word
 * for word in the knowledge base, 79 off-topic) and ranks the settings by
 * 2·min(top-1, refusal) + answered-right − 3·answered-wrong. Re-run it when
 * the knowledge base changes; tests/fixtures/holdout is never tuned against.
 * - ANSWER_AT: below it no answer is given outright, only "did you mean"
 *   choices. At 0.55, 1.4% of in-scope questions get a wrong outright answer.
 * - FALLBACK_BELOW: under it nothing is relevant and the bot says so. 0.54
 *   refuses 97.5% of off-topic questions (95% of the held-out ones) and
 *   declines 2.8% of in-scope ones. 0.5 answers ~1 point more in-scope
 *   questions but refuses ~94%, and only 87.5% of held-out near misses.
 * - CLARIFY_RATIO: when the runner-up scores at least this share of the
 *   winner, the two are too close to call and the user picks.
 */
export const ANSWER_AT = 0.55;
export const FALLBACK_BELOW = 0.54;
export const CLARIFY_RATIO = 0.9;
/** At most this many "did you mean" choices. */
export const MAX_CHOICES = 3;

/* Scoring dials, tuned the same way; neighbouring settings in the sweep score within about a point. */
/** How much a word the knowledge base never uses weighs, as a share of its rarest word. */
export const UNKNOWN_WORD_WEIGHT = 1.3;
/**
 * An unknown word that is everyday English ("meeting", "honestly") weighs only
 * this share of a rare one ("zigbee"): casual framing around a clear question
 * must not push it under the fallback line (wordRarity.ts).
 */
export const COMMON_UNKNOWN_SHARE = 0.25;
/**
 * Terms from synonyms.yml are the domain's key vocabulary ("iot", "m2m"). They
 * appear in most entries, so plain IDF would make them nearly weightless and
 * "what does M2M stand for" would tie with "what does IoT stand for". Their
 * weight never drops below this share of the rarest word's.
 */
export const KEY_TERM_FLOOR = 0.6;
/**
 * A corrected typo is a guess: each correction adds this share of an unknown
 * word's weight to the question, so a guess lowers the confidence a little.
 */
export const CORRECTION_DOUBT = 0.2;
/**
 * In a knowledge base of ~50 entries, a filler word used once ("kind",
 * "carries") gets the top IDF by chance. Words outside synonyms.yml are capped
 * at this share of the rarest word's weight; the curated key terms are not.
 */
export const PLAIN_WORD_CAP = 0.8;
/**
 * How much the naive Bayes view of each entry's whole wording (words and word pairs, bayes.ts) adds
 * to the phrasing match, which stays the main signal: confidence is
 * (match + WORDING_WEIGHT × posterior) / (1 + WORDING_WEIGHT).
 */
export const WORDING_WEIGHT = 0.3;
/** How much a query word found only elsewhere in the entry (answer, other phrasings) counts. */
export const ELSEWHERE_WEIGHT = 0.5;
/** Share of the score that comes from covering the query (the rest: covering the phrasing). */
export const QUERY_SHARE = 0.5;
/** A second phrasing of the same entry that also matches is evidence too; it counts this much of the best one. */
const SECOND_PHRASING_SHARE = 0.3;
/** A phrasing that covers the question and is covered by it scores this much (1 up to rounding)... */
const EXACT_MATCH = 0.999;
/** ...and its entry is ranked at least this high. */
const EXACT_MATCH_FLOOR = 0.9;
/** In the wording model, answer words count this much against one phrasing's. */
const ANSWER_WORDING_SHARE = 0.3;
/** Lidstone smoothing of the wording model. */
const WORDING_SMOOTHING = 0.05;
/** In the wording model, a phrasing's adjacent word pair counts this much against a single word. */
const WORD_PAIR_SHARE = 0.5;

/** The engine's dials; `npm run eval -- --tune` sweeps them. Defaults are the constants above. */
export interface Tuning {
  answerAt: number;
  fallbackBelow: number;
  clarifyRatio: number;
  unknownWordWeight: number;
  keyTermFloor: number;
  correctionDoubt: number;
  plainWordCap: number;
  wordingWeight: number;
  elsewhereWeight: number;
  queryShare: number;
  commonUnknownShare: number;
}

export const DEFAULT_TUNING: Tuning = {
  answerAt: ANSWER_AT,
  fallbackBelow: FALLBACK_BELOW,
  clarifyRatio: CLARIFY_RATIO,
  unknownWordWeight: UNKNOWN_WORD_WEIGHT,
  keyTermFloor: KEY_TERM_FLOOR,
  correctionDoubt: CORRECTION_DOUBT,
  plainWordCap: PLAIN_WORD_CAP,
  wordingWeight: WORDING_WEIGHT,
  elsewhereWeight: ELSEWHERE_WEIGHT,
  queryShare: QUERY_SHARE,
  commonUnknownShare: COMMON_UNKNOWN_SHARE,
};
/** A word the knowledge base uses counts as the domain's when it is rarer in everyday English than this (by film-subtitle frequency): "gateway" and "sensor" are, "cloud" and "chat" are not. */
const DOMAIN_WORD_RANK = 5000;
/** Entries matched only through their answer text are kept as weak candidates. */
const ANSWER_ONLY_FACTOR = 0.25;
/** An unknown name or acronym typed as one ("PoE", "OEE") is likely the subject asked about: it counts a little more than a whole unknown word. */
const UNKNOWN_NAME_WEIGHT = 1.2;
/** A sentence shorter than this ("m2m?") is only scored with the one before it. */
const MIN_WORDS_ALONE = 4;
/** A long message is scored as a whole and in at most this many sentence windows. */
const MAX_PIECES = 24;
/**
 * A term in more phrasings than this (only in a knowledge base far larger than the article's, which has
 * about 2,000 phrasings in all) adds to the phrasings rarer terms of the question found, and finds no new ones.
 */
const WIDESPREAD_TERM_PHRASINGS = 3000;
/** A widespread term in this share of the entries or more tells none of them apart ("iot" in a large IoT knowledge base still may). */
const NEARLY_EVERY_ENTRY = 0.9;

export interface Candidate {
  entry: Entry;
  /** 0–1; how well the question matches this entry. */
  confidence: number;
}

export type Decision =
  | { kind: 'answer'; entry: Entry; confidence: number; candidates: Candidate[]; question: string }
  | { kind: 'clarify'; choices: Candidate[]; confidence: number; candidates: Candidate[]; question: string }
  | { kind: 'fallback'; confidence: number; candidates: Candidate[]; question: string }
  | { kind: 'smalltalk'; intent: SmallTalk; question: string }
  | { kind: 'empty'; question: string };

/** What the constructor builds from the knowledge base, as plain data: cachedEngine.ts keeps it between runs. */
export interface EngineIndex {
  analyzer: AnalyzerIndex;
  wording: WordingIndex;
  termIds: Map<string, number>;
  pairIds: Map<number, Map<number, number>>;
  pairCount: number;
  idf: number[];
  unknownIdf: number;
  entryPostings: number[][];
  phrasingPostings: number[][];
  phrasings: Phrasing[];
}

interface Phrasing {
  entry: number;
  /** Sum of squared term weights. */
  norm: number;
}

/**
 * Matches questions to knowledge-base entries. Every entry phrasing and the
 * answer text are indexed as term sets; a question is scored against each
 * phrasing by how much of the question it covers and how much of the
 * phrasing the question covers, both weighted by term rarity (IDF).
 */
export class AnswerEngine {
  private readonly analyzer: Analyzer;
  private readonly termIds = new Map<string, number>();
  /** Word pairs, for the wording model only: first term id → second term id → pair id. */
  private readonly pairIds = new Map<number, Map<number, number>>();
  private pairCount = 0;
  private readonly idf: number[] = [];
  private readonly unknownIdf: number;
  private readonly entryPostings: number[][] = [];
  private readonly phrasingPostings: number[][] = [];
  private readonly phrasings: Phrasing[] = [];
  private readonly wording: EntryWording;
  // Scratch space reused across questions (the engine is synchronous).
  private readonly entryScore: Float64Array;
  private readonly phrasingScore: Float64Array;
  private readonly bestScore: Float64Array;
  private readonly secondScore: Float64Array;
  /** The entries and phrasings a question's terms reached, listed once each (a list per question was most of its garbage). */
  private readonly touchedEntries: Int32Array;
  private readonly touchedPhrasings: Int32Array;
  /**
   * For each widespread term, which phrasings and entries hold it (1 or 0), so that it adds to what rarer terms found
   * by looking at those alone, not at every one of its tens of thousands of postings.
   */
  private readonly widespread = new Map<number, { phrasings: Uint8Array; entries: Uint8Array; inNearlyEveryEntry: boolean }>();

  /**
   * `stems` may be a StemCache.persistent() for a one-shot process that builds the index cold; `index`, what
   * `index()` returned for the same knowledge, tuning and code, skips building it (cachedEngine.ts).
   */
  constructor(
    readonly kb: KnowledgeBase,
    private tuning: Tuning = DEFAULT_TUNING,
    stems?: StemCache,
    index?: EngineIndex,
  ) {
    const n = kb.entries.length;
    if (index) {
      this.analyzer = new Analyzer(kb.synonyms, stems, index.analyzer);
      this.wording = EntryWording.restored(WORDING_SMOOTHING, index.wording);
      ({ termIds: this.termIds, pairIds: this.pairIds, pairCount: this.pairCount, idf: this.idf, unknownIdf: this.unknownIdf } = index);
      ({ entryPostings: this.entryPostings, phrasingPostings: this.phrasingPostings, phrasings: this.phrasings } = index);
    } else {
      this.analyzer = new Analyzer(kb.synonyms, stems);
      this.wording = new EntryWording(WORDING_SMOOTHING);
      // Scratch reused for every entry: building 10,000 entries must stay well under a second.
      const wordTally = new Tally();
      const pairTally = new Tally();
      // Tallies double as sets of ids: `all` is every term of the entry, `once` one phrasing's terms.
      const all = new Tally();
      const once = new Tally();
      const addPhrasing = (index: number, text: string) => {
        const ordered = this.internAll(this.analyzer.learnTerms(text));
        if (ordered.length === 0) return;
        const phrasingId = this.phrasings.length;
        this.phrasings.push({ entry: index, norm: 0 });
        for (const id of ordered) once.add(id, 1);
        for (const id of once.ids) {
          wordTally.add(id, 1);
          (this.phrasingPostings[id] ??= []).push(phrasingId);
          all.add(id, 1);
        }
        once.clear();
        for (const pair of this.pairsOf(ordered, true)) pairTally.add(pair, WORD_PAIR_SHARE);
      };
      kb.entries.forEach((entry, index) => {
        // The id reads like a short title ("m2m-acronym"), so it counts as one more phrasing; the topic
        // is shared by many entries, so it only counts as context.
        for (const id of this.internAll(this.analyzer.learnTerms(entry.topic ?? ''))) all.add(id, 1);
        for (const text of entry.questions) addPhrasing(index, text);
        addPhrasing(index, entry.id.replace(/-/g, ' '));
        for (const id of this.internAll(this.analyzer.learnTerms(entry.answer))) {
          if (once.count(id) === 0) wordTally.add(id, ANSWER_WORDING_SHARE);
          once.add(id, 1);
          all.add(id, 1);
        }
        once.clear();
        for (const id of all.ids) (this.entryPostings[id] ??= []).push(index);
        all.clear();
        this.wording.addEntry(wordTally, pairTally);
      });
      this.wording.finish(this.termIds.size, this.pairCount);
      const rarest = Math.log(1 + n / 1.5);
      for (const [term, id] of this.termIds) {
        const df = this.entryPostings[id]?.length ?? 0;
        const idf = Math.log(1 + n / (df + 0.5));
        this.idf[id] = this.analyzer.isKeyTerm(term) ? Math.max(idf, rarest * tuning.keyTermFloor) : Math.min(idf, rarest * tuning.plainWordCap);
      }
      // A word the knowledge base never uses weighs like its rarest word: it is what makes off-topic questions score low.
      this.unknownIdf = rarest * tuning.unknownWordWeight;
      for (const id of this.termIds.values()) {
        const w2 = (this.idf[id] as number) ** 2;
        for (const p of this.phrasingPostings[id] ?? []) (this.phrasings[p] as Phrasing).norm += w2;
      }
    }
    this.entryScore = new Float64Array(n);
    this.phrasingScore = new Float64Array(this.phrasings.length);
    this.bestScore = new Float64Array(n);
    this.secondScore = new Float64Array(n);
    this.touchedEntries = new Int32Array(n);
    this.touchedPhrasings = new Int32Array(this.phrasings.length);
    for (const [id, postings] of this.phrasingPostings.entries()) {
      if ((postings?.length ?? 0) <= WIDESPREAD_TERM_PHRASINGS) continue;
      const entries = this.entryPostings[id] ?? [];
      const holds = { phrasings: new Uint8Array(this.phrasings.length), entries: new Uint8Array(n), inNearlyEveryEntry: entries.length >= NEARLY_EVERY_ENTRY * n };
      for (const p of postings) holds.phrasings[p] = 1;
      for (const e of entries) holds.entries[e] = 1;
      this.widespread.set(id, holds);
    }
  }

  /** The index built from the knowledge base (shared, not copied): a new engine given it skips building it. */
  index(): Readonly<EngineIndex> {
    const { termIds, pairIds, pairCount, idf, unknownIdf, entryPostings, phrasingPostings, phrasings } = this;
    return { analyzer: this.analyzer.index(), wording: this.wording.index(), termIds, pairIds, pairCount, idf, unknownIdf, entryPostings, phrasingPostings, phrasings };
  }

  /** Prepares everything a first unusual question would wait for; a long-running app calls it at start. */
  warmUp(): void {
    this.analyzer.warmUp();
  }

  /**
   * Words of the question the knowledge base never uses and that are not
   * everyday English either: names, acronyms, jargon ("mqtt", "zigbee",
   * "linkedin"). When the question is about one of them, the article cannot
   * answer it, however familiar the other words are.
   */
  unfamiliarWords(raw: unknown): string[] {
    const { unknown } = this.analyzer.analyze(cleanInput(raw));
    return [...new Set(unknown.filter((w) => /\p{L}/u.test(w) && (w.length > 2 || /\d/.test(w)) && unknownWordWeight(w, 0) >= 1 && (/\d/.test(w) || !isEnglishWord(w))))];
  }

  /** The text's words that the knowledge base uses, as the matcher's terms; `key`: only the curated ones (synonyms.yml). */
  knownTerms(raw: unknown, key = false): string[] {
    return [...new Set(this.analyzer.analyze(cleanInput(raw)).terms.filter((t) => this.termIds.has(t) && (!key || this.analyzer.isKeyTerm(t))))];
  }

  /** Whether the text uses a word of the domain: one the knowledge base uses and everyday English rarely does ("gateway", not "chat"). */
  usesDomainWords(raw: unknown): boolean {
    return this.analyzer.usesRareKnownWord(cleanInput(raw), DOMAIN_WORD_RANK);
  }

  /** A word's stem as the engine stems it (cached; kept between runs by a persistent StemCache). */
  stem(word: string): string {
    return this.analyzer.stem(word);
  }

  /** `text` with its slips put right against this knowledge base's words and everyday English. */
  mend(text: string, keep?: ReadonlySet<string>): string {
    return this.analyzer.mend(text, keep);
  }

  /** Changes the decision thresholds without rebuilding the index (for tuning sweeps). */
  retune(thresholds: Partial<Pick<Tuning, 'answerAt' | 'fallbackBelow' | 'clarifyRatio'>>): void {
    this.tuning = { ...this.tuning, ...thresholds };
  }

  /** Decides what to do with a question: answer, ask which one was meant, or admit not knowing. */
  ask(raw: unknown): Decision {
    const question = cleanInput(raw);
    if (words(question).length === 0) return { kind: 'empty', question };
    const smallTalk = detectSmallTalk(question);
    if (smallTalk) return { kind: 'smalltalk', intent: smallTalk, question };
    return this.decide(question, this.rank(question));
  }

  /** Applies the thresholds to candidates ranked best first: answer, "did you mean", or fallback. */
  decide(question: string, candidates: Candidate[]): Extract<Decision, { kind: 'answer' | 'clarify' | 'fallback' }> {
    const [first, second] = candidates;
    const confidence = first?.confidence ?? 0;
    if (!first || confidence < this.tuning.fallbackBelow) return { kind: 'fallback', confidence, candidates, question };
    const close = candidates.filter((c) => c.confidence >= confidence * this.tuning.clarifyRatio).slice(0, MAX_CHOICES);
    if (confidence >= this.tuning.answerAt && (!second || close.length === 1)) {
      return { kind: 'answer', entry: first.entry, confidence, candidates, question };
    }
    const choices = close.length > 1 ? close : candidates.slice(0, MAX_CHOICES);
    return { kind: 'clarify', choices, confidence, candidates, question };
  }

  /**
   * Entries ranked by how well they match, best first. A message of several
   * sentences is also scored sentence by sentence (and in pairs, for "it"
   * that points back), so a question told as a story is still found.
   */
  rank(raw: unknown, limit = 5): Candidate[] {
    const text = cleanInput(raw);
    const matched: number[] = [];
    for (const piece of piecesOf(text)) this.score(piece, matched);
    const terms = this.analyzer.analyze(text).terms;
    const known = terms.flatMap((t) => this.termIds.get(t) ?? []);
    const posterior = this.wording.posterior([...known, ...this.pairsOf(known, false).map((pair) => -(pair + 1))]);
    const w = this.tuning.wordingWeight;
    // Keep the best `limit` without sorting every matched entry: a common word can match thousands.
    const top: Candidate[] = [];
    for (const e of matched) {
      const best = this.bestScore[e] as number;
      const match = (best + SECOND_PHRASING_SHARE * (this.secondScore[e] as number)) / (1 + SECOND_PHRASING_SHARE);
      // A question worded exactly like one of an entry's phrasings is that entry's, whatever the wording model says.
      const score = Math.max((match + w * (posterior[e] as number)) / (1 + w), best >= EXACT_MATCH ? EXACT_MATCH_FLOOR : 0);
      this.bestScore[e] = 0;
      this.secondScore[e] = 0;
      if (top.length === limit && score <= (top[limit - 1] as Candidate).confidence) continue;
      const candidate = { entry: this.kb.entries[e] as Entry, confidence: score };
      const at = top.findIndex((c) => score > c.confidence || (score === c.confidence && e < this.kb.entries.indexOf(c.entry)));
      top.splice(at === -1 ? top.length : at, 0, candidate);
      if (top.length > limit) top.pop();
    }
    return top.map((c) => ({ entry: c.entry, confidence: Math.min(1, round(c.confidence)) }));
  }

  /** Scores one piece of text, keeping each entry's best score in `bestScore` and listing new ones in `matched`. */
  private score(text: string, matched: number[]): void {
    const { terms, unknown, unknownNames, corrections, functionWordCorrections } = this.analyzer.analyze(text);
    const query = new Map<number, number>();
    // A slip put right leaves some doubt about what was meant, unless it was put right into a function
    // word ("waht" → "what"), which says nothing of the subject either way.
    let unknownMass = (corrections.length - functionWordCorrections) * this.tuning.correctionDoubt;
    for (const w of unknown) if (w.length > 2) unknownMass += unknownNames.includes(w) ? UNKNOWN_NAME_WEIGHT : unknownWordWeight(w, this.tuning.commonUnknownShare);
    let queryNorm = unknownMass * this.unknownIdf ** 2;
    for (const term of new Set(terms)) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const w2 = (this.idf[id] as number) ** 2;
      query.set(id, w2);
      queryNorm += w2;
    }
    if (query.size === 0 || queryNorm === 0) return;
    // Terms nearly every entry shares (in a generated knowledge base, "what" and "use") say nothing of which entry is
    // meant: alone, they find nothing, rather than every entry at once.
    if ([...query.keys()].every((id) => this.widespread.get(id)?.inNearlyEveryEntry)) return;

    const touchedEntries = this.touchedEntries;
    const touchedPhrasings = this.touchedPhrasings;
    let entriesTouched = 0;
    let phrasingsTouched = 0;
    // Rarer terms first. In a large knowledge base a term most phrasings share ("iot") only adds to what
    // rarer terms found: a phrasing matching nothing else could not win, and scoring thousands costs.
    const byRarity = [...query].sort(([a], [b]) => (this.phrasingPostings[a]?.length ?? 0) - (this.phrasingPostings[b]?.length ?? 0));
    for (const [id, w2] of byRarity) {
      // A term with no weight adds nothing, and must not list anything twice (the lists hold each once).
      if (w2 === 0) continue;
      const holds = phrasingsTouched > 0 ? this.widespread.get(id) : undefined;
      if (holds) {
        for (let i = 0; i < entriesTouched; i++) {
          const e = touchedEntries[i] as number;
          if (holds.entries[e]) this.entryScore[e] = (this.entryScore[e] as number) + w2;
        }
        for (let i = 0; i < phrasingsTouched; i++) {
          const p = touchedPhrasings[i] as number;
          if (holds.phrasings[p]) this.phrasingScore[p] = (this.phrasingScore[p] as number) + w2;
        }
        continue;
      }
      for (const e of this.entryPostings[id] ?? []) {
        const before = this.entryScore[e] as number;
        if (before === 0) touchedEntries[entriesTouched++] = e;
        this.entryScore[e] = before + w2;
      }
      for (const p of this.phrasingPostings[id] ?? []) {
        const before = this.phrasingScore[p] as number;
        if (before === 0) touchedPhrasings[phrasingsTouched++] = p;
        this.phrasingScore[p] = before + w2;
      }
    }

    for (let i = 0; i < phrasingsTouched; i++) {
      const p = touchedPhrasings[i] as number;
      const phrasing = this.phrasings[p] as Phrasing;
      const inPhrasing = this.phrasingScore[p] as number;
      const inEntry = this.entryScore[phrasing.entry] as number;
      const queryCovered = (inPhrasing + this.tuning.elsewhereWeight * (inEntry - inPhrasing)) / queryNorm;
      const phrasingCovered = inPhrasing / phrasing.norm;
      const score = queryCovered ** this.tuning.queryShare * phrasingCovered ** (1 - this.tuning.queryShare);
      this.keepBest(phrasing.entry, score, matched);
    }
    // Entries matched only through their answer text still count, at the lower weight.
    for (let i = 0; i < entriesTouched; i++) {
      const e = touchedEntries[i] as number;
      const score = ((this.tuning.elsewhereWeight * (this.entryScore[e] as number)) / queryNorm) ** this.tuning.queryShare * ANSWER_ONLY_FACTOR;
      this.keepBest(e, score, matched);
      this.entryScore[e] = 0;
    }
    for (let i = 0; i < phrasingsTouched; i++) this.phrasingScore[touchedPhrasings[i] as number] = 0;
  }

  private keepBest(entry: number, score: number, matched: number[]): void {
    const before = this.bestScore[entry] as number;
    if (before === 0 && score > 0) matched.push(entry);
    if (score > before) {
      this.secondScore[entry] = before;
      this.bestScore[entry] = score;
    } else if (score > (this.secondScore[entry] as number)) this.secondScore[entry] = score;
  }

  /**
   * Ids of adjacent term pairs ("m2m beat", "beat iot"), which tell apart
   * questions with the same words in another order. Learned from phrasings;
   * a question's unknown pairs are simply left out.
   */
  private pairsOf(termIds: number[], learn: boolean): number[] {
    const ids: number[] = [];
    for (let i = 1; i < termIds.length; i++) {
      const first = termIds[i - 1] as number;
      let seconds = this.pairIds.get(first);
      if (!seconds && learn) this.pairIds.set(first, (seconds = new Map()));
      let id = seconds?.get(termIds[i] as number);
      if (id === undefined && learn && seconds) seconds.set(termIds[i] as number, (id = this.pairCount++));
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  /** Term ids in order, repeats kept; new terms get new ids. */
  private internAll(terms: string[]): number[] {
    return terms.map((term) => {
      let id = this.termIds.get(term);
      if (id === undefined) this.termIds.set(term, (id = this.termIds.size));
      return id;
    });
  }


}

/**
 * The parts of a message worth scoring: the whole text and, in a message of
 * several sentences, each question with the sentence before it (for an "it"
 * that points back) and alone when it says enough by itself. Story sentences
 * are not scored alone, so the context around a question cannot outweigh it.
 */
function piecesOf(text: string): string[] {
  const parts = sentences(text).slice(0, MAX_PIECES);
  if (parts.length < 2) return [text];
  const pieces = [text];
  parts.forEach((sentence, i) => {
    if (!sentence.endsWith('?') && parts.some((s) => s.endsWith('?'))) return;
    if (words(sentence).length >= MIN_WORDS_ALONE) pieces.push(sentence);
    if (i > 0) pieces.push(`${parts[i - 1]} ${sentence}`);
  });
  return pieces;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
