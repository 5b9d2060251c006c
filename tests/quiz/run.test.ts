import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import {
  answerQuiz,
  currentQuizQuestion,
  decodeQuizState,
  encodeQuizState,
  loadQuiz,
  QUIZ_LENGTH,
  quizResult,
  startQuiz,
  type QuizState,
} from '../../src/quiz/index.js';

const kb = loadKnowledge(resolve('knowledge'));
const bank = loadQuiz(resolve('knowledge'), kb);

/** A small seeded generator, so draws are repeatable. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plays a whole run, answering wrongly at the given positions; returns the final state and outcomes. */
function play(state: QuizState, wrongAt: number[] = []) {
  const outcomes = [];
  for (let step = currentQuizQuestion(bank, state); step; step = currentQuizQuestion(bank, state)) {
    const { question } = step;
    const choice = wrongAt.includes(step.number - 1) ? (question.correct + 1) % question.options.length : question.correct;
    const outcome = answerQuiz(bank, state, choice);
    if (!outcome) throw new Error('answer refused');
    outcomes.push(outcome);
    state = outcome.state;
  }
  return { state, outcomes };
}

describe('quiz bank', () => {
  it('loads the real quiz with entries that exist', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(QUIZ_LENGTH);
    expect(bank.version).toMatch(/^[0-9a-f]{8}$/);
    for (const q of bank.questions) {
      expect(kb.byId.has(q.entry)).toBe(true);
      expect(q.options[q.correct]).toBeDefined();
    }
  });
});

describe('a quiz run', () => {
  it('draws five distinct questions from the bank', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { questions, answers } = startQuiz(bank, seeded(seed));
      expect(questions).toHaveLength(QUIZ_LENGTH);
      expect(new Set(questions).size).toBe(QUIZ_LENGTH);
      for (const index of questions) expect(bank.questions[index]).toBeDefined();
      expect(answers).toEqual([]);
    }
  });

  it('draws differently with different random numbers, and survives a misbehaving source', () => {
    const draws = new Set([1, 2, 3, 4, 5].map((seed) => startQuiz(bank, seeded(seed)).questions.join(',')));
    expect(draws.size).toBeGreaterThan(1);
    for (const rng of [() => 0, () => 0.9999999, () => 1, () => NaN, () => -3]) {
      const { questions } = startQuiz(bank, rng);
      expect(new Set(questions).size).toBe(QUIZ_LENGTH);
      for (const index of questions) expect(bank.questions[index]).toBeDefined();
    }
  });

  it('asks one question at a time and scores 5/5 when every answer is right', () => {
    const start = startQuiz(bank, seeded(7));
    expect(currentQuizQuestion(bank, start)).toMatchObject({ number: 1, total: QUIZ_LENGTH, label: `Question 1 of ${QUIZ_LENGTH}` });
    const { state, outcomes } = play(start);
    expect(outcomes.map((o) => o.correct)).toEqual([true, true, true, true, true]);
    expect(outcomes.map((o) => o.done)).toEqual([false, false, false, false, true]);
    expect(currentQuizQuestion(bank, state)).toBeNull();
    expect(quizResult(bank, state)).toEqual({ score: 5, total: 5, misses: [], finished: true });
  });

  it('scores wrong answers and lists the entries to read', () => {
    const start = startQuiz(bank, seeded(11));
    const { state, outcomes } = play(start, [1, 3]);
    expect(outcomes.map((o) => o.correct)).toEqual([true, false, true, false, true]);
    const missed = [1, 3].map((position) => bank.questions[start.questions[position] as number]);
    expect(quizResult(bank, state)).toEqual({ score: 3, total: 5, misses: missed.map((q) => q?.entry), finished: true });
    const wrong = outcomes[1];
    expect(wrong?.entryId).toBe(missed[0]?.entry);
    expect(wrong?.explanation).toBe(missed[0]?.explanation);
    expect(wrong?.correctOption).toBe(missed[0]?.options[missed[0].correct]);
    expect(wrong?.chosenOption).not.toBe(wrong?.correctOption);
  });

  it('scores a run in progress', () => {
    const start = startQuiz(bank, seeded(3));
    const first = answerQuiz(bank, start, ((bank.questions[start.questions[0] as number]?.correct ?? 0) + 1) % 3);
    expect(first?.state.answers).toHaveLength(1);
    expect(quizResult(bank, first?.state as QuizState)).toMatchObject({ score: 0, total: 5, finished: false });
    expect(currentQuizQuestion(bank, first?.state as QuizState)?.label).toBe('Question 2 of 5');
  });

  it('refuses options that do not exist and answers after the end', () => {
    const start = startQuiz(bank, seeded(5));
    for (const option of [-1, 4, 99, 1.5, NaN]) expect(answerQuiz(bank, start, option)).toBeNull();
    expect(answerQuiz(bank, play(start).state, 0)).toBeNull();
    expect(start.answers).toEqual([]);
  });
});

describe('quiz state', () => {
  it('round-trips every step of a run, well under Slack limits', () => {
    let state = startQuiz(bank, seeded(9));
    for (;;) {
      const value = encodeQuizState(bank, state);
      expect(value.length).toBeLessThan(100);
      expect(decodeQuizState(bank, value)).toEqual({ ok: true, state });
      const step = currentQuizQuestion(bank, state);
      if (!step) break;
      state = (answerQuiz(bank, state, 0) as { state: QuizState }).state;
    }
  });

  it('rejects a state written by another bank version as stale', () => {
    const state = startQuiz(bank, seeded(1));
    const old = { ...bank, version: bank.version === '00000000' ? '11111111' : '00000000' };
    expect(decodeQuizState(bank, encodeQuizState(old, state))).toEqual({ ok: false, reason: 'stale' });
  });

  const v = bank.version;
  const n = bank.questions.length;
  it.each([
    ['undefined', undefined],
    ['a number', 7],
    ['an object', { questions: [0, 1, 2, 3, 4], answers: [] }],
    ['garbage', 'not a state'],
    ['a chooser state', `c1.${v}.yn`],
    ['too few questions', `q1.${v}.0-1-2-3.`],
    ['too many questions', `q1.${v}.0-1-2-3-4-5.`],
    ['a repeated question', `q1.${v}.0-1-2-3-3.`],
    ['a question beyond the bank', `q1.${v}.0-1-2-3-${n.toString(36)}.`],
    ['leading zeros', `q1.${v}.00-1-2-3-4.`],
    ['more answers than questions', `q1.${v}.0-1-2-3-4.000000`],
    ['an option that does not exist', `q1.${v}.0-1-2-3-4.9`],
    ['a missing answers part', `q1.${v}.0-1-2-3-4`],
    ['a huge value', `q1.${v}.0-1-2-3-4.${'0'.repeat(5000)}`],
  ])('rejects %s as tampered without throwing', (_, value) => {
    expect(decodeQuizState(bank, value)).toEqual({ ok: false, reason: 'tampered' });
  });
});
