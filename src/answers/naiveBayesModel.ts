/**
 * A multinomial naive Bayes model over a message's terms: per class, how often each term was seen in its examples.
 * It reads a message as the sum of its words' evidence, so a class many of the words were seen with wins; the
 * softmax model (softmaxModel.ts) learns instead which words tell classes apart. The responder's rules were tuned on
 * this model's opinions, and the two are asked together (exampleModel.ts).
 */
import { asInt32, learnedModelData, startsInOrder, type Integers, type LabelledTerms } from './learnedModelData.js';

/** One model's counts as plain data. */
export interface NaiveBayesData {
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
  starts: Integers;
  /** Class index and count, alternating. */
  counts: Integers;
}

/** Additive smoothing: small, because thousands of terms are seen once and would otherwise drown the counts. */
const SMOOTHING = 0.1;

export class NaiveBayesModel {
  /** Per class: log prior, and the smoothed log share of a term it never saw. */
  private readonly base: Float64Array;
  private readonly unseen: Float64Array;
  private readonly scores: Float64Array;
  /** Term → its index in data.terms: built on the first opinion, so a process that never asks for one never pays. */
  private index: Map<string, number> | undefined;

  constructor(readonly data: NaiveBayesData) {
    const total = data.examples.reduce((a, b) => a + b, 0);
    const n = data.classes.length;
    this.base = new Float64Array(n);
    this.unseen = new Float64Array(n);
    this.scores = new Float64Array(n);
    for (let c = 0; c < n; c++) {
      this.base[c] = Math.log((data.examples[c] ?? 0) / total);
      this.unseen[c] = Math.log(SMOOTHING / ((data.classTerms[c] ?? 0) + SMOOTHING * data.vocabulary));
    }
  }

  /** Counts the terms of `examples`, keeping those seen at least `keptFrom` times in all. */
  static train(examples: readonly LabelledTerms[], keptFrom: number): NaiveBayesModel {
    const classes: string[] = [];
    const classOf = new Map<string, number>();
    const examplesOf: number[] = [];
    const termsIn: number[] = [];
    const counts = new Map<string, Map<number, number>>();
    for (const { terms, label } of examples) {
      let c = classOf.get(label);
      if (c === undefined) {
        c = classes.push(label) - 1;
        classOf.set(label, c);
      }
      examplesOf[c] = (examplesOf[c] ?? 0) + 1;
      for (const term of terms) {
        termsIn[c] = (termsIn[c] ?? 0) + 1;
        let byClass = counts.get(term);
        if (!byClass) counts.set(term, (byClass = new Map()));
        byClass.set(c, (byClass.get(c) ?? 0) + 1);
      }
    }
    const seen = (byClass: Map<number, number>) => [...byClass.values()].reduce((a, b) => a + b, 0);
    const kept = [...counts.keys()].filter((term) => seen(counts.get(term) as Map<number, number>) >= keptFrom).sort();
    const starts = [0];
    const countList: number[] = [];
    for (const term of kept) {
      for (const [c, n] of counts.get(term) as Map<number, number>) countList.push(c, n);
      starts.push(countList.length);
    }
    return new NaiveBayesModel({
      classes,
      examples: classes.map((_, c) => examplesOf[c] ?? 0),
      classTerms: classes.map((_, c) => termsIn[c] ?? 0),
      vocabulary: counts.size,
      terms: kept,
      starts,
      counts: countList,
    });
  }

  /**
   * Per class (in data.classes' order), the log likelihood of `terms`, per square root of the terms it knew: a long
   * message is not surer than a short one for having more words. None when it knew no term. The array is reused.
   */
  logOdds(terms: readonly string[]): Float64Array | undefined {
    const { starts, counts } = this.data;
    this.index ??= new Map(this.data.terms.map((term, i) => [term, i]));
    const scores = this.scores;
    scores.fill(0);
    let known = 0;
    for (const term of terms) {
      const t = this.index.get(term);
      if (t === undefined) continue;
      known += 1;
      for (let i = starts[t] as number; i < (starts[t + 1] as number); i += 2) {
        const c = counts[i] as number;
        scores[c] = (scores[c] as number) + Math.log(((counts[i + 1] as number) + SMOOTHING) / SMOOTHING);
      }
    }
    if (known === 0) return undefined;
    const per = Math.sqrt(known);
    for (let c = 0; c < scores.length; c++) scores[c] = ((scores[c] as number) + (this.base[c] as number) + known * (this.unseen[c] as number)) / per;
    return scores;
  }
}

/** Counts read back (`prefix`: where they sit in the file); throws naming the field when they are not a model's. */
export function naiveBayesRestored(data: unknown, prefix: string, offTopic: string): NaiveBayesData {
  const { fields: d, classes, fail } = learnedModelData<NaiveBayesData>(data, prefix, offTopic);
  const counts = (v: unknown, n?: number): v is number[] => Array.isArray(v) && (n === undefined || v.length === n) && v.every((x) => Number.isInteger(x) && (x as number) >= 0);
  const n = classes.length;
  if (!counts(d.examples, n) || d.examples.some((x) => x === 0)) fail('examples', 'must hold a positive count per class');
  if (!counts(d.classTerms, n)) fail('classTerms', 'must hold a count per class');
  if (!Array.isArray(d.terms) || !d.terms.every((t) => typeof t === 'string')) fail('terms', 'must list the terms');
  const terms = d.terms as string[];
  if (!Number.isInteger(d.vocabulary) || (d.vocabulary as number) < terms.length) fail('vocabulary', 'must count at least the terms listed');
  if (!counts(d.counts) || d.counts.length % 2 !== 0 || d.counts.some((c, i) => i % 2 === 0 && c >= n)) fail('counts', `must alternate a class index (below ${n}) and a count`);
  const all = d.counts as number[];
  if (!startsInOrder(d.starts, terms.length, all.length)) fail('starts', 'must hold where each term\'s counts start in "counts", from 0, in order, then where they end');
  return { classes, examples: d.examples as number[], classTerms: d.classTerms as number[], vocabulary: d.vocabulary as number, terms, starts: d.starts as number[], counts: all };
}

/** `data` as the cache of `npm run ask` keeps it: its long lists as Int32Arrays. */
export function naiveBayesForCache(data: NaiveBayesData): NaiveBayesData {
  return { ...data, starts: asInt32(data.starts), counts: asInt32(data.counts) };
}
