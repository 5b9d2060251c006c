import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { loadFile } from '../knowledge/content.js';
import { ContentError, type Problem } from '../knowledge/problems.js';
import { id, list, record, ref, text, textList, type Infer } from '../knowledge/schema.js';
import type { EntryIndex } from '../knowledge/types.js';

export const QUIZ_FILE = 'quiz.yml';
/** Questions per run; the bank must hold at least this many. */
export const QUIZ_LENGTH = 5;
export const MIN_OPTIONS = 3;
export const MAX_OPTIONS = 4;
/** Options stay short enough to read at a glance and to fit on a button in any front end (Slack's cap is 75). */
export const MAX_OPTION_CHARS = 75;

/** One question of quiz.yml. This declaration is the only list of its fields: loading, messages and types follow it. */
export const QUIZ_QUESTION = record(
  {
    id: id({ scope: 'quiz-question', kind: 'question', example: 'm2m-acronym' }),
    question: text({ fix: 'write the question' }),
    options: textList({
      fix: `list ${MIN_OPTIONS} or ${MAX_OPTIONS} different answers, one of them right`,
      min: MIN_OPTIONS,
      max: MAX_OPTIONS,
      maxLength: MAX_OPTION_CHARS,
      maxLengthFix: 'shorten it so it fits on a button',
      unique: { fix: 'make every option different' },
    }),
    /** The right option, word for word; loaded as its index in `options`. */
    correct: text({ fix: 'copy the right option here word for word' }),
    explanation: text({ fix: 'say in one line why the right answer is right', singleLine: true }),
    /** Knowledge-base entry id to read about it. */
    entry: ref({ to: 'entry', noun: 'knowledge-base entry', fix: 'name the knowledge-base entry to read, e.g. "m2m-acronym"' }),
  },
  {
    fix: 'write the question as "- field: value" lines',
    check: ({ options, correct }, report) => {
      if (options.includes(correct)) return;
      const near = options.find((o) => o.toLowerCase() === correct.toLowerCase());
      report(['correct'], `"${correct}" is not one of the options`, near ? `write it exactly as the option: "${near}"` : 'copy one of the options word for word');
    },
  },
);

/** quiz.yml. */
export const QUIZ_FILE_SCHEMA = record(
  { questions: list(QUIZ_QUESTION, { fix: 'add questions', min: QUIZ_LENGTH, noun: ['question', 'questions'] }) },
  { fix: 'start the file with "questions:" followed by a list of questions with id, question, options, correct, explanation and entry', notMap: 'the file must be a map with a top-level "questions:" list', extraKeys: 'allow' },
);

export interface QuizQuestion extends Omit<Infer<typeof QUIZ_QUESTION>, 'correct'> {
  /** Index of the right option in `options`. */
  correct: number;
}

export interface QuizBank {
  /** Fingerprint of ids, options and right answers; states from another version are stale. */
  version: string;
  questions: QuizQuestion[];
  file: string;
}

/** Loads `<dir>/quiz.yml`; throws a ContentError listing every problem. */
export function loadQuiz(dir: string, kb: EntryIndex): QuizBank {
  const { bank, problems, syntax } = validateQuiz(dir, kb);
  if (!bank) throw new ContentError(`The quiz in ${join(dir, QUIZ_FILE)} cannot be loaded`, problems, syntax);
  return bank;
}

/** Reads and checks `<dir>/quiz.yml`; `bank` is null whenever there is a problem, and `syntax` says they are YAML syntax errors. */
export function validateQuiz(dir: string, kb: EntryIndex): { bank: QuizBank | null; problems: Problem[]; syntax: boolean } {
  const { value, file, problems, syntax } = loadFile(join(dir, QUIZ_FILE), dirname(resolve(dir)), QUIZ_FILE_SCHEMA, { entry: (id) => kb.byId.has(id) });
  if (!value) return { bank: null, problems, syntax };
  const questions = value.questions.map((q) => ({ ...q, correct: q.options.indexOf(q.correct) }));
  return { bank: { version: quizVersion(questions), questions, file }, problems, syntax };
}

/** First 8 hex chars of sha256 over ids, options and right answers. */
export function quizVersion(questions: readonly QuizQuestion[]): string {
  const shape = questions.map((q) => [q.id, q.options, q.correct]);
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 8);
}
