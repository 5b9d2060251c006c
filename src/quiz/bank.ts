import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { ContentError, type Problem } from '../knowledge/problems.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { ItemReader, YamlFile, type IdRegistry } from '../knowledge/yamlFile.js';

export const QUIZ_FILE = 'quiz.yml';
/** Questions per run; the bank must hold at least this many. */
export const QUIZ_LENGTH = 5;
export const MIN_OPTIONS = 3;
export const MAX_OPTIONS = 4;
/** Options stay short enough to read at a glance and to fit on a button in any front end (Slack's cap is 75). */
export const MAX_OPTION_CHARS = 75;

export interface QuizQuestion {
  id: string;
  question: string;
  options: string[];
  /** Index of the right option in `options`. */
  correct: number;
  explanation: string;
  /** Knowledge-base entry id to read about it. */
  entry: string;
}

export interface QuizBank {
  /** Fingerprint of ids, options and right answers; states from another version are stale. */
  version: string;
  questions: QuizQuestion[];
  file: string;
}

const QUESTION_FIELDS = ['id', 'question', 'options', 'correct', 'explanation', 'entry'] as const;

/** Loads `<dir>/quiz.yml`; throws a ContentError listing every problem. */
export function loadQuiz(dir: string, kb: KnowledgeBase): QuizBank {
  const { bank, problems } = validateQuiz(dir, kb);
  if (!bank) throw new ContentError(`The quiz in ${join(dir, QUIZ_FILE)} cannot be loaded`, problems);
  return bank;
}

/** Reads and checks `<dir>/quiz.yml`; `bank` is null whenever there is a problem. */
export function validateQuiz(dir: string, kb: KnowledgeBase): { bank: QuizBank | null; problems: Problem[] } {
  const file = YamlFile.open(join(dir, QUIZ_FILE), dirname(resolve(dir)));
  const nodes = file.topList('questions', 'a list of questions with id, question, options, correct, explanation and entry');
  const questions: QuizQuestion[] = [];
  const seen: IdRegistry = new Map();

  for (const node of nodes) {
    const reader = new ItemReader(file, node);
    const name = reader.name;
    reader.onlyFields(QUESTION_FIELDS);
    const id = reader.id(seen, 'question', 'm2m-acronym');
    const question = reader.text('question', 'write the question');
    const options = reader.textList('options', `list ${MIN_OPTIONS} or ${MAX_OPTIONS} different answers, one of them right`, { min: MIN_OPTIONS, max: MAX_OPTIONS });
    checkOptions(file, node.get('options', true) as Node | undefined, name);
    const correctText = reader.text('correct', 'copy the right option here word for word');
    const correct = correctText === undefined ? -1 : options.indexOf(correctText);
    if (correctText !== undefined && correct === -1 && options.length > 0) {
      const near = options.find((o) => o.toLowerCase() === correctText.toLowerCase());
      reader.report('correct', `"${correctText}" is not one of the options`, near ? `write it exactly as the option: "${near}"` : 'copy one of the options word for word');
    }
    const explanation = reader.text('explanation', 'say in one line why the right answer is right');
    if (explanation?.includes('\n')) reader.report('explanation', 'must be a single line', 'join it into one sentence');
    const entry = reader.text('entry', 'name the knowledge-base entry to read, e.g. "m2m-acronym"');
    if (entry !== undefined && !kb.byId.has(entry)) {
      reader.report('entry', `"${entry}" is not the id of any knowledge-base entry`, 'correct the id (see knowledge/faq/*.yml)');
    }
    if (id !== undefined && question !== undefined && correct >= 0 && explanation !== undefined && entry !== undefined) {
      questions.push({ id, question, options, correct, explanation, entry });
    }
  }

  const list = isMap(file.root) ? (file.root.get('questions', true) as Node | undefined) : undefined;
  if (isSeq(list) && nodes.length < QUIZ_LENGTH) {
    file.report(list, { field: 'questions', message: `has ${nodes.length} question${nodes.length === 1 ? '' : 's'}; at least ${QUIZ_LENGTH} needed`, fix: 'add questions' });
  }

  const problems = file.problems;
  if (problems.length > 0) return { bank: null, problems };
  return { bank: { version: quizVersion(questions), questions, file: file.file }, problems };
}

/** Reports over-long and repeated options, each at its own line. */
function checkOptions(file: YamlFile, node: Node | undefined, item: string | undefined): void {
  if (!isSeq(node)) return;
  const seen = new Set<string>();
  node.items.forEach((option, index) => {
    if (!isScalar(option) || option.value === null) return;
    const text = String(option.value).trim();
    const field = `options[${index}]`;
    const report = (message: string, fix: string): void => file.report(option, { ...(item ? { item } : {}), field, message, fix });
    if (text.length > MAX_OPTION_CHARS) report(`is ${text.length} characters long; the limit is ${MAX_OPTION_CHARS}`, 'shorten it so it fits on a button');
    if (seen.has(text.toLowerCase())) report(`repeats "${text}"`, 'make every option different');
    seen.add(text.toLowerCase());
  });
}

/** First 8 hex chars of sha256 over ids, options and right answers. */
export function quizVersion(questions: readonly QuizQuestion[]): string {
  const shape = questions.map((q) => [q.id, q.options, q.correct]);
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 8);
}
