/** Block Kit for the engine's replies: answers, "did you mean" choices and starters. Pure: data in, `{ text, blocks }` out. */
import type { Reply, Suggestion } from '../../../answers/reply.js';
import { escapeMrkdwn, quoteUserText } from '../../../mrkdwn.js';
import { actions, button, context, fallbackText, message, sections, type Button, type KnownBlock, type Message } from '../../plumbing/blockKit.js';
import { entryButtons, resumeChooserButton } from '../../plumbing/launchButtons.js';
import { askActionId, encodeAskValue, type AskKind } from './askActions.js';

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

/** What the 👍/👎 under an answer record. */
export interface AnswerVote {
  entryId: string;
  question: string;
  confidence: number;
}

export interface ReplyOptions {
  /**
   * The question as the person typed it, shown quoted (escaped, shortened)
   * above the reply. For ephemeral slash-command replies, where the command
   * itself is not visible; never used for DMs or mentions.
   */
  asked?: string;
  /** The 👍/👎 area under an answer (from the feedback feature); none when absent. */
  voteButtons?: (vote: AnswerVote) => KnownBlock[];
  /** The question behind this reply, for its follow-up, "did you mean" and starter buttons. */
  origin?: ReplyOrigin;
  /** For a scenario: the chooser state of the answers read from the message, for "Refine in the chooser". */
  chooserState?: string;
}

/** Turns a Reply into a Slack message. */
export function replyMessage(reply: Reply, options: ReplyOptions = {}): Message {
  const blocks: KnownBlock[] = [];
  if (options.asked !== undefined) blocks.push(context(`You asked: ${quoteUserText(options.asked, 150)}`, 'asked'));
  blocks.push(...sections(reply.text, 'reply'));
  let text = fallbackText(reply.text);
  const origin = options.origin;

  if ((reply.kind === 'answer' || reply.kind === 'declined') && reply.entry) {
    blocks.push(context(`Source: ${escapeMrkdwn(reply.entry.source)}`, 'source'));
    text += `\nSource: ${escapeMrkdwn(reply.entry.source)}`;
    const followups = reply.suggestions.slice(0, MAX_FOLLOWUPS);
    if (followups.length > 0) {
      blocks.push(context('Related questions:', 'followups_label'));
      // A follow-up is not a choice among offered answers: it carries the question, not its id.
      blocks.push(actions(askButtons('followup', followups, origin && { question: origin.question }), 'followups'));
    }
    if (options.voteButtons) blocks.push(...options.voteButtons({ entryId: reply.entry.id, question: reply.question, confidence: reply.confidence }));
  } else if (reply.kind === 'scenario') {
    const buttons = [...(options.chooserState ? [resumeChooserButton(options.chooserState, { style: 'primary' })] : []), ...entryButtons(reply.sources.slice(0, MAX_FOLLOWUPS))];
    if (buttons.length > 0) blocks.push(actions(buttons, 'scenario_actions'));
  } else if (reply.kind === 'clarify') {
    blocks.push(actions(askButtons('clarify', reply.suggestions.slice(0, MAX_CLARIFY_CHOICES), origin), 'choices'));
  } else if (reply.suggestions.length > 0) {
    blocks.push(actions(askButtons('starter', reply.suggestions.slice(0, MAX_STARTERS), origin), 'starters'));
  }
  return message(text, blocks);
}

function askButtons(kind: AskKind, suggestions: Suggestion[], origin?: ReplyOrigin): Button[] {
  return suggestions.map((s, i) =>
    button({
      text: s.label,
      accessibilityLabel: s.question,
      actionId: askActionId(kind, i),
      value: encodeAskValue({
        entryId: s.id,
        ...(origin?.questionId !== undefined ? { questionId: origin.questionId } : {}),
        ...(origin?.question ? { question: origin.question } : {}),
      }),
    }),
  );
}
