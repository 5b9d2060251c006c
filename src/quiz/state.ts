import { QUIZ_LENGTH, type QuizBank } from './bank.js';
import type { QuizState } from './run.js';

/** Format tag of encoded quiz states; change it if the layout changes. */
const STATE_TAG = 'q1';
/** Far above any state we write (about 30 chars); anything longer is rejected unparsed. */
const MAX_STATE_CHARS = 200;
const STATE_PATTERN = new RegExp(`^${STATE_TAG}\\.([0-9a-f]{8})\\.([0-9a-z]+(?:-[0-9a-z]+)*)\\.([0-9]*)$`);

export type DecodedQuizState = { ok: true; state: QuizState } | { ok: false; reason: 'stale' | 'tampered' };

/** The run as a short string for a button value, e.g. "q1.1a2b3c4d.3-k-b-0-r.02" (question indexes in base 36, then answers). */
export function encodeQuizState(bank: QuizBank, state: QuizState): string {
  return `${STATE_TAG}.${bank.version}.${state.questions.map((i) => i.toString(36)).join('-')}.${state.answers.join('')}`;
}

/** Never throws: anything but a state this bank wrote is `tampered`, or `stale` if an older bank wrote it. */
export function decodeQuizState(bank: QuizBank, value: unknown): DecodedQuizState {
  const tampered = { ok: false, reason: 'tampered' } as const;
  if (typeof value !== 'string' || value.length > MAX_STATE_CHARS) return tampered;
  const match = STATE_PATTERN.exec(value);
  if (!match) return tampered;
  const [, version = '', drawn = '', given = ''] = match;
  if (version !== bank.version) return { ok: false, reason: 'stale' };
  const state: QuizState = { questions: drawn.split('-').map((part) => parseInt(part, 36)), answers: [...given].map(Number) };
  const { questions, answers } = state;
  const valid =
    questions.length === Math.min(QUIZ_LENGTH, bank.questions.length) &&
    questions.every((index) => index < bank.questions.length) &&
    new Set(questions).size === questions.length &&
    answers.length <= questions.length &&
    answers.every((answer, position) => answer < (bank.questions[questions[position] ?? -1]?.options.length ?? 0)) &&
    // Round-tripping rejects other spellings of the same numbers, such as leading zeros.
    encodeQuizState(bank, state) === value;
  return valid ? { ok: true, state } : tampered;
}
