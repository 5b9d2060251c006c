/**
 * Action ids and button values: the contract between the builders that make
 * buttons and the listeners that handle clicks. Every family has a prefix,
 * so one listener per family matches with a RegExp:
 *   ask:<kind>:<n>          value: AskValue (entry id; the question that led here and, for
 *                                                   clarify and starters, its recorded id)
 *                                                   → post that entry's answer in the same place
 *   feedback:up|down        value: FeedbackValue    → record the vote; thank the voter (in place in
 *                                                   a DM or ephemeral message, privately in a channel)
 *   chooser:start           (no value)              → a new chooser message where the button is
 *   chooser:restart         (no value)              → the clicked message becomes question 1
 *   chooser:answer:<a>      value: chooser state    → the clicked message shows the next step
 *   chooser:back            value: chooser state    → the clicked message shows the previous question
 *   chooser:share           value: chooser state    → post the result in the channel
 *   chooser:ask             (no value)              → say how to ask a question
 *   quiz:start              (no value)              → a new quiz message where the button is
 *   quiz:restart            (no value)              → the clicked message becomes a new quiz
 *   quiz:answer:<n>         value: quiz state       → the clicked message shows the verdict and next step
 *   home:browse             value: show | hide      → Home tab with or without the topic list
 *   home:topic:<n>          value: topic name       → Home tab listing that topic's entries
 * Chooser and quiz states live only in these values (src/chooser, src/quiz
 * encode and check them), never in memory.
 */
import type { ChooserAnswer } from '../chooser/index.js';
import { LIMITS } from './kit.js';

/** followup: related entry; clarify: "did you mean"; starter: a first question; entry: a listed entry (criteria, quiz misses, topics). */
export type AskKind = 'followup' | 'clarify' | 'starter' | 'entry';
export type Vote = 'up' | 'down';

export const ASK_ACTION = /^ask:(followup|clarify|starter|entry):\d+$/;
export const FEEDBACK_ACTION = /^feedback:(up|down)$/;
/** The block holding the 👍/👎 buttons. */
export const FEEDBACK_BLOCK = 'feedback';
/** The thank-you line above the buttons once someone voted (in a DM or an ephemeral message). */
export const FEEDBACK_THANKS_BLOCK = 'feedback_thanks';

export function askActionId(kind: AskKind, index: number): string {
  return `ask:${kind}:${index}`;
}

export function parseAskActionId(actionId: string): { kind: AskKind; index: number } | null {
  const m = /^ask:(followup|clarify|starter|entry):(\d+)$/.exec(actionId);
  return m ? { kind: m[1] as AskKind, index: Number(m[2]) } : null;
}

/** What an ask button carries: the entry, and where the click came from. */
export interface AskValue {
  entryId: string;
  /** The feedback store's id of the question that led to this choice ("did you mean", starters after a fallback): recordChoice. */
  questionId?: number;
  /** The question as the person asked it, so a vote on the answer this click posts is recorded against it. */
  question?: string;
}

/** Longest entry id read from a button (ids are short slugs; anything longer is not ours). */
const MAX_ENTRY_ID_CHARS = 200;

/**
 * "entry-id", or "entry-id|42" with a question id (entry ids are slugs, so
 * "|" never occurs in them), or, with the question, compact JSON
 * `{"e","n","q"}` within the button value limit, the question shortened if needed.
 */
export function encodeAskValue(value: AskValue): string {
  if (!value.question) return value.questionId !== undefined ? `${value.entryId}|${value.questionId}` : value.entryId;
  const { entryId, questionId } = value;
  return fitQuestion(value.question, (q) => ({ e: entryId, ...(questionId !== undefined ? { n: questionId } : {}), q }));
}

/** Reads an ask button value; anything unexpected is taken as an entry id (an unknown one is handled as stale). */
export function decodeAskValue(raw: unknown): AskValue {
  const text = typeof raw === 'string' ? raw : '';
  if (text.startsWith('{') && text.length <= LIMITS.buttonValue) {
    try {
      const { e, n, q } = JSON.parse(text) as Record<string, unknown>;
      if (typeof e === 'string' && e.length > 0) {
        return {
          entryId: e.slice(0, MAX_ENTRY_ID_CHARS),
          ...(Number.isSafeInteger(n) && (n as number) > 0 ? { questionId: n as number } : {}),
          ...(typeof q === 'string' && q.trim() !== '' ? { question: q } : {}),
        };
      }
    } catch {
      // Not ours: handled as an unknown entry below.
    }
  }
  const short = text.slice(0, MAX_ENTRY_ID_CHARS);
  const m = /^(.*)\|(\d{1,15})$/.exec(short);
  return m ? { entryId: m[1] as string, questionId: Number(m[2]) } : { entryId: short };
}

/** JSON of `build(question)` within Slack's button value limit, shortening the question (never splitting a surrogate pair) until it fits. */
function fitQuestion(question: string, build: (question: string) => Record<string, unknown>): string {
  let q = question;
  for (;;) {
    const json = JSON.stringify(build(q));
    if (json.length <= LIMITS.buttonValue || q.length === 0) return json;
    q = q.slice(0, Math.floor(q.length * 0.8)).replace(/[\uD800-\uDBFF]$/, '');
  }
}

export function feedbackActionId(vote: Vote): string {
  return `feedback:${vote}`;
}

export function parseFeedbackActionId(actionId: string): Vote | null {
  const m = FEEDBACK_ACTION.exec(actionId);
  return m ? (m[1] as Vote) : null;
}

/** What a feedback click needs to record the vote (the shape a feedback store takes). */
export interface FeedbackValue {
  entryId: string;
  /** The question as the person asked it (cleaned and capped by the engine); the entry title for a browsed entry. */
  question: string;
  confidence: number;
}

/** Encodes a feedback value as compact JSON within the button value limit, shortening the question if needed. */
export function encodeFeedbackValue(v: FeedbackValue): string {
  const c = Math.round(v.confidence * 1000) / 1000;
  return fitQuestion(v.question, (q) => ({ e: v.entryId, q, c }));
}

/** Decodes a feedback value; null for anything malformed (a forged or old payload). */
export function decodeFeedbackValue(raw: unknown): FeedbackValue | null {
  if (typeof raw !== 'string' || raw.length > LIMITS.buttonValue) return null;
  try {
    const data = JSON.parse(raw) as unknown;
    if (!data || typeof data !== 'object') return null;
    const { e, q, c } = data as Record<string, unknown>;
    if (typeof e !== 'string' || e.length === 0) return null;
    return { entryId: e, question: typeof q === 'string' ? q : '', confidence: typeof c === 'number' && Number.isFinite(c) ? c : 0 };
  } catch {
    return null;
  }
}

// Chooser ------------------------------------------------------------------

export const CHOOSER_ACTION = /^chooser:(start|restart|back|share|ask|answer:(yes|no|not_sure))$/;

export type ChooserAction = { kind: 'start' } | { kind: 'restart' } | { kind: 'back' } | { kind: 'share' } | { kind: 'ask' } | { kind: 'answer'; answer: ChooserAnswer };

export function chooserActionId(action: ChooserAction): string {
  return action.kind === 'answer' ? `chooser:answer:${action.answer}` : `chooser:${action.kind}`;
}

export function parseChooserActionId(actionId: string): ChooserAction | null {
  const m = CHOOSER_ACTION.exec(actionId);
  if (!m) return null;
  if (m[2]) return { kind: 'answer', answer: m[2] as ChooserAnswer };
  return { kind: m[1] as Exclude<ChooserAction['kind'], 'answer'> } as ChooserAction;
}

// Quiz ---------------------------------------------------------------------

export const QUIZ_ACTION = /^quiz:(start|restart|answer:\d{1,2})$/;

export type QuizAction = { kind: 'start' } | { kind: 'restart' } | { kind: 'answer'; option: number };

export function quizActionId(action: QuizAction): string {
  return action.kind === 'answer' ? `quiz:answer:${action.option}` : `quiz:${action.kind}`;
}

export function parseQuizActionId(actionId: string): QuizAction | null {
  const m = QUIZ_ACTION.exec(actionId);
  if (!m) return null;
  const [kind, option] = (m[1] as string).split(':');
  return kind === 'answer' ? { kind: 'answer', option: Number(option) } : ({ kind } as QuizAction);
}

// Home tab -----------------------------------------------------------------

export const HOME_ACTION = /^home:(browse|topic:\d{1,3})$/;

export type HomeAction = { kind: 'browse' } | { kind: 'topic'; index: number };

export function homeActionId(action: HomeAction): string {
  return action.kind === 'topic' ? `home:topic:${action.index}` : 'home:browse';
}

export function parseHomeActionId(actionId: string): HomeAction | null {
  const m = HOME_ACTION.exec(actionId);
  if (!m) return null;
  const [kind, index] = (m[1] as string).split(':');
  return kind === 'topic' ? { kind: 'topic', index: Number(index) } : { kind: 'browse' };
}
