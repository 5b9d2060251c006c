/** A finished EntryWording as plain data (numbers and typed arrays), to keep between runs. */
export interface WordingIndex {
  totals: number[];
  offsets: Int32Array<ArrayBuffer>;
  postingEntries: Int32Array<ArrayBuffer>;
  postingLogs: Float64Array<ArrayBuffer>;
  logNorms: Float64Array<ArrayBuffer>;
  vocabularySize: number;
  wordCount: number;
}

/**
 * A multinomial naive Bayes model of each entry's wording: which entry does
 * a question *sound like*, given every phrasing and the answer? It ranks well
 * where no single phrasing covers the question, and complements the phrasing
 * matcher in the engine. Words the model has never seen are ignored here; the
 * matcher already counts them against the question.
 */
export class EntryWording {
  private totals: number[] = [];
  /** Every (feature, entry, count) added, in order; turned into per-feature postings by `finish()`. Typed, since 10,000 entries add millions. */
  private added = { features: new Int32Array(1024), entries: new Int32Array(1024), counts: new Float64Array(1024), length: 0 };
  /** Per feature: postings[offsets[f] .. offsets[f + 1]) are its entries, with their counts. */
  private offsets = new Int32Array(1);
  private postingEntries = new Int32Array(0);
  private postingLogs = new Float64Array(0);
  private logNorms = new Float64Array(0);
  private vocabularySize = 0;
  private wordCount = 0;

  /** Word ids as they are; pair p, written -(p + 1), after all the words. */
  private featureId(feature: number): number {
    return feature >= 0 ? feature : this.wordCount - feature - 1;
  }

  /** `smoothing` is the pseudo-count every feature gets in every entry (Laplace/Lidstone). */
  constructor(private readonly smoothing: number) {}

  /** A model finished before, from its `index()`. */
  static restored(smoothing: number, index: WordingIndex): EntryWording {
    const model = new EntryWording(smoothing);
    model.totals = index.totals;
    model.offsets = index.offsets;
    model.postingEntries = index.postingEntries;
    model.postingLogs = index.postingLogs;
    model.logNorms = index.logNorms;
    model.vocabularySize = index.vocabularySize;
    model.wordCount = index.wordCount;
    return model;
  }

  /** What a finished model answers from, as plain data (shared, not copied). */
  index(): Readonly<WordingIndex> {
    const { totals, offsets, postingEntries, postingLogs, logNorms, vocabularySize, wordCount } = this;
    return { totals, offsets, postingEntries, postingLogs, logNorms, vocabularySize, wordCount };
  }

  /** Adds the next entry's word and word-pair counts (then clears them); entries are numbered in the order they are added. */
  addEntry(words: Tally, pairs: Tally): void {
    const entry = this.totals.length;
    this.totals.push(this.record(entry, words, 0) + this.record(entry, pairs, 1));
  }

  /** Appends a tally's counts as features (words as they are, pairs as -(id + 1)) and clears it. */
  private record(entry: number, tally: Tally, pairs: 0 | 1): number {
    const added = this.added;
    if (added.length + tally.ids.length > added.features.length) {
      const size = Math.max(added.length + tally.ids.length, added.features.length * 2);
      const grow = <T extends Int32Array | Float64Array>(from: T, to: T): T => (to.set(from), to);
      added.features = grow(added.features, new Int32Array(size));
      added.entries = grow(added.entries, new Int32Array(size));
      added.counts = grow(added.counts, new Float64Array(size));
    }
    let total = 0;
    for (const id of tally.ids) {
      const count = tally.count(id);
      added.features[added.length] = pairs ? -(id + 1) : id;
      added.entries[added.length] = entry;
      added.counts[added.length] = count;
      added.length += 1;
      total += count;
    }
    tally.clear();
    return total;
  }

  /** Builds the postings once every entry is added (a counting sort by feature). */
  finish(wordCount: number, pairCount: number): void {
    this.wordCount = wordCount;
    const featureCount = wordCount + pairCount;
    const { entries, counts, length } = this.added;
    const features = this.added.features.subarray(0, length).map((f) => this.featureId(f));
    const offsets = new Int32Array(featureCount + 1);
    for (const f of features) offsets[f + 1] = (offsets[f + 1] as number) + 1;
    for (let f = 0; f < featureCount; f++) {
      if ((offsets[f + 1] as number) > 0) this.vocabularySize += 1;
      offsets[f + 1] = (offsets[f + 1] as number) + (offsets[f] as number);
    }
    const next = offsets.slice(0, featureCount);
    this.postingEntries = new Int32Array(features.length);
    const postingCounts = new Float64Array(features.length);
    for (let k = 0; k < features.length; k++) {
      const at = (next[features[k] as number] as number)++;
      this.postingEntries[at] = entries[k] as number;
      postingCounts[at] = counts[k] as number;
    }
    this.offsets = offsets;
    // Per entry log(total + αV) and per posting log(1 + count/α): fixed once built, so not recomputed per question.
    this.logNorms = Float64Array.from(this.totals, (total) => Math.log(total + this.smoothing * this.vocabularySize));
    this.postingLogs = postingCounts.map((count) => Math.log(count + this.smoothing) - Math.log(this.smoothing));
    this.added = { features: new Int32Array(0), entries: new Int32Array(0), counts: new Float64Array(0), length: 0 };
  }

  /** P(entry | features) for every entry, summing to 1; uniform when none is known. Word ids as they are, pair p as -(p + 1). */
  posterior(features: Iterable<number>): Float64Array {
    const known = [...new Set([...features].map((f) => this.featureId(f)))].filter((f) => f >= 0 && f + 1 < this.offsets.length && (this.offsets[f + 1] as number) > (this.offsets[f] as number));
    const n = this.totals.length;
    const logScore = new Float64Array(n);
    for (let e = 0; e < n; e++) logScore[e] = -known.length * (this.logNorms[e] as number);
    for (const f of known) {
      for (let k = this.offsets[f] as number; k < (this.offsets[f + 1] as number); k++) {
        const e = this.postingEntries[k] as number;
        logScore[e] = (logScore[e] as number) + (this.postingLogs[k] as number);
      }
    }
    let max = -Infinity;
    for (const s of logScore) max = Math.max(max, s);
    let sum = 0;
    for (let e = 0; e < n; e++) {
      const p = Math.exp((logScore[e] as number) - max);
      logScore[e] = p;
      sum += p;
    }
    for (let e = 0; e < n; e++) logScore[e] = (logScore[e] as number) / sum;
    return logScore;
  }
}

/** Per-id weights for one entry, added up without a Map: ids are small integers. */
export class Tally {
  readonly ids: number[] = [];
  private weights = new Float64Array(256);

  add(id: number, weight: number): void {
    if (id >= this.weights.length) {
      const grown = new Float64Array(Math.max(id + 1, this.weights.length * 2));
      grown.set(this.weights);
      this.weights = grown;
    }
    if (this.weights[id] === 0) this.ids.push(id);
    this.weights[id] = (this.weights[id] as number) + weight;
  }

  count(id: number): number {
    return this.weights[id] ?? 0;
  }

  clear(): void {
    for (const id of this.ids) this.weights[id] = 0;
    this.ids.length = 0;
  }
}
