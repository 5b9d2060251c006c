/**
 * A multinomial logistic regression (softmax) over a message's terms: the entry the development examples' words
 * point to, learned discriminatively. Naive Bayes counts each word for every class it was seen with, so the words
 * common to many questions ("which", "does", "need") drown the one that decides; this model learns how much each
 * term tells one entry from the others, function words included ("which one does NOT", "why", "how long").
 * Measured on the sets held out at the two stops before it came (wa to xd), learned from the others only: the right
 * entry first for 96.0% of the messages that stand alone, against 92.0% for naive Bayes, and off-topic 99.0% against
 * 92.5%. Alone it broke behaviours the responder's rules were tuned for, so it is asked with naive Bayes (exampleModel.ts).
 */
import { asInt32, learnedModelData, startsInOrder, type Integers, type LabelledTerms } from './learnedModelData.js';

/** One learned model as plain data: class biases, and per term the classes it weighs for, in hundredths. */
export interface SoftmaxModelData {
  classes: string[];
  bias: number[];
  /** The terms with a weight left after pruning, sorted. */
  terms: string[];
  /** Where each term's weights start in `weights` (one more than there are terms: the last is where they end). */
  starts: Integers;
  /** Class index and weight in hundredths, alternating. */
  weights: Integers;
}

/** Passes over the examples; the rate falls as 1/(1+pass). More passes changed nothing measurable. */
const PASSES = 8;
const LEARNING_RATE = 1;
/** L2 decay per step: keeps a word seen in a few examples from deciding alone. */
const DECAY = 1e-5;
/** The bias learns slower than the words: the classes' sizes say little about a message. */
const BIAS_RATE = 0.1;
/** A term must be in this many examples to be learned. */
const KEPT_FROM = 2;
/** Weights smaller than this are dropped: a tenth of them are left, and no figure moved. */
const PRUNED_BELOW = 0.2;
/** Weights are kept in hundredths. */
const PRECISION = 100;

export class SoftmaxModel {
  private index: Map<string, number> | undefined;
  private readonly z: Float64Array;

  constructor(readonly data: SoftmaxModelData) {
    this.z = new Float64Array(data.classes.length);
  }

  /** Trained by stochastic gradient descent in a fixed order (a seeded shuffle): the same examples give the same file. */
  static train(examples: readonly LabelledTerms[]): SoftmaxModel {
    const classes = [...new Set(examples.map((e) => e.label))];
    const classOf = new Map(classes.map((c, i) => [c, i]));
    const n = classes.length;
    const seenIn = new Map<string, number>();
    const unique = examples.map((e) => [...new Set(e.terms)]);
    for (const terms of unique) for (const t of terms) seenIn.set(t, (seenIn.get(t) ?? 0) + 1);
    const termIndex = new Map<string, number>();
    for (const [t, count] of seenIn) if (count >= KEPT_FROM) termIndex.set(t, termIndex.size);
    const rows = unique.map((terms, i) => ({ terms: terms.map((t) => termIndex.get(t)).filter((t): t is number => t !== undefined), label: classOf.get((examples[i] as LabelledTerms).label) as number }));
    const w = new Float32Array(termIndex.size * n);
    const bias = new Float32Array(n);
    const p = new Float64Array(n);
    const order = rows.map((_, i) => i);
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let pass = 0; pass < PASSES; pass++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      const rate = LEARNING_RATE / (1 + pass);
      for (const r of order) {
        const { terms, label } = rows[r] as { terms: number[]; label: number };
        if (terms.length === 0) continue;
        const scale = 1 / Math.sqrt(terms.length);
        let top = -Infinity;
        for (let c = 0; c < n; c++) {
          let z = bias[c] as number;
          for (const t of terms) z += (w[t * n + c] as number) * scale;
          p[c] = z;
          if (z > top) top = z;
        }
        let sum = 0;
        for (let c = 0; c < n; c++) sum += p[c] = Math.exp((p[c] as number) - top);
        for (let c = 0; c < n; c++) {
          const gradient = (p[c] as number) / sum - (c === label ? 1 : 0);
          bias[c] = (bias[c] as number) - rate * gradient * BIAS_RATE;
          for (const t of terms) w[t * n + c] = (w[t * n + c] as number) - rate * (gradient * scale + DECAY * (w[t * n + c] as number));
        }
      }
    }
    const terms: string[] = [];
    const starts = [0];
    const weights: number[] = [];
    for (const [term, t] of [...termIndex].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const before = weights.length;
      for (let c = 0; c < n; c++) {
        const weight = w[t * n + c] as number;
        if (Math.abs(weight) >= PRUNED_BELOW) weights.push(c, Math.round(weight * PRECISION));
      }
      if (weights.length === before) continue;
      terms.push(term);
      starts.push(weights.length);
    }
    // `|| 0`: a bias rounded to -0 is written as 0, and must equal what is read back.
    return new SoftmaxModel({ classes, bias: [...bias].map((b) => Math.round(b * PRECISION) / PRECISION || 0), terms, starts, weights });
  }

  /** Per class (in data.classes' order), the logit of `terms`; none when no term was learned. The array is reused. */
  logits(terms: readonly string[]): Float64Array | undefined {
    const { classes, bias, starts, weights } = this.data;
    this.index ??= new Map(this.data.terms.map((t, i) => [t, i]));
    const known = [...new Set(terms)].map((t) => this.index?.get(t)).filter((t): t is number => t !== undefined);
    if (known.length === 0) return undefined;
    const scale = 1 / Math.sqrt(known.length);
    const z = this.z;
    for (let c = 0; c < classes.length; c++) z[c] = bias[c] as number;
    for (const t of known) {
      for (let i = starts[t] as number; i < (starts[t + 1] as number); i += 2) {
        const c = weights[i] as number;
        z[c] = (z[c] as number) + ((weights[i + 1] as number) / PRECISION) * scale;
      }
    }
    return z;
  }
}

/** A model's data read back (`prefix`: where it sits in the file); throws naming the field when it is not a model's. */
export function softmaxRestored(data: unknown, prefix: string, offTopic: string): SoftmaxModelData {
  const { fields: d, classes, fail } = learnedModelData<SoftmaxModelData>(data, prefix, offTopic);
  const integers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => Number.isInteger(x));
  const n = classes.length;
  if (!Array.isArray(d.bias) || d.bias.length !== n || !d.bias.every((b) => typeof b === 'number' && Number.isFinite(b))) fail('bias', 'must hold a number per class');
  if (!Array.isArray(d.terms) || !d.terms.every((t) => typeof t === 'string')) fail('terms', 'must list the terms');
  const terms = d.terms as string[];
  if (!integers(d.weights) || d.weights.length % 2 !== 0 || d.weights.some((w, i) => i % 2 === 0 && (w < 0 || w >= n))) fail('weights', `must alternate a class index (below ${n}) and a weight in hundredths`);
  const weights = d.weights as number[];
  if (!startsInOrder(d.starts, terms.length, weights.length)) fail('starts', 'must hold where each term\'s weights start in "weights", from 0, in order, then where they end');
  return { classes, bias: d.bias as number[], terms, starts: d.starts as number[], weights };
}

/** `data` as the cache of `npm run ask` keeps it: its long lists as Int32Arrays. */
export function softmaxForCache(data: SoftmaxModelData): SoftmaxModelData {
  return { ...data, starts: asInt32(data.starts), weights: asInt32(data.weights) };
}
