import { QUIZ_LENGTH, type QuizBank, type QuizQuestion } from './bank.js';

/** A quiz run: the drawn questions (indexes into the bank) and the option indexes chosen so far. */
export interface QuizState {
  questions: number[];
  answers: number[];
}

export interface QuizStep {
  question: QuizQuestion;
  /** 1-based position in the run. */
  number: number;
  total: number;
  /** e.g. "Question 2 of 5". */
  label: string;
}

export interface QuizOutcome {
  correct: boolean;
  chosenOption: string;
  correctOption: string;
  explanation: string;
  entryId: string;
  /** The state with this answer recorded. */
  state: QuizState;
  /** True when that was the last question. */
  done: boolean;
}

export interface QuizResult {
  score: number;
  total: number;
  /** Entry ids to read for the missed questions, in quiz order, without repeats. */
  misses: string[];
  finished: boolean;
}

/** Draws QUIZ_LENGTH distinct questions; `rng` returns numbers in [0, 1) like Math.random. */
export function startQuiz(bank: QuizBank, rng: () => number = Math.random): QuizState {
  const pool = bank.questions.map((_, index) => index);
  const count = Math.min(QUIZ_LENGTH, pool.length);
  // Partial Fisher-Yates: the first `count` slots end up a uniform random sample.
  for (let i = 0; i < count; i++) {
    const j = i + randomIndex(rng, pool.length - i);
    [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
  }
  return { questions: pool.slice(0, count), answers: [] };
}

/** The question to show next, or null once the run is over. */
export function currentQuizQuestion(bank: QuizBank, state: QuizState): QuizStep | null {
  const index = state.questions[state.answers.length];
  const question = index === undefined ? undefined : bank.questions[index];
  if (!question) return null;
  const number = state.answers.length + 1;
  const total = state.questions.length;
  return { question, number, total, label: `Question ${number} of ${total}` };
}

/** Records an answer to the current question; null if the run is over or the option does not exist. */
export function answerQuiz(bank: QuizBank, state: QuizState, optionIndex: number): QuizOutcome | null {
  const step = currentQuizQuestion(bank, state);
  const chosenOption = step?.question.options[optionIndex];
  if (!step || !Number.isInteger(optionIndex) || chosenOption === undefined) return null;
  const { question } = step;
  const next: QuizState = { questions: [...state.questions], answers: [...state.answers, optionIndex] };
  return {
    correct: optionIndex === question.correct,
    chosenOption,
    correctOption: question.options[question.correct] ?? '',
    explanation: question.explanation,
    entryId: question.entry,
    state: next,
    done: next.answers.length >= next.questions.length,
  };
}

/** The score so far (the final score once `finished`). */
export function quizResult(bank: QuizBank, state: QuizState): QuizResult {
  let score = 0;
  const misses = new Set<string>();
  state.answers.forEach((answer, position) => {
    const question = bank.questions[state.questions[position] ?? -1];
    if (!question) return;
    if (answer === question.correct) score++;
    else misses.add(question.entry);
  });
  return { score, total: state.questions.length, misses: [...misses], finished: state.answers.length >= state.questions.length };
}

/** A whole number in [0, size), even if `rng` misbehaves (returns 1, negatives or NaN). */
function randomIndex(rng: () => number, size: number): number {
  const index = Math.floor(rng() * size);
  return Number.isFinite(index) ? Math.min(Math.max(index, 0), size - 1) : 0;
}
