/** Block Kit for the engine's replies. Pure: data in, `{ text, blocks }` out. */
import { escapeMrkdwn, quoteUserText } from '../answers/format.js';
import type { Reply, Suggestion } from '../answers/reply.js';
import { askActionId, encodeFeedbackValue, FEEDBACK_BLOCK, feedbackActionId, type AskKind, type Vote } from './actionIds.js';
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
    blocks.push(actions(askButtons('clarify', reply.suggestions.slice(0, MAX_CLARIFY_CHOICES)), 'choices'));
  } else if (reply.suggestions.length > 0) {
    blocks.push(actions(askButtons('starter', reply.suggestions.slice(0, MAX_STARTERS)), 'starters'));
  }
  return message(text, blocks);
}

function askButtons(kind: AskKind, suggestions: Suggestion[]): Button[] {
  return suggestions.map((s, i) => button({ text: s.question, actionId: askActionId(kind, i), value: s.id }));
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

export function feedbackThanks(vote: Vote): KnownBlock {
  return context(vote === 'up' ? '👍 Thanks for the feedback!' : '👎 Thanks for the feedback, it helps improve the answers.', FEEDBACK_BLOCK);
}

/**
 * The same message with its 👍/👎 buttons replaced by a thank-you line.
 * `blocks` come back from Slack in the action payload; anything without the
 * feedback block is returned unchanged plus the thank-you.
 */
export function withFeedbackThanks(blocks: readonly KnownBlock[], vote: Vote): KnownBlock[] {
  let replaced = false;
  const out = blocks.map((b) => {
    if (b.block_id === FEEDBACK_BLOCK) {
      replaced = true;
      return feedbackThanks(vote);
    }
    return b;
  });
  if (!replaced) out.push(feedbackThanks(vote));
  return out.slice(-LIMITS.messageBlocks);
}

/** The fallback `text` of a message: the plain text of its sections, for chat.update where only blocks are at hand. */
export function plainTextOf(blocks: readonly KnownBlock[]): string {
  const parts: string[] = [];
  for (const b of blocks) if (b.type === 'section' && b.text) parts.push(fallbackText(b.text.text));
  return truncate(parts.join('\n') || 'iot-or-m2m', LIMITS.fallbackText);
}
