import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { ContentError, type Problem } from '../knowledge/problems.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { ItemReader, YamlFile, type IdRegistry } from '../knowledge/yamlFile.js';

export const CHOOSER_FILE = 'chooser.yml';
export const MIN_CHOOSER_QUESTIONS = 6;
export const MAX_CHOOSER_QUESTIONS = 10;
export const MAX_WEIGHT = 3;

/** The three answers, in the order buttons and prompts show them. */
export const CHOOSER_ANSWERS = ['yes', 'no', 'not_sure'] as const;
export type ChooserAnswer = (typeof CHOOSER_ANSWERS)[number];
export const ANSWER_LABELS: Record<ChooserAnswer, string> = { yes: 'Yes', no: 'No', not_sure: 'Not sure' };

export type Side = 'iot' | 'm2m';

export interface AnswerWeights {
  iot: number;
  m2m: number;
  /** Why this answer moves the score (or doesn't); shown with the recommendation. */
  why: string;
}

export interface ChooserQuestion {
  id: string;
  ask: string;
  explain: string;
  /** Knowledge-base entry ids that back this question. */
  criteria: string[];
  answers: Record<ChooserAnswer, AnswerWeights>;
}

export interface ChooserModel {
  /** Fingerprint of the question ids and weights; states from another version are stale. */
  version: string;
  questions: ChooserQuestion[];
  file: string;
}

export function isChooserAnswer(value: unknown): value is ChooserAnswer {
  return typeof value === 'string' && (CHOOSER_ANSWERS as readonly string[]).includes(value);
}

const QUESTION_FIELDS = ['id', 'ask', 'explain', 'criteria', 'answers'] as const;
const ANSWER_FIELDS = ['iot', 'm2m', 'why'] as const;

/** Loads `<dir>/chooser.yml`; throws a ContentError listing every problem. */
export function loadChooser(dir: string, kb: KnowledgeBase): ChooserModel {
  const { model, problems } = validateChooser(dir, kb);
  if (!model) throw new ContentError(`The chooser in ${join(dir, CHOOSER_FILE)} cannot be loaded`, problems);
  return model;
}

/** Reads and checks `<dir>/chooser.yml`; `model` is null whenever there is a problem. */
export function validateChooser(dir: string, kb: KnowledgeBase): { model: ChooserModel | null; problems: Problem[] } {
  const file = YamlFile.open(join(dir, CHOOSER_FILE), dirname(resolve(dir)));
  const nodes = file.topList('questions', 'a list of questions with id, ask, explain, criteria and answers');
  const questions: ChooserQuestion[] = [];
  const seen: IdRegistry = new Map();
  let complete = true;

  for (const node of nodes) {
    const reader = new ItemReader(file, node);
    const name = reader.name;
    reader.onlyFields(QUESTION_FIELDS);
    const id = reader.id(seen, 'question', 'needs-wifi');
    const ask = reader.text('ask', 'write the yes/no question the team answers');
    const explain = reader.text('explain', 'say in one sentence why the question matters');
    const criteria = reader.textList('criteria', 'list the ids of the knowledge-base entries behind the question, e.g. [m2m-fit-no-wifi]', { min: 1 });
    reader.references('criteria', (target) => kb.byId.has(target));
    const answers = readAnswers(file, node, name);

    if (id === undefined || ask === undefined || explain === undefined || criteria.length === 0 || !answers) complete = false;
    else questions.push({ id, ask, explain, criteria, answers });
  }

  const count = nodes.length;
  const list = isMap(file.root) ? (file.root.get('questions', true) as Node | undefined) : undefined;
  if (isSeq(list) && (count < MIN_CHOOSER_QUESTIONS || count > MAX_CHOOSER_QUESTIONS)) {
    file.report(list, {
      field: 'questions',
      message: `has ${count} question${count === 1 ? '' : 's'}; ${MIN_CHOOSER_QUESTIONS} to ${MAX_CHOOSER_QUESTIONS} needed`,
      fix: count < MIN_CHOOSER_QUESTIONS ? 'add questions' : 'merge or drop questions so the chooser stays short',
    });
  }

  const problems = file.problems;
  if (problems.length > 0 || !complete) return { model: null, problems };
  return { model: { version: chooserVersion(questions), questions, file: file.file }, problems };
}

/** Reads the `answers:` map of one question, reporting problems with paths like `answers.yes.m2m`. */
function readAnswers(file: YamlFile, question: YAMLMap, item: string | undefined): Record<ChooserAnswer, AnswerWeights> | undefined {
  const at = (node: Node | undefined, field: string, message: string, fix: string): void =>
    file.report(node ?? question, { ...(item ? { item } : {}), field, message, fix });
  const node = question.get('answers', true) as Node | undefined;
  if (!isMap(node)) {
    at(node, 'answers', node === undefined ? 'is missing' : 'must be a map', 'add "answers:" with "yes", "no" and not_sure, each { iot, m2m, why }');
    return undefined;
  }
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!isChooserAnswer(key)) at(pair.key as Node, `answers.${key}`, 'is not a known answer', `use exactly ${CHOOSER_ANSWERS.join(', ')} (quote "yes" and "no")`);
  }
  const result: Partial<Record<ChooserAnswer, AnswerWeights>> = {};
  for (const key of CHOOSER_ANSWERS) {
    const field = `answers.${key}`;
    const answer = node.get(key, true) as Node | undefined;
    if (!isMap(answer)) {
      at(answer ?? node, field, answer === undefined ? 'is missing' : 'must be a map', `write it as { m2m: 2, why: "..." }`);
      continue;
    }
    for (const pair of answer.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!(ANSWER_FIELDS as readonly string[]).includes(name)) at(pair.key as Node, `${field}.${name}`, 'is not a known field', `use ${ANSWER_FIELDS.join(', ')}`);
    }
    const weight = (side: Side): number | undefined => {
      const w = answer.get(side, true) as Node | undefined;
      if (w === undefined) return 0;
      const value = isScalar(w) ? w.value : undefined;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_WEIGHT) {
        at(w, `${field}.${side}`, `must be a whole number from 0 to ${MAX_WEIGHT}`, `write 0 to ${MAX_WEIGHT}, or leave it out for 0`);
        return undefined;
      }
      if (key === 'not_sure' && value > 0) {
        at(w, `${field}.${side}`, '"not sure" must not move the score', 'remove the weight');
        return undefined;
      }
      return value;
    };
    const iot = weight('iot');
    const m2m = weight('m2m');
    const whyNode = answer.get('why', true) as Node | undefined;
    const why = isScalar(whyNode) && whyNode.value !== null && typeof whyNode.value !== 'object' ? String(whyNode.value).trim() : '';
    if (why === '') at(whyNode ?? answer, `${field}.why`, whyNode === undefined ? 'is missing' : 'is empty or not text', 'say in one sentence why this answer moves the score (or does not)');
    if (iot !== undefined && m2m !== undefined && why !== '') result[key] = { iot, m2m, why };
  }
  const { yes, no, not_sure } = result;
  if (!yes || !no || !not_sure) return undefined;
  if (yes.iot + yes.m2m + no.iot + no.m2m === 0) {
    at(node, 'answers', 'neither "yes" nor "no" moves the score', 'give "yes" or "no" an iot or m2m weight, or drop the question');
    return undefined;
  }
  return { yes, no, not_sure };
}

/** First 8 hex chars of sha256 over ids and weights; wording edits keep old buttons valid. */
export function chooserVersion(questions: readonly ChooserQuestion[]): string {
  const shape = questions.map((q) => [q.id, ...CHOOSER_ANSWERS.map((a) => [q.answers[a].iot, q.answers[a].m2m])]);
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 8);
}
