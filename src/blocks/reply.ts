/** Block Kit for the engine's replies. Pure: data in, `{ text, blocks }` out. */
import { escapeMrkdwn } from '../answers/format.js';
import type { Reply, Suggestion } from '../answers/reply.js';
import { entryTitle, type Entry } from '../knowledge/types.js';
import {
  askActionId,
  encodeAskValue,
  encodeFeedbackValue,
  FEEDBACK_BLOCK,
  FEEDBACK_THANKS_BLOCK,
  feedbackActionId,
  type AskKind,
  type FeedbackValue,
  type Vote,
} from './actionIds.js';
import { actions, button, context, fallbackText, finalize, LIMITS, message, sections, truncate, type Button, type KnownBlock, type Message } from './kit.js';
import { quoteUserText } from './mrkdwn.js';

/** At most this many "did you mean" choices, follow-ups and starters in one message. */
export const MAX_CLARIFY_CHOICES = 3;
export const MAX_FOLLOWUPS = 5;
export const MAX_STARTERS = 5;

/** The question a reply answers, carried by its suggestion buttons so that what they lead to is tied back to it. */
export interface ReplyOrigin {
  /** The question as the person asked it. */
  question: string;
  /** The feedback store's id for it: "did you mean" and starter buttons carry it, so a click records the choice. */
  questionId?: number;
}

export interface ReplyOptions {
  /**
   * The question as the person typed it, shown quoted (escaped, shortened)
   * above the reply. For ephemeral slash-command replies, where the command
   * itself is not visible; never used for DMs or mentions.
   */
  asked?: string;
  /** Offer 👍/👎 under answers (default true). */
  feedback?: boolean;
  /** The question behind this reply, for its follow-up, "did you mean" and starter buttons. */
  origin?: ReplyOrigin;
}

/** Turns a Reply into a Slack message. */
export function replyMessage(reply: Reply, options: ReplyOptions = {}): Message {
  const blocks: KnownBlock[] = [];
  if (options.asked !== undefined) blocks.push(context(`You asked: ${quoteUserText(options.asked, 150)}`, 'asked'));
  blocks.push(...sections(reply.text, 'reply'));
  let text = fallbackText(reply.text);
  const origin = options.origin;

  if (reply.kind === 'answer' && reply.entry) {
    blocks.push(context(`Source: ${escapeMrkdwn(reply.entry.source)}`, 'source'));
    text += `\nSource: ${escapeMrkdwn(reply.entry.source)}`;
    const followups = reply.suggestions.slice(0, MAX_FOLLOWUPS);
    if (followups.length > 0) {
      blocks.push(context('Related questions:', 'followups_label'));
      // A follow-up is not a choice among offered answers: it carries the question, not its id.
      blocks.push(actions(askButtons('followup', followups, origin && { question: origin.question }), 'followups'));
    }
    if (options.feedback !== false) blocks.push(...feedbackBlocks({ entryId: reply.entry.id, question: reply.question, confidence: reply.confidence }));
  } else if (reply.kind === 'clarify') {
    blocks.push(actions(askButtons('clarify', reply.suggestions.slice(0, MAX_CLARIFY_CHOICES), origin), 'choices'));
  } else if (reply.suggestions.length > 0) {
    blocks.push(actions(askButtons('starter', reply.suggestions.slice(0, MAX_STARTERS), origin), 'starters'));
  }
  return message(text, blocks);
}

/** One button per entry, titled with its first phrasing; a click shows the entry's answer. */
export function entryButtons(entries: readonly Entry[]): Button[] {
  return entries.map((entry, i) => button({ text: entryTitle(entry), actionId: askActionId('entry', i), value: encodeAskValue({ entryId: entry.id }) }));
}

function askButtons(kind: AskKind, suggestions: Suggestion[], origin?: ReplyOrigin): Button[] {
  return suggestions.map((s, i) =>
    button({
      text: s.question,
      actionId: askActionId(kind, i),
      value: encodeAskValue({
        entryId: s.id,
        ...(origin?.questionId !== undefined ? { questionId: origin.questionId } : {}),
        ...(origin?.question ? { question: origin.question } : {}),
      }),
    }),
  );
}

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
export function feedbackBlocks(value: FeedbackValue, voted?: { vote: Vote; outcome: VoteOutcome }): KnownBlock[] {
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
  const isFeedback = (b: KnownBlock) => b.block_id === FEEDBACK_BLOCK || b.block_id === FEEDBACK_THANKS_BLOCK;
  const at = blocks.findIndex(isFeedback);
  const rest = blocks.filter((b) => !isFeedback(b));
  const area = feedbackBlocks(value, { vote, outcome });
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

/** The fallback `text` of a message: the plain text of its sections, for chat.update where only blocks are at hand. */
export function plainTextOf(blocks: readonly KnownBlock[]): string {
  const parts: string[] = [];
  for (const b of blocks) if (b.type === 'section' && b.text) parts.push(fallbackText(b.text.text));
  return truncate(parts.join('\n') || 'iot-or-m2m', LIMITS.fallbackText);
}
