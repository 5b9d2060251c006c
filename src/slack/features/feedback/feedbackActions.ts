/**
 * The click contract of 👍/👎 under an answer:
 *   feedback:up|down   value: FeedbackValue → record the vote; thank the voter (in place in
 *                                             a DM or ephemeral message, privately in a channel)
 */
import type { Vote } from '../../../feedback/index.js';
import { buttonValueWithin, LIMITS } from '../../plumbing/blockKit.js';

export const FEEDBACK_ACTION = /^feedback:(up|down)$/;
/** The block holding the 👍/👎 buttons. */
export const FEEDBACK_BLOCK = 'feedback';
/** The thank-you line above the buttons once someone voted (in a DM or an ephemeral message). */
export const FEEDBACK_THANKS_BLOCK = 'feedback_thanks';

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
  return buttonValueWithin(v.question, (q) => ({ e: v.entryId, q, c }));
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
