import type { ChooserAnswer, ChooserModel, ChooserQuestion } from './model.js';

/** Format tag of encoded chooser states; change it if the layout changes. */
const STATE_TAG = 'c1';
/** Longer than any state we write (tag, version, ten letters); anything longer is rejected unparsed. */
const MAX_STATE_CHARS = 64;
const STATE_PATTERN = new RegExp(`^${STATE_TAG}\\.([0-9a-f]{8})\\.([ynu]*)$`);
const LETTERS: Record<ChooserAnswer, string> = { yes: 'y', no: 'n', not_sure: 'u' };
const FROM_LETTER: Record<string, ChooserAnswer> = { y: 'yes', n: 'no', u: 'not_sure' };

export type DecodedChooserState = { ok: true; answers: ChooserAnswer[] } | { ok: false; reason: 'stale' | 'tampered' };

/** The answers so far as a short string for a button value, e.g. "c1.1a2b3c4d.ynu". */
export function encodeChooserState(model: ChooserModel, answers: readonly ChooserAnswer[]): string {
  return `${STATE_TAG}.${model.version}.${answers.map((a) => LETTERS[a]).join('')}`;
}

/** Never throws: anything but a state this model wrote is `tampered`, or `stale` if an older model wrote it. */
export function decodeChooserState(model: ChooserModel, value: unknown): DecodedChooserState {
  if (typeof value !== 'string' || value.length > MAX_STATE_CHARS) return { ok: false, reason: 'tampered' };
  const match = STATE_PATTERN.exec(value);
  if (!match) return { ok: false, reason: 'tampered' };
  const [, version = '', letters = ''] = match;
  if (version !== model.version) return { ok: false, reason: 'stale' };
  if (letters.length > model.questions.length) return { ok: false, reason: 'tampered' };
  return { ok: true, answers: [...letters].map((letter) => FROM_LETTER[letter] as ChooserAnswer) };
}

/** The question to ask next, or null once every question has an answer. */
export function currentQuestion(model: ChooserModel, answers: readonly ChooserAnswer[]): ChooserQuestion | null {
  return model.questions[answers.length] ?? null;
}

export function isComplete(model: ChooserModel, answers: readonly ChooserAnswer[]): boolean {
  return answers.length >= model.questions.length;
}

/** Where the team is, e.g. { number: 3, total: 8, label: "Question 3 of 8" }. */
export function progress(model: ChooserModel, answers: readonly ChooserAnswer[]): { number: number; total: number; label: string } {
  const total = model.questions.length;
  if (isComplete(model, answers)) return { number: total, total, label: `All ${total} questions answered` };
  const number = answers.length + 1;
  return { number, total, label: `Question ${number} of ${total}` };
}

/** The answers with `answer` added for the current question; unchanged once complete (e.g. a double click). */
export function answerQuestion(model: ChooserModel, answers: readonly ChooserAnswer[], answer: ChooserAnswer): ChooserAnswer[] {
  return isComplete(model, answers) ? [...answers] : [...answers, answer];
}

/** The answers without the last one, to go back a question; unchanged at the start. */
export function back(answers: readonly ChooserAnswer[]): ChooserAnswer[] {
  return answers.slice(0, -1);
}

/** A scenario's answers as a chooser to continue: up to the last one it gave, so the chooser opens at the first question it left open. */
export function prefilledAnswers(answers: readonly ChooserAnswer[]): ChooserAnswer[] {
  return answers.slice(0, answers.findLastIndex((a) => a !== 'not_sure') + 1);
}
