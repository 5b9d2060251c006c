import type { KnowledgeBase } from '../knowledge/types.js';
import { AnswerEngine, DEFAULT_TUNING, type Tuning } from './engine.js';
import { evaluate, type EvaluationResult, type LabelledQuestion } from './evaluation.js';

/** The values `npm run eval -- --tune` tries for each dial; the thresholds are cheap, the rest rebuild the index. */
export const TUNING_GRID: { [K in keyof Tuning]?: number[] } = {
  unknownWordWeight: [1, 1.3],
  correctionDoubt: [0.2, 0.5],
  plainWordCap: [0.8, 1],
  wordingWeight: [0.3, 0.4, 0.5],
  queryShare: [0.5, 0.6],
  fallbackBelow: [0.42, 0.46, 0.5, 0.54],
  answerAt: [0.5, 0.55, 0.6],
  clarifyRatio: [0.85, 0.9],
};

export interface TuningResult {
  tuning: Tuning;
  result: EvaluationResult;
  /** Higher is better: the weaker of top-1 and refusal counts double, wrong answers three times against. */
  score: number;
}

export function tuningScore(r: EvaluationResult): number {
  return 2 * Math.min(r.top1, r.offTopicRefusal) + r.answeredRight - 3 * r.answeredWrong;
}

/** Every combination of the grid, evaluated on the labelled set, best first. */
export function sweep(kb: KnowledgeBase, inScope: LabelledQuestion[], offTopic: string[], grid = TUNING_GRID): TuningResult[] {
  const own = kb.entries.flatMap((e) => e.questions);
  const combos = (keys: (keyof Tuning)[]): Partial<Tuning>[] =>
    keys.reduce<Partial<Tuning>[]>((acc, key) => acc.flatMap((partial) => (grid[key] ?? [DEFAULT_TUNING[key]]).map((value) => ({ ...partial, [key]: value }))), [{}]);
  const thresholds: (keyof Tuning)[] = ['fallbackBelow', 'answerAt', 'clarifyRatio'];
  const indexDials = (Object.keys(DEFAULT_TUNING) as (keyof Tuning)[]).filter((k) => !thresholds.includes(k));
  const results: TuningResult[] = [];
  for (const dials of combos(indexDials)) {
    const base = { ...DEFAULT_TUNING, ...dials };
    const engine = new AnswerEngine(kb, base);
    for (const limits of combos(thresholds)) {
      const tuning = { ...base, ...limits };
      engine.retune(limits);
      const result = evaluate((q) => engine.ask(q), inScope, offTopic, own);
      results.push({ tuning, result, score: tuningScore(result) });
    }
  }
  return results.sort((a, b) => b.score - a.score);
}
