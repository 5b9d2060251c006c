/**
 * A multinomial naive Bayes model of each entry's wording: which entry does
 * a question *sound like*, given every phrasing and the answer? It ranks well
 * where no single phrasing covers the question, and complements the phrasing
 * matcher in the engine. Words the model has never seen are ignored here; the
 * matcher already counts them against the question.
 */
export class EntryWording {
  /** Per term id: the entries using it and how often. */
  private readonly postings = new Map<number, { entries: number[]; counts: number[] }>();
  private readonly totals: Float64Array;
  private readonly vocabularySize: number;

  /** `smoothing` is the pseudo-count every term gets in every entry (Laplace/Lidstone). */
  constructor(
    termCounts: ReadonlyMap<number, number>[],
    private readonly smoothing: number,
  ) {
    this.totals = new Float64Array(termCounts.length);
    termCounts.forEach((counts, entry) => {
      for (const [term, count] of counts) {
        let posting = this.postings.get(term);
        if (!posting) this.postings.set(term, (posting = { entries: [], counts: [] }));
        posting.entries.push(entry);
        posting.counts.push(count);
        this.totals[entry] = (this.totals[entry] as number) + count;
      }
    });
    this.vocabularySize = this.postings.size;
  }

  /** P(entry | terms) for every entry, summing to 1; uniform when no term is known. */
  posterior(terms: Iterable<number>): Float64Array {
    const n = this.totals.length;
    const known = [...new Set(terms)].filter((t) => this.postings.has(t));
    const logScore = new Float64Array(n);
    const a = this.smoothing;
    for (let e = 0; e < n; e++) logScore[e] = -known.length * Math.log((this.totals[e] as number) + a * this.vocabularySize);
    for (const term of known) {
      const { entries, counts } = this.postings.get(term)!;
      for (let k = 0; k < entries.length; k++) {
        const e = entries[k] as number;
        logScore[e] = (logScore[e] as number) + Math.log((counts[k] as number) + a) - Math.log(a);
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
