/**
 * The Slack side of feedback (#6): turning Slack ids and clicks into calls on
 * the feedback store (services.feedback, a disabled store when there is no
 * database). The store never throws by contract; these wrappers also catch,
 * because a vote must never take a reply down.
 */
import type { Decision } from '../answers/engine.js';
import type { VoteOutcome } from '../blocks/reply.js';
import type { Vote } from '../feedback/index.js';
import type { Services } from '../services.js';
import { describeError } from './errors.js';

/** The id votes are keyed on: "T123:U456", so the same user id in two workspaces stays two people. */
export function voterId(userId: string, teamId?: string): string {
  return teamId ? `${teamId}:${userId}` : userId;
}

/** Records what the engine decided for a question; returns the stored id (for "did you mean" buttons), if any. */
export function recordDecision(services: Services, decision: Decision): number | undefined {
  try {
    const saved = services.feedback.recordDecision(decision);
    return saved.saved ? saved.id : undefined;
  } catch (error) {
    services.logger.error('slack.decision_not_recorded', { error: describeError(error) });
    return undefined;
  }
}

/** Records a 👍/👎; one vote per person per answer, a second click changes it. */
export function recordVote(
  services: Services,
  vote: { userId: string; teamId?: string; entryId: string; question: string; confidence: number; vote: Vote },
): VoteOutcome {
  try {
    const saved = services.feedback.recordVote({ userId: voterId(vote.userId, vote.teamId), entryId: vote.entryId, question: vote.question, confidence: vote.confidence, vote: vote.vote });
    if (!saved.saved) {
      services.logger.warn('slack.feedback_not_recorded', { entry: vote.entryId, reason: services.feedback.enabled ? 'store_failed' : 'store_disabled' });
      return 'not_saved';
    }
    return saved.previous !== null && saved.previous !== vote.vote ? 'changed' : 'saved';
  } catch (error) {
    services.logger.error('slack.feedback_not_recorded', { entry: vote.entryId, error: describeError(error) });
    return 'not_saved';
  }
}

/** Records which "did you mean" choice was clicked for a recorded question. */
export function recordChoice(services: Services, questionId: number, entryId: string): boolean {
  try {
    const saved = services.feedback.recordChoice(questionId, entryId);
    if (!saved.saved) services.logger.debug('slack.choice_not_recorded', { question: questionId, entry: entryId });
    return saved.saved;
  } catch (error) {
    services.logger.error('slack.choice_not_recorded', { question: questionId, entry: entryId, error: describeError(error) });
    return false;
  }
}
