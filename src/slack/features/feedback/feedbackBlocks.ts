/** Block Kit for 👍/👎 under an answer and the thank-you for a vote. Pure. */
import type { Vote } from '../../../feedback/index.js';
import { actions, blockIdBase, button, context, finalize, message, type KnownBlock, type Message } from '../../plumbing/blockKit.js';
import { encodeFeedbackValue, FEEDBACK_BLOCK, FEEDBACK_THANKS_BLOCK, feedbackActionId, type FeedbackValue } from './feedbackActions.js';

/** What happened to a vote: stored, stored replacing an earlier different vote, or not stored (store off or failing). */
export type VoteOutcome = 'saved' | 'changed' | 'not_saved';

export const FEEDBACK_NOT_SAVED_TEXT = 'Thanks, but your feedback could not be saved right now.';

const ICON: Record<Vote, string> = { up: '👍', down: '👎' };

/** The thank-you for a vote, first words only ("👍 Thanks for the feedback."). */
export function voteThanksText(vote: Vote, outcome: VoteOutcome): string {
  const icon = ICON[vote];
  if (outcome === 'not_saved') return `${icon} ${FEEDBACK_NOT_SAVED_TEXT}`;
  if (outcome === 'changed') return `${icon} Vote changed. Thanks for the feedback.`;
  return vote === 'up' ? '👍 Thanks for the feedback.' : '👎 Thanks for the feedback, it helps improve the answers.';
}

/**
 * The feedback area under an answer: 👍/👎, and once the reader voted (in a
 * DM or an ephemeral message, where the message is theirs alone) a thank-you
 * line above the same two buttons, the chosen one highlighted, so a second
 * click changes the vote.
 */
export function voteButtons(value: FeedbackValue, voted?: { vote: Vote; outcome: VoteOutcome }): KnownBlock[] {
  const encoded = encodeFeedbackValue(value);
  const chosen = voted?.outcome === 'not_saved' ? undefined : voted?.vote;
  const buttons = actions(
    [
      button({ text: '👍 Helpful', actionId: feedbackActionId('up'), value: encoded, accessibilityLabel: 'This answer was helpful', ...(chosen === 'up' ? { style: 'primary' as const } : {}) }),
      button({ text: '👎 Not helpful', actionId: feedbackActionId('down'), value: encoded, accessibilityLabel: 'This answer was not helpful', ...(chosen === 'down' ? { style: 'primary' as const } : {}) }),
    ],
    FEEDBACK_BLOCK,
  );
  if (!voted) return [buttons];
  const ask = voted.outcome === 'not_saved' ? 'Try again?' : 'Changed your mind?';
  return [context(`${voteThanksText(voted.vote, voted.outcome)} ${ask}`, FEEDBACK_THANKS_BLOCK), buttons];
}

/**
 * The same message with its feedback area (buttons, and any earlier
 * thank-you) replaced by the thank-you and the buttons for `vote`. `blocks`
 * come back from Slack in the action payload; without a feedback area the
 * new one is added at the end.
 */
export function withVote(blocks: readonly KnownBlock[], value: FeedbackValue, vote: Vote, outcome: VoteOutcome): KnownBlock[] {
  const isFeedback = (b: KnownBlock) => {
    const id = blockIdBase(b.block_id);
    return id === FEEDBACK_BLOCK || id === FEEDBACK_THANKS_BLOCK;
  };
  const at = blocks.findIndex(isFeedback);
  const rest = blocks.filter((b) => !isFeedback(b));
  const area = voteButtons(value, { vote, outcome });
  const position = at === -1 ? rest.length : at;
  return finalize([...rest.slice(0, position), ...area, ...rest.slice(position)]);
}

/** The private thank-you for a vote on an answer in a channel, where the answer itself stays as everyone sees it. */
export function voteThanksMessage(vote: Vote, outcome: VoteOutcome): Message {
  const other = ICON[vote === 'up' ? 'down' : 'up'];
  const text = outcome === 'saved' ? `${voteThanksText(vote, outcome)} Changed your mind? Click ${other} on the answer.` : voteThanksText(vote, outcome);
  return message(text, [context(text, FEEDBACK_THANKS_BLOCK)]);
}

export const FEEDBACK_OUTDATED_TEXT =
  "I couldn't record that vote: this answer is from an older version of my knowledge base. Ask the question again to get the current answer.";

/** For a 👍/👎 on an answer whose entry no longer exists. */
export function feedbackOutdatedMessage(): Message {
  return message(FEEDBACK_OUTDATED_TEXT, [context(`:hourglass: ${FEEDBACK_OUTDATED_TEXT}`, 'feedback_outdated')]);
}
