/**
 * Action ids and button values: the contract between the builders that make
 * buttons and the listeners that handle clicks. Every family has a prefix,
 * so one listener per family matches with a RegExp:
 *   ask:<kind>:<n>     value: an entry id      → post that entry's answer in the same place
 *   feedback:up|down   value: FeedbackValue    → thank, and later record the vote
 * Phase 2 families (chooser:, quiz:, home:) follow the same pattern.
 */
import { LIMITS } from './kit.js';

export type AskKind = 'followup' | 'clarify' | 'starter';
export type Vote = 'up' | 'down';

export const ASK_ACTION = /^ask:(followup|clarify|starter):\d+$/;
export const FEEDBACK_ACTION = /^feedback:(up|down)$/;
/** The block holding the 👍/👎 buttons, replaced by a thank-you after a click. */
export const FEEDBACK_BLOCK = 'feedback';

export function askActionId(kind: AskKind, index: number): string {
  return `ask:${kind}:${index}`;
}

export function parseAskActionId(actionId: string): { kind: AskKind; index: number } | null {
  const m = /^ask:(followup|clarify|starter):(\d+)$/.exec(actionId);
  return m ? { kind: m[1] as AskKind, index: Number(m[2]) } : null;
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
  /** The question as the engine read it (already cleaned and capped). */
  question: string;
  confidence: number;
}

/** Encodes a feedback value as compact JSON within the button value limit, shortening the question if needed. */
export function encodeFeedbackValue(v: FeedbackValue): string {
  let question = v.question;
  for (;;) {
    const json = JSON.stringify({ e: v.entryId, q: question, c: Math.round(v.confidence * 1000) / 1000 });
    if (json.length <= LIMITS.buttonValue || question.length === 0) return json;
    question = question.slice(0, Math.floor(question.length * 0.8));
  }
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
