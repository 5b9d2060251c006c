import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  recommend,
  loadChooser,
  type ChooserAnswer,
  type ChooserModel,
  type ChooserQuestion,
  type Side,
} from '../../src/chooser/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const kb = loadKnowledge(resolve('knowledge'));
const model = loadChooser(resolve('knowledge'), kb);

const other = (side: Side): Side => (side === 'iot' ? 'm2m' : 'iot');
const net = (q: ChooserQuestion, answer: ChooserAnswer, side: Side): number => q.answers[answer][side] - q.answers[answer][other(side)];

/** For each question, the answer that favours `side` most, or not_sure when none does. */
function leaning(side: Side): ChooserAnswer[] {
  return model.questions.map((q) => {
    const best = (['yes', 'no'] as const).reduce((a, b) => (net(q, b, side) > net(q, a, side) ? b : a));
    return net(q, best, side) > 0 ? best : 'not_sure';
  });
}

describe('recommend on the real chooser', () => {
  it.each(['iot', 'm2m'] as const)('answers that all lean %s recommend it', (side) => {
    const result = recommend(model, leaning(side));
    expect(result.verdict).toBe(side);
    expect(result[side]).toBeGreaterThan(result[other(side)]);
    expect(side === 'iot' ? result.iotShare : 1 - result.iotShare).toBe(1);
    expect(result.reasons.length).toBeGreaterThanOrEqual(2);
    expect(result.reasons.length).toBeLessThanOrEqual(4);
    for (const reason of result.reasons) expect(reason.side).toBe(side);
    expect(result.reasons.map((r) => r.weight)).toEqual([...result.reasons.map((r) => r.weight)].sort((a, b) => b - a));
    expect(result.criteria.length).toBeGreaterThan(0);
    for (const id of result.criteria) expect(kb.byId.has(id)).toBe(true);
    expect(result.summary).toMatch(side === 'iot' ? /IoT/ : /M2M/);
  });

  it("scores a question a project's parts answer both ways once per part: a mix, with each part's criterion", () => {
    // Growing to many users: the article has a criterion each way (iot-fit-scaling-users, m2m-fit-no-scaling).
    const index = model.questions.findIndex((q) => q.id === 'scale-to-many-users');
    const answers: ChooserAnswer[] = model.questions.map(() => 'not_sure');
    expect(recommend(model, answers).verdict).toBe('unsure');
    const both = recommend(model, answers, { strongOnBothSidesIsMix: true, alsoAnswered: [{ questionIndex: index, answer: 'yes' }, { questionIndex: index, answer: 'no' }] });
    expect(both.verdict).toBe('mix');
    expect(new Set(both.reasons.map((r) => r.side))).toEqual(new Set(['iot', 'm2m']));
    expect(both.criteria.some((id) => id.startsWith('iot-')) && both.criteria.some((id) => id.startsWith('m2m-'))).toBe(true);
  });

  it('a balanced set of answers recommends a mix', () => {
    // Each answer favours whichever side is behind so far.
    const answers: ChooserAnswer[] = [];
    let iot = 0;
    let m2m = 0;
    for (const q of model.questions) {
      const behind: Side = iot < m2m ? 'iot' : 'm2m';
      const best = (['yes', 'no', 'not_sure'] as const).reduce((a, b) => (net(q, b, behind) > net(q, a, behind) ? b : a));
      answers.push(best);
      iot += q.answers[best].iot;
      m2m += q.answers[best].m2m;
    }
    const result = recommend(model, answers);
    expect(result.verdict).toBe('mix');
    expect(result.iotShare).toBeGreaterThan(0.3);
    expect(result.iotShare).toBeLessThan(0.7);
    expect(new Set(result.reasons.map((r) => r.side))).toEqual(new Set(['iot', 'm2m']));
  });

  it('all not_sure (or no answers) is unsure', () => {
    for (const answers of [model.questions.map(() => 'not_sure' as const), []]) {
      const result = recommend(model, answers);
      expect(result).toMatchObject({ verdict: 'unsure', iot: 0, m2m: 0, iotShare: 0.5, reasons: [], criteria: [] });
      expect(result.summary).toMatch(/not enough to go on/i);
    }
  });

  it.each(model.questions.map((question, index) => ({ question, index })))('a lone "yes" to $question.id moves the score toward the side of its article criterion', ({ question, index }) => {
    const answers = model.questions.map((_, i): ChooserAnswer => (i === index ? 'yes' : 'not_sure'));
    const result = recommend(model, answers);
    // The article's criteria say which side a "yes" argues for: m2m-fit-* toward M2M, iot-fit-* toward IoT.
    const side = question.criteria[0]?.startsWith('iot-fit-') ? 'iot' : 'm2m';
    expect(question.criteria[0]).toMatch(/^(iot|m2m)-fit-/);
    expect(side === 'iot' ? result.iotShare : 1 - result.iotShare).toBeGreaterThan(0.5);
    const { iot, m2m } = question.answers.yes;
    expect(result.iot).toBe(iot);
    expect(result.m2m).toBe(m2m);
    if (iot !== m2m) {
      expect(result.reasons).toEqual([expect.objectContaining({ questionId: question.id, answer: 'yes', side: iot > m2m ? 'iot' : 'm2m', weight: Math.abs(iot - m2m) })]);
    }
  });

  it('ignores answers beyond the last question', () => {
    const answers = leaning('m2m');
    expect(recommend(model, [...answers, 'yes', 'no'])).toEqual(recommend(model, answers));
  });
});

describe('recommend thresholds', () => {
  /** A model whose question i gives `weights[i]` points to one side on "yes". */
  function synthetic(weights: [Side, number][]): ChooserModel {
    return {
      version: '00000000',
      file: 'test',
      scenarioAsks: [],
      failingConnectionAnswersYesTo: undefined,
      smallSetQuestions: [],
      questions: weights.map(([side, weight], i) => ({
        id: `q${i}`,
        ask: `Question ${i}?`,
        explain: 'Test.',
        criteria: [`${side}-fit-${i}`],
        answers: {
          yes: { iot: side === 'iot' ? weight : 0, m2m: side === 'm2m' ? weight : 0, why: `yes ${i}` },
          no: { iot: 0, m2m: 0, why: `no ${i}` },
          not_sure: { iot: 0, m2m: 0, why: `unsure ${i}` },
        },
        cues: { yes: [], no: [] },
      })),
    };
  }
  const allYes = (m: ChooserModel): ChooserAnswer[] => m.questions.map(() => 'yes');

  it('needs a minimum of evidence', () => {
    expect(recommend(synthetic([['iot', 1]]), ['yes']).verdict).toBe('unsure');
    expect(recommend(synthetic([['iot', 2]]), ['yes']).verdict).toBe('iot');
  });

  it('calls close scores a mix', () => {
    expect(recommend(synthetic([['m2m', 3], ['m2m', 2], ['iot', 3], ['iot', 1]]), ['yes', 'yes', 'yes', 'yes']).verdict).toBe('mix'); // 5 to 4
    const m = synthetic([['m2m', 3], ['m2m', 3], ['iot', 3], ['iot', 1]]); // 6 to 4
    expect(recommend(m, allYes(m)).verdict).toBe('m2m');
  });

  it('calls conflicting strong answers a mix unless one side wins two to one', () => {
    const conflict = synthetic([['iot', 3], ['iot', 2], ['iot', 2], ['m2m', 2], ['m2m', 2]]); // 7 to 4, two strong against
    expect(recommend(conflict, allYes(conflict)).verdict).toBe('mix');
    const clear = synthetic([['iot', 3], ['iot', 3], ['iot', 2], ['m2m', 2], ['m2m', 2]]); // 8 to 4
    expect(recommend(clear, allYes(clear)).verdict).toBe('iot');
  });

  it('keeps at most four reasons and lists the verdict side first on ties', () => {
    const m = synthetic([['m2m', 2], ['iot', 2], ['iot', 2], ['iot', 2], ['iot', 1], ['iot', 1]]);
    const result = recommend(m, allYes(m));
    expect(result.verdict).toBe('iot');
    expect(result.reasons.map((r) => r.questionId)).toEqual(['q1', 'q2', 'q3', 'q0']);
    expect(result.criteria).toEqual(['iot-fit-1', 'iot-fit-2', 'iot-fit-3', 'iot-fit-4', 'iot-fit-5']);
  });
});
