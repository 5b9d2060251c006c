/**
 * The hook a feedback store plugs into. Phase 2: give Services a `feedback`
 * object with `recordVote` (src/feedback's store has this shape) and the
 * 👍/👎 listener starts recording; nothing in src/slack changes.
 */
import type { Services } from '../services.js';

export interface VoteRecord {
  /** Slack user id of the voter (the store keeps only a keyed hash). */
  userId: string;
  entryId: string;
  /** The question as the engine read it (cleaned, at most 500 characters). */
  question: string;
  confidence: number;
  vote: 'up' | 'down';
}

export interface FeedbackRecorder {
  recordVote(vote: VoteRecord): unknown;
}

/** Services as the Slack front end sees them: the shared ones, plus optional hooks. */
export type SlackServices = Services & { feedback?: FeedbackRecorder };
