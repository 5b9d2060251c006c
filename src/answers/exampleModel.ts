/**
 * What the bot learned from labelled example questions: the development
 * question sets, written blind by people who read only the article and
 * labelled with the entries that answer them. It is a naive Bayes model of
 * their words and word pairs, one class per entry plus one for the questions
 * the article does not answer.
 *
 * The engine reads the knowledge base's own phrasings, so a question in words
 * the knowledge base never uses falls under its answer line. People's words
 * recur from writer to writer (M2M's setup is "hand-knitted"), which is what
 * this model knows. It only ever chooses among the entries the
 * engine ranked (Responder.withLearnedOpinion), so it cannot answer what the
 * engine found nothing for.
 *
 * The described projects of the sets teach apart the needs they state: a
 * second model, one class per article criterion plus off-topic, that the
 * responder asks only to read a project the rules read in part or not at all.
 * A third learns the side each project points to, as its writer judged, against
 * every message that describes no project: the rules' cues are words seen in
 * development, and a project told in other words is read wrong or not at all.
 * A fourth learns follow-up turns ("what makes that possible?"), each with the
 * entry the turn before was answered with: the same words ask different things
 * after different answers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuestionSet } from './questionSets.js';
import { sidesNamed } from './sides.js';
import { isFunctionWord, words } from './text.js';

/** Where the model is kept, in the knowledge folder: written by `npm run learn`. */
export const LEARNED_FILE = 'learned.json';

/** The class of the questions the article does not answer. */
export const OFF_TOPIC = '(off-topic)';

/**
 * What an opinion is asked of: the entry a message asks about (or off-topic), the article's criterion a described
 * project states, or the side a message described as a project points to ("m2m", "iot" or "mix", as the question
 * sets' verdicts say; OFF_TOPIC: no project).
 */
export type OpinionOf = 'entries' | 'needs' | 'projects';

export interface Example {
  text: string;
  /** The entry that answers it (for a project's need, the criterion it states), or OFF_TOPIC. */
  entryId: string;
  /** A follow-up turn: the entries the turn before was answered with. */
  after?: readonly string[];
}

/**
 * The model as plain data (knowledge/learned.json): counts only, in flat arrays, because a one-question process
 * reads it on every start. Terms seen once are left out: they are a third of the file and decide almost nothing.
 */
export interface ExampleModelData {
  about: string;
  classes: string[];
  /** Examples per class. */
  examples: number[];
  /** Term occurrences per class, the terms left out included. */
  classTerms: number[];
  /** How many distinct terms the examples had, the terms left out included (for smoothing). */
  vocabulary: number;
  /** The terms kept, sorted. */
  terms: string[];
  /** Where each term's counts start in `counts` (one more than there are terms: the last is where they end). */
  starts: number[];
  /** Class index and count, alternating. */
  counts: number[];
  /** The needs that described projects state, learned apart (one class per criterion, and off-topic): the entries' figures stay as they were. */
  needs?: ModelCounts;
  /** The side each described project points to, against every message that describes none (projectsFrom). */
  projects?: ModelCounts;
  /** The entry each follow-up turn asks about, learned with the entries the turn before was answered with (turnsFrom). */
  turns?: ModelCounts;
}

/** One naive Bayes model's counts. */
type ModelCounts = Omit<ExampleModelData, 'about' | 'needs' | 'projects' | 'turns'>;

/** What a model learns besides the entries' examples; a part without both a class of its own and off-topic teaches nothing. */
export interface LearnedParts {
  needs?: readonly Example[];
  projects?: readonly Example[];
  turns?: readonly Example[];
}

/** The class the model favours, and by how much over the next (log odds per square root of the terms it knew). */
export interface Opinion {
  entryId: string;
  margin: number;
  /** How far it favours the class over the off-topic class, in the same units (0 when it is the off-topic class). */
  overOffTopic: number;
}

/** Additive smoothing: small, because thousands of terms are seen once and would otherwise drown the counts. */
const SMOOTHING = 0.1;
/** A term seen fewer times than this in all the examples is not kept. */
const KEPT_FROM = 2;
/**
 * The same for the needs: projects are told at length, so their rare terms are many and say little. Kept from 8, the
 * file was 1.3 MB instead of 2.7 (every process that asks an opinion reads it), for the same scenarios read right when
 * cross-validated (6,733 of 6,870; 16 reads 6 fewer). The projects' sides keep the same: their 9,700 terms are
 * 0.27 MB; from 16 or 32, one project of 140 fewer got its side on sets the rules were never tuned on (hw to hz).
 */
const NEED_TERM_KEPT_FROM = 8;
/** A follow-up turn needs this many terms of its own (two words, or a word and a pair) to be read from the turns learned. */
const TURN_OWN_TERMS = 2;

/** The terms of a question: stems of its meaningful words, and each pair of neighbours among them. */
export function exampleTerms(text: string, stem: (word: string) => string): string[] {
  const stems = words(text)
    .filter((w) => !isFunctionWord(w))
    .map(stem);
  const terms = [...stems];
  for (let i = 1; i < stems.length; i++) terms.push(`${stems[i - 1]}_${stems[i]}`);
  return terms;
}

/** The terms of an example: its words', and for a follow-up turn, one per entry the turn before was answered with. */
function termsOf(example: Pick<Example, 'text' | 'after'>, stem: (word: string) => string): string[] {
  // No word holds a colon (words()), so these never meet a word's term.
  return [...exampleTerms(example.text, stem), ...(example.after ?? []).map((id) => `after:${id}`)];
}

export class ExampleModel {
  /** Per class: log prior, and the smoothed log share of a term it never saw. */
  private readonly base: Float64Array;
  private readonly unseen: Float64Array;
  private readonly scores: Float64Array;
  private readonly offTopic: number;
  /** Term → its index in data.terms: built on the first opinion, so a process that never asks for one never pays. */
  private index: Map<string, number> | undefined;

  private readonly needs: ExampleModel | undefined;
  private readonly projects: ExampleModel | undefined;
  private readonly turns: ExampleModel | undefined;

  private constructor(readonly data: ExampleModelData) {
    const total = data.examples.reduce((a, b) => a + b, 0);
    const n = data.classes.length;
    this.base = new Float64Array(n);
    this.unseen = new Float64Array(n);
    this.scores = new Float64Array(n);
    for (let c = 0; c < n; c++) {
      this.base[c] = Math.log((data.examples[c] ?? 0) / total);
      this.unseen[c] = Math.log(SMOOTHING / ((data.classTerms[c] ?? 0) + SMOOTHING * data.vocabulary));
    }
    this.offTopic = data.classes.indexOf(OFF_TOPIC);
    this.needs = data.needs ? new ExampleModel({ about: '', ...data.needs }) : undefined;
    this.projects = data.projects ? new ExampleModel({ about: '', ...data.projects }) : undefined;
    this.turns = data.turns ? new ExampleModel({ about: '', ...data.turns }) : undefined;
  }

  /**
   * Learns from `examples`, and from the `parts`: `needs` (criteria stated by projects, and off-topic messages:
   * needsFrom), `projects` (projectsFrom) and `turns` (turnsFrom). `about` says where they came from, for whoever
   * opens the file.
   */
  static train(examples: readonly Example[], stem: (word: string) => string, about: string, parts: LearnedParts = {}): ExampleModel {
    const teaches = (list: readonly Example[] | undefined): list is readonly Example[] => list !== undefined && list.some((e) => e.entryId === OFF_TOPIC) && list.some((e) => e.entryId !== OFF_TOPIC);
    const { needs, projects, turns } = parts;
    return new ExampleModel({
      about,
      ...countsOf(examples, stem),
      ...(teaches(needs) ? { needs: countsOf(needs, stem, NEED_TERM_KEPT_FROM) } : {}),
      ...(teaches(projects) ? { projects: countsOf(projects, stem, NEED_TERM_KEPT_FROM) } : {}),
      ...(teaches(turns) ? { turns: countsOf(turns, stem) } : {}),
    });
  }

  /** The model `train` made, read back; throws naming the field when the data is not such a model. */
  static restored(data: unknown): ExampleModel {
    const d = (data ?? {}) as Partial<Record<keyof ExampleModelData, unknown>>;
    const part = (field: 'needs' | 'projects' | 'turns', what: string): ModelCounts | undefined => {
      const value = d[field];
      if (value === undefined) return undefined;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`"${field}" must be a model of ${what}, or left out`);
      return countsRestored(value, `${field}.`);
    };
    const needs = part('needs', 'the needs');
    const projects = part('projects', "the projects' sides");
    const turns = part('turns', 'the follow-up turns');
    return new ExampleModel({ about: typeof d.about === 'string' ? d.about : '', ...countsRestored(d, ''), ...(needs ? { needs } : {}), ...(projects ? { projects } : {}), ...(turns ? { turns } : {}) });
  }

  /**
   * The class `text` most likely belongs to, its words stemmed as in training; none when it holds no term the examples had.
   * `of` "needs": the criterion a described project most likely states, of the needs learned (none if none were);
   * "projects": the side it points to, or OFF_TOPIC when it describes no project. `among` keeps the classes weighed
   * (OFF_TOPIC is weighed only for `overOffTopic`).
   */
  opinion(text: string, stem: (word: string) => string, of: OpinionOf = 'entries', among: (entryId: string) => boolean = () => true): Opinion | undefined {
    if (of === 'needs') return this.needs?.opinion(text, stem, 'entries', among);
    if (of === 'projects') return this.projects?.opinion(text, stem, 'entries', among);
    return this.weigh(exampleTerms(text, stem), among);
  }

  /**
   * The entry a follow-up turn most likely asks about, after a turn answered with the entries `after`. None if no turns
   * were learned, and none unless its own words say something and point the same way: a turn of one word of its own
   * ("yes", "is that true?", "can you elaborate?") would get whatever most often followed that answer, and a new subject
   * ("what does the final paragraph say?") whatever followed it most. None either if no turn labelled with that entry
   * followed those answers in the examples: a phrase seen mostly after one answer ("what makes that possible?") would
   * be read so after any.
   */
  turnOpinion(text: string, stem: (word: string) => string, after: readonly string[]): Opinion | undefined {
    const turns = this.turns;
    const own = exampleTerms(text, stem);
    if (!turns || own.length < TURN_OWN_TERMS) return undefined;
    const opinion = turns.weigh([...own, ...termsOf({ text: '', after }, stem)], () => true);
    if (!opinion || turns.weigh(own, () => true)?.entryId !== opinion.entryId) return undefined;
    return after.some((id) => turns.seenWith(`after:${id}`, opinion.entryId)) ? opinion : undefined;
  }

  /** Whether `term` was counted in an example of `entryId`. */
  private seenWith(term: string, entryId: string): boolean {
    const { terms, starts, counts, classes } = this.data;
    this.index ??= new Map(terms.map((t, i) => [t, i]));
    const t = this.index.get(term);
    const c = classes.indexOf(entryId);
    if (t === undefined || c < 0) return false;
    for (let i = starts[t] as number; i < (starts[t + 1] as number); i += 2) if (counts[i] === c) return true;
    return false;
  }

  private weigh(termsOfText: readonly string[], among: (entryId: string) => boolean): Opinion | undefined {
    const { terms, starts, counts, classes } = this.data;
    this.index ??= new Map(terms.map((term, i) => [term, i]));
    const scores = this.scores;
    scores.fill(0);
    let known = 0;
    for (const term of termsOfText) {
      const t = this.index.get(term);
      if (t === undefined) continue;
      known += 1;
      for (let i = starts[t] as number; i < (starts[t + 1] as number); i += 2) {
        const c = counts[i] as number;
        scores[c] = (scores[c] as number) + Math.log(((counts[i + 1] as number) + SMOOTHING) / SMOOTHING);
      }
    }
    if (known === 0) return undefined;
    const total = (c: number) => (scores[c] as number) + (this.base[c] as number) + known * (this.unseen[c] as number);
    let best = -1;
    let second = -1;
    for (let c = 0; c < classes.length; c++) {
      if (!among(classes[c] as string)) continue;
      if (best < 0 || total(c) > total(best)) [best, second] = [c, best];
      else if (second < 0 || total(c) > total(second)) second = c;
    }
    if (best < 0) return undefined;
    const per = Math.sqrt(known);
    const offTopic = this.offTopic < 0 ? -Infinity : total(this.offTopic);
    // Alone among the classes weighed, a class is ahead of nothing: no margin to go on.
    return { entryId: classes[best] as string, margin: second < 0 ? 0 : (total(best) - total(second)) / per, overOffTopic: (total(best) - offTopic) / per };
  }
}

/** Counts read back (`prefix`: where they sit in the file); throws naming the field when they are not a model's. */
function countsRestored(data: unknown, prefix: string): ModelCounts {
  const d = (data ?? {}) as Partial<Record<keyof ExampleModelData, unknown>>;
  const counts = (v: unknown, n?: number): v is number[] => Array.isArray(v) && (n === undefined || v.length === n) && v.every((x) => Number.isInteger(x) && (x as number) >= 0);
  const fail = (field: string, what: string): never => {
    throw new Error(`"${prefix}${field}" ${what}`);
  };
  if (!Array.isArray(d.classes) || !d.classes.every((c) => typeof c === 'string') || new Set(d.classes).size !== d.classes.length) fail('classes', 'must list distinct entry ids');
  const classes = d.classes as string[];
  if (!classes.includes(OFF_TOPIC) || classes.length < 2) fail('classes', `must hold ${OFF_TOPIC} and at least one entry`);
  const n = classes.length;
  if (!counts(d.examples, n) || d.examples.some((x) => x === 0)) fail('examples', 'must hold a positive count per class');
  if (!counts(d.classTerms, n)) fail('classTerms', 'must hold a count per class');
  if (!Array.isArray(d.terms) || !d.terms.every((t) => typeof t === 'string')) fail('terms', 'must list the terms');
  const terms = d.terms as string[];
  if (!Number.isInteger(d.vocabulary) || (d.vocabulary as number) < terms.length) fail('vocabulary', 'must count at least the terms listed');
  if (!counts(d.counts) || d.counts.length % 2 !== 0 || d.counts.some((c, i) => i % 2 === 0 && c >= n)) fail('counts', `must alternate a class index (below ${n}) and a count`);
  const all = d.counts as number[];
  const ordered = counts(d.starts, terms.length + 1) && d.starts[0] === 0 && d.starts.at(-1) === all.length && d.starts.every((at, i, list) => i === 0 || at >= (list[i - 1] as number));
  if (!ordered) fail('starts', 'must hold where each term\'s counts start in "counts", from 0, in order, then where they end');
  return { classes, examples: d.examples as number[], classTerms: d.classTerms as number[], vocabulary: d.vocabulary as number, terms, starts: d.starts as number[], counts: all };
}

/** The counts a naive Bayes model keeps of `examples`. */
function countsOf(examples: readonly Example[], stem: (word: string) => string, keptFrom = KEPT_FROM): ModelCounts {
  const classes: string[] = [];
  const classOf = new Map<string, number>();
  const examplesOf: number[] = [];
  const termsIn: number[] = [];
  const counts = new Map<string, Map<number, number>>();
  for (const example of examples) {
    const { entryId } = example;
    let c = classOf.get(entryId);
    if (c === undefined) {
      c = classes.push(entryId) - 1;
      classOf.set(entryId, c);
    }
    examplesOf[c] = (examplesOf[c] ?? 0) + 1;
    for (const term of termsOf(example, stem)) {
      termsIn[c] = (termsIn[c] ?? 0) + 1;
      let byClass = counts.get(term);
      if (!byClass) counts.set(term, (byClass = new Map()));
      byClass.set(c, (byClass.get(c) ?? 0) + 1);
    }
  }
  const seen = (byClass: Map<number, number>) => [...byClass.values()].reduce((a, b) => a + b, 0);
  const kept = [...counts.keys()].filter((term) => seen(counts.get(term) as Map<number, number>) >= keptFrom).sort();
  const data: ModelCounts = {
    classes,
    examples: classes.map((_, c) => examplesOf[c] ?? 0),
    classTerms: classes.map((_, c) => termsIn[c] ?? 0),
    vocabulary: counts.size,
    terms: kept,
    starts: [0],
    counts: [],
  };
  for (const term of kept) {
    for (const [c, n] of counts.get(term) as Map<number, number>) data.counts.push(c, n);
    data.starts.push(data.counts.length);
  }
  return data;
}

/**
 * The examples a question set teaches: each message that stands alone, labelled with its first (most specific)
 * entry, and each off-topic message. Scenarios and two-part questions are read by their own readers, and a
 * follow-up turn means nothing without the turn before it, so none of them teaches a class.
 */
export function examplesFrom(set: QuestionSet, keep: (file: string) => boolean = () => true): Example[] {
  const inScope = set.questions.filter((q) => keep(q.file) && q.style !== 'scenario' && !q.parts && q.expect[0] !== undefined).map((q) => ({ text: q.q, entryId: q.expect[0] as string }));
  const offTopic = set.offTopic.filter((q) => keep(q.file)).map((q) => ({ text: q.q, entryId: OFF_TOPIC }));
  return [...inScope, ...offTopic];
}

/**
 * What the described projects of a set teach: each of the article's `criteria` a project states, with all its words
 * (which words state it is not labelled), beside the set's off-topic messages, which state none.
 */
export function needsFrom(set: QuestionSet, criteria: ReadonlySet<string>, keep: (file: string) => boolean = () => true): Example[] {
  const stated = set.questions.filter((q) => keep(q.file) && q.verdict !== undefined).flatMap((q) => q.expect.filter((id) => criteria.has(id)).map((entryId) => ({ text: q.q, entryId })));
  // Off-topic messages teach what states no need at all: chatter, near misses, questions about other things.
  const none = set.offTopic.filter((q) => keep(q.file)).map((q) => ({ text: q.q, entryId: OFF_TOPIC }));
  return [...stated, ...none];
}

/**
 * What the described projects of a set teach of the side they point to: each project with the side its writer judged
 * the article's criteria to point to, beside every message that describes none (questions, off-topic messages).
 */
export function projectsFrom(set: QuestionSet, keep: (file: string) => boolean = () => true): Example[] {
  const projects = set.questions.filter((q) => keep(q.file) && q.verdict !== undefined).map((q) => ({ text: q.q, entryId: q.verdict as string }));
  const none = [...set.questions.filter((q) => q.verdict === undefined), ...set.offTopic].filter((q) => keep(q.file)).map((q) => ({ text: q.q, entryId: OFF_TOPIC }));
  return [...projects, ...none];
}

/**
 * The turns learned may answer a message of at most this many words (99% of the development sets' follow-up turns);
 * a new question this short after another's answer is learned as a turn too (turnsFrom).
 */
export const TURN_WORDS = 14;

/**
 * What the follow-up turns of a set teach: each turn labelled with its first entry, after the entry the turn before
 * it is labelled with; each short question after the message before it in its file, as a new subject after an answer;
 * and each off-topic message after the first messages of the set, taken in turn, as a new subject after an answer
 * (else any answer before would count against off-topic, which never followed one).
 */
export function turnsFrom(set: QuestionSet, keep: (file: string) => boolean = () => true): Example[] {
  const turns: Example[] = [];
  const firsts: (readonly string[])[] = [];
  let before: { file: string; after: readonly string[] } | undefined;
  for (const q of set.questions.filter((item) => keep(item.file))) {
    // A two-part first message was answered with both parts' entries.
    let after: readonly string[] = q.parts ? q.parts.flatMap((part) => part.slice(0, 1)) : q.expect.slice(0, 1);
    // A new question after another's answer asks what it asks alone: the turns learned are not all follow-ups. With
    // the answer before it only when it names no side, so "how does m2m send data?" after an IoT answer does not teach
    // that a turn after IoT asks about M2M.
    const own = q.expect[0];
    if (own !== undefined && !q.parts && before?.file === q.file && before.after.length > 0 && words(q.q).length <= TURN_WORDS) turns.push({ text: q.q, entryId: own, after: sidesNamed(q.q).size === 0 ? before.after : [] });
    before = { file: q.file, after };
    if (after.length > 0) firsts.push(after);
    for (const turn of q.then ?? []) {
      const entryId = turn.expect[0];
      if (entryId !== undefined) turns.push({ text: turn.q, entryId, after });
      after = turn.expect.slice(0, 1);
    }
  }
  const none = set.offTopic.filter((q) => keep(q.file)).map((q, i) => ({ text: q.q, entryId: OFF_TOPIC, after: firsts[i % firsts.length] ?? [] }));
  return [...turns, ...none];
}

/** What the responder asks of the examples. */
export interface LearnedOpinions {
  opinion(text: string, stem: (word: string) => string, of?: OpinionOf, among?: (entryId: string) => boolean): Opinion | undefined;
  turnOpinion(text: string, stem: (word: string) => string, after: readonly string[]): Opinion | undefined;
}

/**
 * The model kept in `dir`, read on its first opinion (a one-question process mostly needs none), or none when the
 * folder has no learned.json: the engine answers alone. A broken file is reported once and skipped, never fatal:
 * the bot answers as well as it did before it learned. `npm run kb:check` reads it at once (readExampleModel).
 */
export function loadExampleModel(dir: string, warn: (message: string) => void): LearnedOpinions | undefined {
  const file = join(dir, LEARNED_FILE);
  if (!existsSync(file)) return undefined;
  let model: ExampleModel | null | undefined;
  const read = (): ExampleModel | null => {
    if (model === undefined) {
      try {
        model = readExampleModel(file);
      } catch (error) {
        warn(`${error instanceof Error ? error.message : String(error)}; answering without what the example questions taught`);
        model = null;
      }
    }
    return model;
  };
  return {
    opinion: (text, stem, of, among) => read()?.opinion(text, stem, of, among),
    turnOpinion: (text, stem, after) => read()?.turnOpinion(text, stem, after),
  };
}

/** A learned model that cannot be read: the message names the file, the cause and the fix. */
export class LearnedModelError extends Error {
  override name = 'LearnedModelError';
}

/** The model in `file`; throws a LearnedModelError naming the file, the cause and the fix. */
export function readExampleModel(file: string): ExampleModel {
  try {
    return ExampleModel.restored(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new LearnedModelError(`${file} cannot be read: ${error instanceof Error ? error.message : String(error)}. Fix: npm run learn`);
  }
}
