/**
 * Block Kit for the chooser. Pure: model and answers in, message out.
 * The whole state travels in the button values (encodeChooserState), so any
 * instance can serve the next click and nothing is kept in memory.
 */
import {
  ANSWER_LABELS,
  CHOOSER_ANSWERS,
  currentQuestion,
  encodeChooserState,
  progress,
  recommend,
  scoreBar,
  type ChooserAnswer,
  type ChooserModel,
  type Recommendation,
  type Side,
} from '../../../chooser/index.js';
import type { KnowledgeBase } from '../../../knowledge/types.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { USER_ID } from '../../../slackIds.js';
import { actions, button, context, fallbackText, message, sections, type Button, type KnownBlock, type Message } from '../../plumbing/blockKit.js';
import { outdatedMessage, type OutdatedReason } from '../../plumbing/commonMessages.js';
import { entryButtons } from '../../plumbing/launchButtons.js';
import { chooserActionId } from './chooserActions.js';

/** Criteria buttons on the result card, at most. */
export const MAX_CRITERIA_BUTTONS = 5;
const SIDE_LABEL: Record<Side, string> = { iot: 'IoT', m2m: 'M2M' };

/** One chooser step: the current question, or the result once every question is answered. */
export function chooserMessage(model: ChooserModel, kb: KnowledgeBase, answers: readonly ChooserAnswer[], options: { shared?: boolean } = {}): Message {
  const question = currentQuestion(model, answers);
  return question ? chooserStepMessage(model, answers) : chooserResultMessage(model, kb, answers, options);
}

/** "Question 3 of 9", the question and why it matters, Yes / No / Not sure, then Back / Start over. */
export function chooserStepMessage(model: ChooserModel, answers: readonly ChooserAnswer[]): Message {
  const question = currentQuestion(model, answers);
  if (!question) throw new RangeError('every question is answered: build the result instead');
  const { label, number, total } = progress(model, answers);
  const state = encodeChooserState(model, answers);
  const blocks: KnownBlock[] = [];
  if (answers.length === 0) {
    blocks.push(...sections("*IoT or M2M? Let's work it out for your project.* Answer a few questions; I'll recommend IoT, M2M or a mix, with the article's reasons.", 'chooser_intro'));
  }
  blocks.push(
    context(`*${label}*  ${'●'.repeat(number - 1)}${'○'.repeat(total - number + 1)}`, 'chooser_progress'),
    ...sections(`*${escapeMrkdwn(question.ask)}*\n${escapeMrkdwn(question.explain)}`, 'chooser_question'),
    actions(
      CHOOSER_ANSWERS.map((answer) => button({ text: ANSWER_LABELS[answer], actionId: chooserActionId({ kind: 'answer', answer }), value: state })),
      'chooser_answers',
    ),
  );
  if (answers.length > 0) {
    blocks.push(
      actions(
        [
          button({ text: '← Back', actionId: chooserActionId({ kind: 'back' }), value: state, accessibilityLabel: 'Back to the previous question' }),
          button({ text: 'Start over', actionId: chooserActionId({ kind: 'restart' }) }),
        ],
        'chooser_nav',
      ),
    );
  }
  return message(fallbackText(`${label}: ${question.ask}`), blocks);
}

/** The score bar and the point totals, e.g. "`M2M ■■■□□□□□□□ IoT`  IoT 3 · M2M 9 points". */
export function scoreLine(rec: Recommendation): string {
  return `\`${scoreBar(rec.iotShare)}\`  IoT ${rec.iot} · M2M ${rec.m2m} points`;
}

/** The answers that weighed most, each with its "why". */
export function reasonLines(rec: Recommendation): string {
  return rec.reasons
    .map((r) => `• ${ANSWER_LABELS[r.answer]} to _${escapeMrkdwn(r.ask)}_ → ${SIDE_LABEL[r.side]}\n    ${escapeMrkdwn(r.why)}`)
    .join('\n');
}

/** The result card: recommendation, score bar, reasons, criteria to read, and Share / Start over / Ask a question. */
export function chooserResultMessage(model: ChooserModel, kb: KnowledgeBase, answers: readonly ChooserAnswer[], options: { shared?: boolean } = {}): Message {
  const rec = recommend(model, answers);
  const state = encodeChooserState(model, answers);
  const blocks: KnownBlock[] = [
    ...sections(`*Recommendation:* ${rec.summary}`, 'chooser_result'),
    context(scoreLine(rec), 'chooser_score'),
  ];
  if (rec.reasons.length > 0) blocks.push(...sections(`*What weighed most*\n${reasonLines(rec)}`, 'chooser_reasons'));
  const criteria = rec.criteria.map((id) => kb.byId.get(id)).filter((e) => e !== undefined).slice(0, MAX_CRITERIA_BUTTONS);
  if (criteria.length > 0) {
    blocks.push(
      context("*The article's criteria behind it.* Click one to read it:", 'chooser_criteria_label'),
      actions(entryButtons(criteria), 'chooser_criteria'),
    );
  }
  if (options.shared) blocks.push(context('✅ Shared in the channel.', 'chooser_shared'));
  const buttons: Button[] = [];
  if (!options.shared && rec.verdict !== 'unsure') {
    buttons.push(button({ text: 'Share to channel', actionId: chooserActionId({ kind: 'share' }), value: state, style: 'primary', accessibilityLabel: 'Post this result in the channel for everyone' }));
  }
  buttons.push(
    button({ text: 'Start over', actionId: chooserActionId({ kind: 'restart' }) }),
    button({ text: 'Ask a question', actionId: chooserActionId({ kind: 'ask' }) }),
  );
  blocks.push(actions(buttons, 'chooser_result_actions'));
  const reasons = rec.reasons.map((r) => `- ${r.why}`).join('\n');
  return message(fallbackText(`Recommendation: ${rec.summary}\n${scoreBar(rec.iotShare)}\n${reasons}`), blocks);
}

/**
 * The non-ephemeral summary posted by "Share to channel": who ran it, the
 * verdict, the bar and the reasons. No buttons: the state stays with its owner.
 */
export function chooserShareMessage(model: ChooserModel, answers: readonly ChooserAnswer[], userId: string | undefined, command: string): Message {
  const rec = recommend(model, answers);
  const who = userId && USER_ID.test(userId) ? `<@${userId}>` : 'Someone';
  const blocks: KnownBlock[] = [
    ...sections(`${who} ran the IoT-or-M2M chooser for their project. *${rec.summary}*`, 'chooser_shared_result'),
    context(scoreLine(rec), 'chooser_shared_score'),
  ];
  if (rec.reasons.length > 0) blocks.push(...sections(`*What weighed most*\n${reasonLines(rec)}`, 'chooser_shared_reasons'));
  blocks.push(context(`Try it for your own project: type \`${command}\`.`, 'chooser_shared_try'));
  return message(fallbackText(`Chooser result: ${rec.summary}`), blocks);
}

/** For a button whose state is from an older chooser.yml, or not one we wrote. */
export function chooserOutdatedMessage(reason: OutdatedReason): Message {
  return outdatedMessage({
    reason,
    flow: 'chooser',
    staleText: 'This chooser is out of date: its questions have changed since it was started. Please start over.',
    restart: { text: 'Start over', actionId: chooserActionId({ kind: 'restart' }) },
  });
}

export type ShareProblem = 'dm' | 'not_member' | 'not_allowed' | 'failed';

/** Why "Share to channel" did not post, and what to do. */
export function shareFailedMessage(problem: ShareProblem, command: string): Message {
  const text: Record<ShareProblem, string> = {
    dm: `I can only share a result to a channel. Run \`${command}\` in the channel you want to share to, then click *Share to channel*.`,
    not_member: "I can't post in this conversation because I'm not a member of it. Invite me with `/invite @iot-or-m2m`, then click *Share to channel* again.",
    not_allowed: "I'm not allowed to post in this channel (it may be archived or posting may be restricted). You can copy the result instead.",
    failed: "Sharing didn't work this time. Please try again in a moment.",
  };
  return message(fallbackText(text[problem]), sections(text[problem], 'share_failed'));
}

/** "Ask a question" on the result card: the ways to ask. */
export function howToAskMessage(command: string): Message {
  const text =
    `Ask me anything about IoT and M2M: type \`${command} your question\` (only you see the answer), send me a direct message, or mention @iot-or-m2m in a channel. ` +
    'For example: _Which scales better, IoT or M2M?_';
  return message(fallbackText(text), sections(text, 'how_to_ask'));
}
