import type { ChooserAnswer, ChooserModel, Side } from './model.js';

export type Verdict = Side | 'mix' | 'unsure';

/** Below this many points in all, there is not enough to go on (one strong answer is worth 2). */
export const MIN_EVIDENCE = 2;
/** The leading side needs this share of all points to win outright: 6 to 4 wins, 5 to 4 is a mix. */
export const WIN_SHARE = 0.6;
/** An answer worth this much is a strong reason on its own. */
export const STRONG_WEIGHT = 2;
/** With this many strong answers against it, the leader must win 2 to 1, or the answers conflict. */
export const CONFLICT_STRONG_ANSWERS = 2;
export const CONFLICT_WIN_SHARE = 2 / 3;
/** The recommendation names at most this many reasons, heaviest first. */
export const MAX_REASONS = 4;

export interface Reason {
  questionId: string;
  ask: string;
  answer: ChooserAnswer;
  why: string;
  /** Points this answer gave to `side`, net of any points it gave the other side. */
  weight: number;
  side: Side;
}

export interface Recommendation {
  verdict: Verdict;
  /** One plain sentence stating the verdict. */
  summary: string;
  iot: number;
  m2m: number;
  /** IoT's share of all points, for a score bar: 0 is all M2M, 1 all IoT, 0.5 when nothing scored. */
  iotShare: number;
  /** Up to MAX_REASONS answers that weighed most, those backing the verdict first on ties. */
  reasons: Reason[];
  /** Knowledge-base entry ids behind the verdict, most relevant first; empty when unsure. */
  criteria: string[];
}

export const VERDICT_SUMMARIES: Record<Verdict, string> = {
  iot: 'IoT looks like the better fit for your project.',
  m2m: 'M2M looks like the better fit for your project.',
  mix: 'Your answers point both ways, so a mix of IoT and M2M may fit best.',
  unsure: 'There is not enough to go on yet: answer a few more questions with yes or no.',
};

export interface RecommendOptions {
  /**
   * A project described in a message that names a strong need on each side
   * ("the robot arms need dedicated links, and management wants a live cloud
   * dashboard") asks for both: a mix, whatever the point totals. In the
   * chooser, where every question is asked, the totals decide.
   */
  strongOnBothSidesIsMix?: boolean;
  /**
   * Answers given by a project's other parts, by question index: "the gate controllers never grow, but the visitor app
   * must serve a million users" answers "must it grow?" once per part. Each is scored as the answer it is, so such a
   * question is not_sure in `answers`.
   */
  alsoAnswered?: readonly { questionIndex: number; answer: ChooserAnswer }[];
}

/**
 * Scores answers given in question order; missing answers count as not_sure
 * and answers beyond the last question are ignored.
 */
export function recommend(model: ChooserModel, answers: readonly ChooserAnswer[], options: RecommendOptions = {}): Recommendation {
  let iot = 0;
  let m2m = 0;
  const scored: (Reason & { order: number; criteria: string[] })[] = [];
  const given = [...model.questions.map((_, order) => ({ order, answer: answers[order] ?? 'not_sure' })), ...(options.alsoAnswered ?? []).map((a) => ({ order: a.questionIndex, answer: a.answer }))];
  for (const { order, answer } of given) {
    const question = model.questions[order];
    if (!question) continue;
    const weights = question.answers[answer];
    iot += weights.iot;
    m2m += weights.m2m;
    const net = weights.iot - weights.m2m;
    if (net === 0) continue;
    const side: Side = net > 0 ? 'iot' : 'm2m';
    scored.push({ questionId: question.id, ask: question.ask, answer, why: weights.why, weight: Math.abs(net), side, order, criteria: question.criteria });
  }

  const total = iot + m2m;
  const strongBoth = (['iot', 'm2m'] as const).every((side) => scored.some((r) => r.side === side && r.weight >= STRONG_WEIGHT));
  const verdict = options.strongOnBothSidesIsMix && strongBoth ? 'mix' : decide(iot, m2m, scored);
  const backs = (side: Side): boolean => verdict === side || verdict === 'mix';
  scored.sort((a, b) => b.weight - a.weight || Number(backs(b.side)) - Number(backs(a.side)) || a.order - b.order);

  // Per question, keep the entries named for the side the answer backed ("m2m-fit-..."), listed first; else all its entries.
  const backing = verdict === 'unsure' ? [] : scored.filter((r) => backs(r.side));
  const own = (r: (typeof backing)[number]): string[] => r.criteria.filter((id) => id.startsWith(`${r.side}-`));
  const criteria = new Set([...backing.flatMap(own), ...backing.filter((r) => own(r).length === 0).flatMap((r) => r.criteria)]);

  return {
    verdict,
    summary: VERDICT_SUMMARIES[verdict],
    iot,
    m2m,
    iotShare: total === 0 ? 0.5 : iot / total,
    reasons: scored.slice(0, MAX_REASONS).map(({ questionId, ask, answer, why, weight, side }) => ({ questionId, ask, answer, why, weight, side })),
    criteria: [...criteria],
  };
}

function decide(iot: number, m2m: number, scored: readonly Reason[]): Verdict {
  const total = iot + m2m;
  if (total < MIN_EVIDENCE) return 'unsure';
  const leader: Side = iot > m2m ? 'iot' : 'm2m';
  const share = Math.max(iot, m2m) / total;
  if (share < WIN_SHARE) return 'mix';
  const strongAgainst = scored.filter((r) => r.side !== leader && r.weight >= STRONG_WEIGHT).length;
  if (strongAgainst >= CONFLICT_STRONG_ANSWERS && share < CONFLICT_WIN_SHARE) return 'mix';
  return leader;
}
