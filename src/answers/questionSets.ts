/**
 * The evaluation's question sets (tests/fixtures/questions/<set>/*.yml),
 * written blind from the article and labelled with every acceptable entry.
 * Each message has a style (how people write it); scenarios carry the
 * article's verdict and criteria, compound questions one label per part,
 * follow-ups the turns that come after the first message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';

export const IN_SCOPE_STYLES = [
  'newcomer',
  'engineer',
  'scenario',
  'rambling',
  'typo',
  'lowercase',
  'non-native',
  'keywords',
  'unseen-words',
  'direction',
  'compound',
  'follow-up',
  'article',
] as const;
export const OFF_TOPIC_STYLES = ['near-miss', 'plain'] as const;
export type InScopeStyle = (typeof IN_SCOPE_STYLES)[number];
export type OffTopicStyle = (typeof OFF_TOPIC_STYLES)[number];

/** The article's ten "best when" criteria, as the question writers coded them. */
export const CRITERION_CODES = ['M2M-1', 'M2M-2', 'M2M-3', 'M2M-4', 'M2M-5', 'IOT-1', 'IOT-2', 'IOT-3', 'IOT-4', 'IOT-5'] as const;
export type CriterionCode = (typeof CRITERION_CODES)[number];
export type Verdict = 'iot' | 'm2m' | 'mix';

export interface FollowUpTurn {
  q: string;
  expect: string[];
}

export interface InScopeQuestion {
  q: string;
  style: InScopeStyle;
  /** Acceptable entries for the message (for a compound one: the parts' entries). */
  expect: string[];
  /** Compound questions: the acceptable entries of each part. */
  parts?: string[][];
  /** Scenarios: the side the article's criteria point to, and which criteria the message holds. */
  verdict?: Verdict;
  criteria?: CriterionCode[];
  /** Follow-ups: the turns after this message, each read in the conversation so far. */
  then?: FollowUpTurn[];
  file: string;
}

export interface OffTopicQuestion {
  q: string;
  style: OffTopicStyle;
  file: string;
}

export interface QuestionSet {
  dir: string;
  questions: InScopeQuestion[];
  offTopic: OffTopicQuestion[];
}

/** A held-out set, or a copy of one (its path says holdout): measured, never learned from. npm run learn and cross-validation refuse it. */
export function isHeldOut(dir: string): boolean {
  return /holdout/i.test(dir);
}

const ids = (value: unknown): string[] => [value].flat().filter((id): id is string => typeof id === 'string' && id !== '');

/** A question set that cannot be read: the message names the file, the item and what is wrong. */
export class QuestionSetError extends Error {
  override name = 'QuestionSetError';
}

/** Reads every .yml file of a set folder; throws a QuestionSetError naming the file and item on anything malformed. */
export function loadQuestionSet(dir: string): QuestionSet {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new QuestionSetError(`${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const files = names.filter((name) => /\.ya?ml$/.test(name)).sort();
  if (files.length === 0) throw new QuestionSetError(`${dir}: no .yml question files`);
  const set: QuestionSet = { dir, questions: [], offTopic: [] };
  for (const name of files) {
    const file = join(dir, name);
    const fail = (where: string, what: string): never => {
      throw new QuestionSetError(`${file}: ${where}: ${what}`);
    };
    const data = ((): { questions?: unknown; off_topic?: unknown } | null => {
      try {
        return jsYaml.load(readFileSync(file, 'utf8')) as { questions?: unknown; off_topic?: unknown } | null;
      } catch (error) {
        return fail('YAML', error instanceof Error ? error.message : String(error));
      }
    })();
    if (!Array.isArray(data?.questions) || !Array.isArray(data?.off_topic)) fail('top level', 'expected "questions:" and "off_topic:" lists');
    (data?.questions as unknown[]).forEach((raw, i) => {
      const item = (raw ?? {}) as Record<string, unknown>;
      const where = `questions[${i}]`;
      if (typeof item.q !== 'string' || item.q.trim() === '') fail(where, 'needs "q"');
      if (!(IN_SCOPE_STYLES as readonly unknown[]).includes(item.style)) fail(where, `style "${String(item.style)}" is not one of ${IN_SCOPE_STYLES.join(', ')}`);
      // A turn or a part written as one string rather than a list would otherwise be dropped without a word.
      for (const listed of ['then', 'parts'] as const) if (item[listed] !== undefined && !Array.isArray(item[listed])) fail(where, `"${listed}" must be a list (each item starting with "- ")`);
      const parts = Array.isArray(item.parts) ? item.parts.map((p) => ids((p as Record<string, unknown>)?.expect)) : undefined;
      const expect = parts ? [...new Set(parts.flat())] : ids(item.expect);
      if (expect.length === 0 || parts?.some((p) => p.length === 0)) fail(where, 'needs "expect" (on each part, for a compound question)');
      const then = Array.isArray(item.then)
        ? item.then.map((turn, t) => {
            const { q, expect: e } = (turn ?? {}) as Record<string, unknown>;
            if (typeof q !== 'string' || ids(e).length === 0) fail(`${where}.then[${t}]`, 'needs "q" and "expect"');
            return { q: q as string, expect: ids(e) };
          })
        : undefined;
      const verdict = item.verdict === undefined ? undefined : (item.verdict as Verdict);
      if (verdict !== undefined && !['iot', 'm2m', 'mix'].includes(verdict)) fail(where, 'verdict must be iot, m2m or mix');
      const criteria = item.criteria === undefined ? undefined : ids(item.criteria);
      if (criteria?.some((c) => !(CRITERION_CODES as readonly string[]).includes(c))) fail(where, `criteria must be among ${CRITERION_CODES.join(', ')}`);
      set.questions.push({
        q: item.q as string,
        style: item.style as InScopeStyle,
        expect,
        ...(parts ? { parts } : {}),
        ...(verdict ? { verdict } : {}),
        ...(criteria ? { criteria: criteria as CriterionCode[] } : {}),
        ...(then ? { then } : {}),
        file: name,
      });
    });
    (data?.off_topic as unknown[]).forEach((raw, i) => {
      const item = (raw ?? {}) as Record<string, unknown>;
      if (typeof item.q !== 'string' || item.q.trim() === '') fail(`off_topic[${i}]`, 'needs "q"');
      if (!(OFF_TOPIC_STYLES as readonly unknown[]).includes(item.style)) fail(`off_topic[${i}]`, `style must be ${OFF_TOPIC_STYLES.join(' or ')}`);
      set.offTopic.push({ q: item.q as string, style: item.style as OffTopicStyle, file: name });
    });
  }
  return set;
}
