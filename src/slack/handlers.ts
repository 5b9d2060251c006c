/**
 * What the listeners do, as plain functions: they take already-extracted
 * data (text, place, entry id) and a Slack client, so tests can call them
 * without HTTP. Listeners in src/listeners only translate payloads.
 * The chooser, quiz, Home tab and welcome DM have their own modules.
 */
import type { RespondFn } from '@slack/bolt';
import { answerReply, replyTo, type Reply } from '../answers/reply.js';
import { decodeAskValue, decodeFeedbackValue, type AskKind, type Vote } from '../blocks/actionIds.js';
import { sections, type KnownBlock, type Message } from '../blocks/kit.js';
import { helpMessage, statsMessage, statsRefusedMessage } from '../blocks/messages.js';
import { feedbackOutdatedMessage, plainTextOf, replyMessage, voteThanksMessage, withVote, type ReplyOrigin } from '../blocks/reply.js';
import { formatReportCompact, STATS_ROWS } from '../blocks/stats.js';
import type { SlackFeatures } from '../config.js';
import { buildReport } from '../feedback/index.js';
import type { Services } from '../services.js';
import { SLACK_COMMANDS, SLASH_COMMAND } from './capabilities.js';
import { startChooser } from './chooser.js';
import { parseCommand } from './commands.js';
import { withErrorReply, type HandlerDeps, type Surface } from './deps.js';
import { describeError } from './errors.js';
import { recordChoice, recordDecision, recordVote } from './feedback.js';
import { isDirectMessage } from './ids.js';
import { deliver, notify, postEphemeral, replaceMessage, type Click, type Place } from './place.js';
import { startQuizAt } from './quiz.js';

/**
 * The reply to a question, as a Reply and as a Slack message. The engine's
 * decision is recorded in the feedback store (a no-op when it is disabled).
 * The suggestion buttons carry the question, and "did you mean" and starter
 * buttons also its recorded id, so a click records the choice and a vote on
 * the answer it leads to is recorded against what was asked.
 */
export function answerQuestion(services: Services, question: string, options: { asked?: string } = {}): { reply: Reply; message: Message } {
  const decision = services.engine.ask(question);
  const questionId = recordDecision(services, decision);
  const reply = replyTo(decision, services.kb, SLACK_COMMANDS);
  // Small talk and empty messages are not questions to tie anything to.
  const asked = decision.kind === 'answer' || decision.kind === 'clarify' || decision.kind === 'fallback';
  const origin: ReplyOrigin | undefined = asked ? { question: decision.question, ...(questionId !== undefined ? { questionId } : {}) } : undefined;
  return { reply, message: replyMessage(reply, { ...options, ...(origin ? { origin } : {}) }) };
}

/**
 * The answer message for one entry (a clicked suggestion), or null when the
 * id is unknown. With `asked`, the question that led to the click, the
 * answer's 👍/👎 carry that question and the engine's confidence in this
 * entry for it; without (a browsed entry), the entry's title.
 */
export function answerEntry(services: Services, entryId: string, asked?: string): { reply: Reply; message: Message } | null {
  const entry = services.kb.byId.get(entryId);
  if (!entry) return null;
  const reply = asked ? answerReply(services.kb, entry, confidenceFor(services, asked, entry.id), asked) : answerReply(services.kb, entry, 1);
  return { reply, message: replyMessage(reply, asked ? { origin: { question: asked } } : {}) };
}

/** How well the engine matches `question` to the entry `entryId` (0 when it does not match it at all). */
function confidenceFor(services: Services, question: string, entryId: string): number {
  return services.engine.rank(question, services.kb.entries.length).find((c) => c.entry.id === entryId)?.confidence ?? 0;
}

function logReply(services: Services, surface: Surface, reply: Reply, started: number, extra: Record<string, unknown> = {}): void {
  services.logger.info('slack.reply', {
    surface,
    kind: reply.kind,
    entry: reply.entry?.id,
    confidence: reply.confidence,
    ms: Date.now() - started,
    ...extra,
  });
}

/** A question typed in a DM or a mention (text already converted from Slack markup). */
export async function handleQuestion(deps: HandlerDeps, place: Place, question: string, surface: Surface): Promise<void> {
  await withErrorReply(deps, place, surface, async () => {
    const started = Date.now();
    const { reply, message } = answerQuestion(deps.services, question);
    await deliver(deps, place, message);
    logReply(deps.services, surface, reply, started, { chars: question.length });
  });
}

/**
 * A click on a follow-up, "did you mean", starter or listed-entry button:
 * that entry's answer, in the same place. A "did you mean" click, or a
 * starter offered after a question the bot could not answer, also records
 * which entry the person picked.
 */
export async function handleAskClick(deps: HandlerDeps, place: Place, rawValue: unknown, kind: AskKind | 'unknown'): Promise<void> {
  await withErrorReply(deps, place, 'click', async () => {
    const started = Date.now();
    const value = decodeAskValue(rawValue);
    const answer = answerEntry(deps.services, value.entryId, value.question);
    if (!answer) {
      deps.services.logger.warn('slack.unknown_entry', { entry: value.entryId.slice(0, 100), kind });
      // An old button after the knowledge base changed: say so, and offer the starters.
      const { reply, message } = answerQuestion(deps.services, '');
      const notice = "I can't find that question any more; the answers may have been updated.";
      await deliver(deps, place, { text: `${notice} ${message.text}`, blocks: [...sections(notice), ...message.blocks] });
      logReply(deps.services, 'click', reply, started, { kind, stale: true });
      return;
    }
    if ((kind === 'clarify' || kind === 'starter') && value.questionId !== undefined) recordChoice(deps.services, value.questionId, value.entryId);
    await deliver(deps, place, answer.message);
    logReply(deps.services, 'click', answer.reply, started, { kind });
  });
}

/** The clicked message as the action payload carries it (nothing for an ephemeral message). */
export interface ClickedMessage {
  blocks?: KnownBlock[];
  text?: string;
}

/**
 * A 👍/👎 click. The vote is recorded (one per person per answer; a second
 * click changes it), then the voter is thanked:
 * - in a DM or an ephemeral message, which only the voter sees, the
 *   buttons are replaced by a thank-you line with the same two buttons
 *   (the chosen one highlighted), so the vote can still be changed;
 * - in a channel or thread, where everyone sees the answer, the message is
 *   left as it is (others can vote too) and the voter gets a private
 *   thank-you in the same thread.
 * The thank-you says so when the vote could not be saved. A vote for an
 * entry the knowledge base no longer has is not recorded; the voter is told.
 */
export async function handleFeedback(deps: HandlerDeps, click: Click, clicked: ClickedMessage, vote: Vote, rawValue: unknown): Promise<void> {
  const { services } = deps;
  const value = decodeFeedbackValue(rawValue);
  if (!value) {
    services.logger.warn('slack.feedback_malformed', {});
    return;
  }
  // An answer everyone in the conversation sees, as opposed to one in the voter's DM or an ephemeral one.
  const shared = click.place.kind === 'channel' && click.ref.kind === 'message' && !isDirectMessage(click.channelId) ? click.place : undefined;
  try {
    if (!services.kb.byId.has(value.entryId)) {
      services.logger.warn('slack.feedback_unknown_entry', { entry: value.entryId.slice(0, 100), vote });
      if (shared) await postEphemeral(deps, shared, click.userId, feedbackOutdatedMessage());
      else await notify(deps, click, feedbackOutdatedMessage());
      return;
    }
    // Never throws: not being able to store a vote must not stop the thank-you.
    const outcome = recordVote(services, { userId: click.userId, ...(click.teamId ? { teamId: click.teamId } : {}), entryId: value.entryId, question: value.question, confidence: value.confidence, vote });
    services.logger.info('slack.feedback', { entry: value.entryId, vote, outcome, shared: shared !== undefined });
    if (shared) {
      await postEphemeral(deps, shared, click.userId, voteThanksMessage(vote, outcome));
      return;
    }
    if (click.ref.kind === 'view') return; // Answers are never on the Home tab.
    let blocks = clicked.blocks;
    let text = clicked.text;
    if (!blocks || blocks.length === 0) {
      // An ephemeral message comes without its blocks: rebuild the answer.
      const rebuilt = answerEntry(services, value.entryId, value.question);
      blocks = rebuilt?.message.blocks ?? [];
      text = rebuilt?.message.text;
    }
    const updated = withVote(blocks, value, vote, outcome);
    await replaceMessage(deps, click.ref, click.userId, { text: text || plainTextOf(updated), blocks: updated });
  } catch (error) {
    services.logger.error('slack.feedback_reply_failed', { error: describeError(error) });
  }
}

/** Who ran the slash command. */
export interface CommandSource {
  text: string;
  userId: string;
  teamId?: string;
}

/** `/iot-or-m2m <text>`: every reply is ephemeral, through response_url. */
export async function handleCommand(deps: HandlerDeps & { respond: RespondFn }, command: CommandSource, features: Pick<SlackFeatures, 'adminUserIds'>): Promise<void> {
  const place: Place = { kind: 'ephemeral' };
  await withErrorReply(deps, place, 'command', async () => {
    const route = parseCommand(command.text);
    deps.services.logger.info('slack.command', { route: route.kind });
    switch (route.kind) {
      case 'help':
        await deliver(deps, place, helpMessage(SLASH_COMMAND));
        return;
      case 'chooser':
        await startChooser(deps, place);
        return;
      case 'quiz':
        await startQuizAt(deps, place);
        return;
      case 'stats':
        await deliver(deps, place, statsFor(deps.services, command.userId, features));
        return;
      case 'question': {
        const started = Date.now();
        const { reply, message } = answerQuestion(deps.services, route.text, { asked: route.text });
        await deliver(deps, place, message);
        logReply(deps.services, 'command', reply, started, { chars: route.text.length });
        return;
      }
    }
  });
}

/** `/iot-or-m2m stats`: the compact feedback report for admins, a polite refusal for everyone else. */
export function statsFor(services: Services, userId: string, features: Pick<SlackFeatures, 'adminUserIds'>): Message {
  if (!features.adminUserIds.includes(userId)) {
    services.logger.info('slack.stats_refused', {});
    return statsRefusedMessage();
  }
  // Only the groups shown are ranked by the engine: the rest of the report is counting.
  const report = buildReport(services.feedback, services.engine, { limit: STATS_ROWS });
  services.logger.info('slack.stats', { questions: report.totals.questions, votes: report.totals.votes });
  return statsMessage(formatReportCompact(report, STATS_ROWS), services.feedback.enabled ? undefined : (services.feedback.reason ?? 'the feedback store is off'));
}
