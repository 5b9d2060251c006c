/** Block Kit for the engine's replies. Pure: data in, `{ text, blocks }` out. */
import { escapeMrkdwn, quoteUserText } from '../answers/format.js';
import type { Reply, Suggestion } from '../answers/reply.js';
import { askActionId, encodeAskValue, encodeFeedbackValue, FEEDBACK_BLOCK, feedbackActionId, type AskKind, type Vote } from './actionIds.js';
import { actions, button, context, fallbackText, LIMITS, message, sections, truncate, type Button, type KnownBlock, type Message } from './kit.js';

/** At most this many "did you mean" choices, follow-ups and starters in one message. */
export const MAX_CLARIFY_CHOICES = 3;
export const MAX_FOLLOWUPS = 5;
export const MAX_STARTERS = 5;

export interface ReplyOptions {
  /**
   * The question as the person typed it, shown quoted (escaped, shortened)
   * above the reply. For ephemeral slash-command replies, where the command
   * itself is not visible; never used for DMs or mentions.
   */
  asked?: string;
  /** Offer 👍/👎 under answers (default true). */
  feedback?: boolean;
  /** The feedback store's id for this question: "did you mean" buttons carry it, so a click records the choice. */
  questionId?: number;
}

/** Turns a Reply into a Slack message. */
export function replyMessage(reply: Reply, options: ReplyOptions = {}): Message {
  const blocks: KnownBlock[] = [];
  if (options.asked !== undefined) blocks.push(context(`You asked: ${quoteUserText(options.asked, 150)}`, 'asked'));
  blocks.push(...sections(reply.text, 'reply'));
  let text = fallbackText(reply.text);

  if (reply.kind === 'answer' && reply.entry) {
    blocks.push(context(`Source: ${escapeMrkdwn(reply.entry.source)}`, 'source'));
    text += `\nSource: ${escapeMrkdwn(reply.entry.source)}`;
    const followups = reply.suggestions.slice(0, MAX_FOLLOWUPS);
    if (followups.length > 0) {
      blocks.push(context('Related questions:', 'followups_label'));
      blocks.push(actions(askButtons('followup', followups), 'followups'));
    }
    if (options.feedback !== false) {
      blocks.push(
        feedbackBlock({ entryId: reply.entry.id, question: reply.question, confidence: reply.confidence }),
      );
    }
  } else if (reply.kind === 'clarify') {
    blocks.push(actions(askButtons('clarify', reply.suggestions.slice(0, MAX_CLARIFY_CHOICES), options.questionId), 'choices'));
  } else if (reply.suggestions.length > 0) {
    blocks.push(actions(askButtons('starter', reply.suggestions.slice(0, MAX_STARTERS)), 'starters'));
  }
  return message(text, blocks);
}

function askButtons(kind: AskKind, suggestions: Suggestion[], questionId?: number): Button[] {
  return suggestions.map((s, i) => button({ text: s.question, actionId: askActionId(kind, i), value: encodeAskValue({ entryId: s.id, ...(questionId !== undefined ? { questionId } : {}) }) }));
}

function feedbackBlock(value: { entryId: string; question: string; confidence: number }): KnownBlock {
  const encoded = encodeFeedbackValue(value);
  return actions(
    [
      button({ text: '👍 Helpful', actionId: feedbackActionId('up'), value: encoded, accessibilityLabel: 'This answer was helpful' }),
      button({ text: '👎 Not helpful', actionId: feedbackActionId('down'), value: encoded, accessibilityLabel: 'This answer was not helpful' }),
    ],
    FEEDBACK_BLOCK,
  );
}

/** What happened to a vote: stored, stored replacing an earlier different vote, or not stored (store off or failing). */
export type VoteOutcome = 'saved' | 'changed' | 'not_saved';

export const FEEDBACK_NOT_SAVED_TEXT = 'Thanks, but your feedback could not be saved right now.';

export function feedbackThanks(vote: Vote, outcome: VoteOutcome = 'saved'): KnownBlock {
  const icon = vote === 'up' ? '👍' : '👎';
  const text =
    outcome === 'not_saved'
      ? `${icon} ${FEEDBACK_NOT_SAVED_TEXT}`
      : outcome === 'changed'
        ? `${icon} Vote changed. Thanks for the feedback!`
        : vote === 'up'
          ? '👍 Thanks for the feedback!'
          : '👎 Thanks for the feedback, it helps improve the answers.';
  return context(text, FEEDBACK_BLOCK);
}

/**
 * The same message with its 👍/👎 buttons replaced by a thank-you line.
 * `blocks` come back from Slack in the action payload; anything without the
 * feedback block is returned unchanged plus the thank-you.
 */
export function withFeedbackThanks(blocks: readonly KnownBlock[], vote: Vote, outcome: VoteOutcome = 'saved'): KnownBlock[] {
  let replaced = false;
  const out = blocks.map((b) => {
    if (b.block_id === FEEDBACK_BLOCK) {
      replaced = true;
      return feedbackThanks(vote, outcome);
    }
    return b;
  });
  if (!replaced) out.push(feedbackThanks(vote, outcome));
  return out.slice(-LIMITS.messageBlocks);
}

/** The fallback `text` of a message: the plain text of its sections, for chat.update where only blocks are at hand. */
export function plainTextOf(blocks: readonly KnownBlock[]): string {
  const parts: string[] = [];
  for (const b of blocks) if (b.type === 'section' && b.text) parts.push(fallbackText(b.text.text));
  return truncate(parts.join('\n') || 'iot-or-m2m', LIMITS.fallbackText);
}
