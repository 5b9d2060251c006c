import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { alternativesCount, expandAlternatives, MAX_ALTERNATIVE_PHRASES } from '../answers/phrases.js';
import { loadFile } from '../knowledge/content.js';
import { ContentError, type Problem } from '../knowledge/problems.js';
import { id, int, list, optional, record, ref, refs, text, textList, type Infer } from '../knowledge/schema.js';
import type { EntryIndex } from '../knowledge/types.js';

export const CHOOSER_FILE = 'chooser.yml';
export const MIN_CHOOSER_QUESTIONS = 6;
export const MAX_CHOOSER_QUESTIONS = 10;
export const MAX_WEIGHT = 3;

/** The three answers, in the order buttons and prompts show them. */
export const CHOOSER_ANSWERS = ['yes', 'no', 'not_sure'] as const;
export type ChooserAnswer = (typeof CHOOSER_ANSWERS)[number];
export const ANSWER_LABELS: Record<ChooserAnswer, string> = { yes: 'Yes', no: 'No', not_sure: 'Not sure' };

export type Side = 'iot' | 'm2m';

const weight = optional(int({ min: 0, max: MAX_WEIGHT, fix: `write 0 to ${MAX_WEIGHT}, or leave it out for 0` }), () => 0);
const ANSWER_FIELDS = {
  iot: weight,
  m2m: weight,
  /** Why this answer moves the score (or doesn't); shown with the recommendation. */
  why: text({ fix: 'say in one sentence why this answer moves the score (or does not)' }),
};
const ANSWER_FIX = 'write it as { m2m: 2, why: "..." }';
/** Phrases of a project description that answer a question; matched by word stems, "*" for one to four words, "(a|b)" for alternatives, "=" first for as written. */
const cueList = (answer: string) =>
  optional(textList({ fix: `list short phrases that mean "${answer}", e.g. [no wifi, offline], or remove the line`, unique: { fix: 'list every phrase once' } }), () => []);
/** What is wrong with a phrase whose groups of alternatives are malformed, and how to write them. */
const malformedGroups = (phrase: string) => `"${phrase}" has a "(" without its ")", a group inside another, an empty group or a "|" outside one`;
const MALFORMED_GROUPS_FIX = 'write each group of alternatives as "(a|b|c)", closed, and not nested';
/** The longest phrase a cue may stand for (a cue with "(a|b)" groups may be longer as written). */
const MAX_CUE_LENGTH = 60;

/** An "s" standing alone in a phrase or its alternatives ("(article|articles) s"), which can never match. */
const LONE_S = /(?:^|[\s(|])s(?=$|[\s)|])/i;
/**
 * Reports what is wrong with one phrase of the finder's (a cue or an ask): "=" with a gap, a lone "s", malformed groups,
 * too many or too long phrases.
 */
function checkPhrase(phrase: string, report: (message: string, fix: string) => void): void {
  // Words matched as written are checked where they stand; a "*" gap has no place to check them.
  if (phrase.startsWith('=') && phrase.includes('*')) report(`"${phrase}" is to match as written ("=") but has a "*" gap`, 'drop the "=" or the "*"');
  // A message's words never hold a lone "s": "article's" is read as "article", "what's" as "what is".
  if (LONE_S.test(phrase)) report(`"${phrase}" has a lone "s", which no message's words have ("article's" is read as "article", "what's" as "what is")`, 'drop the "s", or write "what is" for "what s"');
  if (!wellFormedGroups(phrase)) report(malformedGroups(phrase), MALFORMED_GROUPS_FIX);
  else if (alternativesCount(phrase) > MAX_ALTERNATIVE_PHRASES) report(`"${phrase}" stands for more than ${MAX_ALTERNATIVE_PHRASES} phrases`, 'split it into several phrases with fewer alternatives');
  else if (expandAlternatives(phrase).some((p) => p.length > MAX_CUE_LENGTH)) report(`"${phrase}" is (or stands for) a phrase longer than ${MAX_CUE_LENGTH} characters`, 'shorten it');
}

/** One question of chooser.yml. This declaration is the only list of its fields: loading, messages and types follow it. */
export const CHOOSER_QUESTION = record(
  {
    id: id({ scope: 'chooser-question', kind: 'question', example: 'needs-wifi' }),
    ask: text({ fix: 'write the yes/no question the team answers' }),
    explain: text({ fix: 'say in one sentence why the question matters' }),
    /** Knowledge-base entry ids that back this question. */
    criteria: refs({ to: 'entry', noun: 'knowledge-base entry', min: 1, fix: 'list the ids of the knowledge-base entries behind the question, e.g. [m2m-fit-no-wifi]' }),
    answers: record(
      {
        yes: record(ANSWER_FIELDS, { fix: ANSWER_FIX }),
        no: record(ANSWER_FIELDS, { fix: ANSWER_FIX }),
        not_sure: record(ANSWER_FIELDS, {
          fix: ANSWER_FIX,
          check: (answer, report) => {
            for (const side of ['iot', 'm2m'] as const) if (answer[side] > 0) report([side], '"not sure" must not move the score', 'remove the weight');
          },
        }),
      } satisfies Record<ChooserAnswer, unknown>,
      {
        fix: `add "answers:" with "yes", "no" and not_sure, each { iot, m2m, why }`,
        unknownFix: `use exactly ${CHOOSER_ANSWERS.join(', ')} (quote "yes" and "no")`,
        check: ({ yes, no }, report) => {
          if (yes.iot + yes.m2m + no.iot + no.m2m === 0) report([], 'neither "yes" nor "no" moves the score', 'give "yes" or "no" an iot or m2m weight, or drop the question');
        },
      },
    ),
    /** How a project description answers this question (src/chooser/scenario.ts): phrases for "yes" and for "no". */
    cues: optional(
      record(
        { yes: cueList('yes'), no: cueList('no') },
        {
          fix: 'write it as cues: { "yes": [phrases], "no": [phrases] }',
          check: (cues, report) => {
            for (const answer of ['yes', 'no'] as const) {
              for (const [i, phrase] of cues[answer].entries()) checkPhrase(phrase, (message, fix) => report([answer, i], message, fix));
            }
          },
        },
      ),
      () => ({ yes: [], no: [] }),
    ),
  },
  { fix: 'write the question as "- field: value" lines' },
);

/** chooser.yml. */
export const CHOOSER_FILE_SCHEMA = record(
  {
    questions: list(CHOOSER_QUESTION, {
      fix: 'add questions',
      tooManyFix: 'merge or drop questions so the chooser stays short',
      min: MIN_CHOOSER_QUESTIONS,
      max: MAX_CHOOSER_QUESTIONS,
      noun: ['question', 'questions'],
    }),
    /** Phrases that ask which side fits ("iot or m2m?"): with one criterion read, they make a message a scenario. */
    scenario_asks: optional(textList({ fix: 'list short phrases that ask which fits, e.g. [iot or m2m, which fits]', unique: { fix: 'list every phrase once' } }), () => []),
    /**
     * The question a project answers "yes" by saying a connection of its fails ("the broadband drops out when it
     * rains"): a need to work without that connection, not for fast internet.
     */
    failing_connection_answers_yes_to: optional(
      ref({ to: 'chooser-question', noun: 'chooser question', fix: 'write the id of the question that a failing connection answers "yes", e.g. works-without-wifi', unknownFix: 'use the id of one of the questions above, or remove the line' }),
    ),
    /**
     * The questions a project answers "yes" by telling a small set of machines ("three pumps", "wired to each other"):
     * in a sentence that tells one, "at the same time" says when those machines act, not that many devices talk at once.
     */
    small_set_questions: optional(
      refs({ to: 'chooser-question', noun: 'chooser question', fix: 'list the ids of the questions whose "yes" tells a small set of machines, e.g. [few-machines]', unknownFix: 'use the id of one of the questions above, or remove it' }),
      () => [],
    ),
  },
  {
    fix: 'start the file with "questions:" followed by a list of questions with id, ask, explain, criteria and answers',
    notMap: 'the file must be a map with a top-level "questions:" list',
    extraKeys: 'allow',
    check: (file, report) => {
      for (const [i, phrase] of file.scenario_asks.entries()) checkPhrase(phrase, (message, fix) => report(['scenario_asks', i], message, fix));
    },
  },
);

export type ChooserQuestion = Infer<typeof CHOOSER_QUESTION>;
export type AnswerWeights = ChooserQuestion['answers'][ChooserAnswer];

export interface ChooserModel {
  /** Fingerprint of the question ids and weights; states from another version are stale. */
  version: string;
  questions: ChooserQuestion[];
  /** Phrases that ask which side fits a described project (chooser.yml `scenario_asks`). */
  scenarioAsks: string[];
  /** The id of the question a project answers "yes" by saying a connection fails (chooser.yml `failing_connection_answers_yes_to`). */
  failingConnectionAnswersYesTo: string | undefined;
  /** The questions whose "yes" tells a small set of machines (chooser.yml `small_set_questions`). */
  smallSetQuestions: string[];
  file: string;
}

export function isChooserAnswer(value: unknown): value is ChooserAnswer {
  return typeof value === 'string' && (CHOOSER_ANSWERS as readonly string[]).includes(value);
}

/** Loads `<dir>/chooser.yml`; throws a ContentError listing every problem. */
export function loadChooser(dir: string, kb: EntryIndex): ChooserModel {
  const { model, problems, syntax } = validateChooser(dir, kb);
  if (!model) throw new ContentError(`The chooser in ${join(dir, CHOOSER_FILE)} cannot be loaded`, problems, syntax);
  return model;
}

/** Reads and checks `<dir>/chooser.yml`; `model` is null whenever there is a problem, and `syntax` says they are YAML syntax errors. */
export function validateChooser(dir: string, kb: EntryIndex): { model: ChooserModel | null; problems: Problem[]; syntax: boolean } {
  const { value, file, problems, syntax } = loadFile(join(dir, CHOOSER_FILE), dirname(resolve(dir)), CHOOSER_FILE_SCHEMA, { entry: (id) => kb.byId.has(id) });
  if (!value) return { model: null, problems, syntax };
  return { model: { version: chooserVersion(value.questions), questions: value.questions, scenarioAsks: value.scenario_asks, failingConnectionAnswersYesTo: value.failing_connection_answers_yes_to, smallSetQuestions: value.small_set_questions, file }, problems, syntax };
}

/** The article's criteria: the entries that the chooser's answers stand for. */
export function criteriaOf(model: Pick<ChooserModel, 'questions'>): ReadonlySet<string> {
  return new Set(model.questions.flatMap((q) => q.criteria));
}

/** First 8 hex chars of sha256 over ids and weights; wording edits keep old buttons valid. */
export function chooserVersion(questions: readonly ChooserQuestion[]): string {
  const shape = questions.map((q) => [q.id, ...CHOOSER_ANSWERS.map((a) => [q.answers[a].iot, q.answers[a].m2m])]);
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 8);
}

/** Whether every "(" of a cue is closed by a ")" before the next "(" opens, no group is empty, and every "|" is inside a group. */
function wellFormedGroups(phrase: string): boolean {
  let open = -1;
  for (const [i, c] of [...phrase].entries()) {
    if (c === '(') {
      if (open >= 0) return false;
      open = i;
    } else if (c === ')') {
      if (open < 0 || i === open + 1) return false;
      open = -1;
    } else if (c === '|' && open < 0) return false;
  }
  return open < 0;
}
