/**
 * The click contract of the ask feature's own buttons, under its answers:
 *   ask:followup:<n>   a related question        value: AskValue → that entry's answer, in the same place
 *   ask:clarify:<n>    a "did you mean" choice    value: AskValue → the answer, and the choice is recorded
 *   ask:starter:<n>    a first question to try    value: AskValue → the answer (recorded after a fallback)
 * "Read this entry" buttons shown by other features (ask:entry:<n>, value the
 * entry id) are in plumbing/launchButtons.ts; both arrive at the same handler.
 */
import { buttonValueWithin, LIMITS } from '../../plumbing/blockKit.js';

export type AskKind = 'followup' | 'clarify' | 'starter';

export const ASK_ACTION = /^ask:(followup|clarify|starter):\d+$/;

export function askActionId(kind: AskKind, index: number): string {
  return `ask:${kind}:${index}`;
}

/** The kind of an ask button ("entry" for launch buttons), or "unknown". */
export function askKindOf(actionId: string): AskKind | 'entry' | 'unknown' {
  const m = /^ask:(followup|clarify|starter|entry):\d+$/.exec(actionId);
  return m ? (m[1] as AskKind | 'entry') : 'unknown';
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
  return buttonValueWithin(value.question, (q) => ({ e: entryId, ...(questionId !== undefined ? { n: questionId } : {}), q }));
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
