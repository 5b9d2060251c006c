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
import { plainTextOf, replyMessage, withFeedbackThanks } from '../blocks/reply.js';
import type { SlackFeatures } from '../config.js';
import { buildReport, formatReportCompact } from '../feedback/index.js';
import type { Services } from '../services.js';
import { SLACK_COMMANDS, SLASH_COMMAND } from './capabilities.js';
import { startChooser } from './chooser.js';
import { parseCommand } from './commands.js';
import { withErrorReply, type HandlerDeps, type Surface } from './deps.js';
import { describeError } from './errors.js';
import { recordChoice, recordDecision, recordVote } from './feedback.js';
import { deliver, type Place } from './place.js';
import { startQuizAt } from './quiz.js';

export { describeError } from './errors.js';
export { withErrorReply, type HandlerDeps, type Surface } from './deps.js';

/**
 * The reply to a question, as a Reply and as a Slack message. The engine's
 * decision is recorded in the feedback store (a no-op when it is disabled);
 * its id goes into the "did you mean" buttons so a click records the choice.
 */
export function answerQuestion(services: Services, question: string, options: { asked?: string } = {}): { reply: Reply; message: Message } {
  const decision = services.engine.ask(question);
  const questionId = recordDecision(services, decision);
  const reply = replyTo(decision, services.kb, SLACK_COMMANDS);
  return { reply, message: replyMessage(reply, { ...options, ...(questionId !== undefined ? { questionId } : {}) }) };
}

/** The answer message for one entry (a clicked suggestion), or null when the id is unknown. */
export function answerEntry(services: Services, entryId: string): { reply: Reply; message: Message } | null {
  const entry = services.kb.byId.get(entryId);
  if (!entry) return null;
  const reply = answerReply(services.kb, entry, 1);
  return { reply, message: replyMessage(reply) };
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
 * that entry's answer, in the same place. A "did you mean" click also
 * records which choice was picked.
 */
export async function handleAskClick(deps: HandlerDeps, place: Place, rawValue: unknown, kind: AskKind | 'unknown'): Promise<void> {
  await withErrorReply(deps, place, 'click', async () => {
    const started = Date.now();
    const { entryId, questionId } = decodeAskValue(rawValue);
    if (kind === 'clarify' && questionId !== undefined && deps.services.kb.byId.has(entryId)) recordChoice(deps.services, questionId, entryId);
    const answer = answerEntry(deps.services, entryId);
    if (!answer) {
      deps.services.logger.warn('slack.unknown_entry', { entry: entryId.slice(0, 100), kind });
      // An old button after the knowledge base changed: say so, and offer the starters.
      const { reply, message } = answerQuestion(deps.services, '');
      const notice = "I can't find that question any more; the answers may have been updated.";
      await deliver(deps, place, { text: `${notice} ${message.text}`, blocks: [...sections(notice), ...message.blocks] });
      logReply(deps.services, 'click', reply, started, { kind, stale: true });
      return;
    }
    await deliver(deps, place, answer.message);
    logReply(deps.services, 'click', answer.reply, started, { kind });
  });
}

/** Where the clicked 👍/👎 message is, to replace its buttons by a thank-you. */
export interface FeedbackTarget {
  userId: string;
  /** The workspace, so votes are keyed per person across workspaces. */
  teamId?: string;
  /** The message's channel and ts, for chat.update; absent for ephemeral messages (use respond). */
  channel?: string;
  ts?: string;
  /** The message's current blocks, when the payload carries them. */
  blocks?: KnownBlock[];
  /** The message's fallback text, when the payload carries it. */
  text?: string;
}

/**
 * A 👍/👎 click: record the vote (one per person per answer; a second click
 * changes it), then replace the buttons by a thank-you, which says so when
 * the vote could not be saved.
 */
export async function handleFeedback(deps: HandlerDeps, target: FeedbackTarget, vote: Vote, rawValue: unknown): Promise<void> {
  const { services } = deps;
  const value = decodeFeedbackValue(rawValue);
  if (!value) {
    services.logger.warn('slack.feedback_malformed', {});
    return;
  }
  // Never throws: not being able to store a vote must not stop the thank-you.
  const outcome = recordVote(services, { userId: target.userId, ...(target.teamId ? { teamId: target.teamId } : {}), entryId: value.entryId, question: value.question, confidence: value.confidence, vote });
  services.logger.info('slack.feedback', { entry: value.entryId, vote, outcome });
  try {
    let blocks = target.blocks;
    let text = target.text;
    if (!blocks || blocks.length === 0) {
      const rebuilt = answerEntry(services, value.entryId);
      blocks = rebuilt?.message.blocks ?? [];
      text = rebuilt?.message.text;
    }
    const thanked = withFeedbackThanks(blocks, vote, outcome);
    const message = { text: text || plainTextOf(thanked), blocks: thanked };
    if (target.channel && target.ts) {
      await deps.client.chat.update({ channel: target.channel, ts: target.ts, ...message });
    } else if (deps.respond) {
      await deps.respond({ replace_original: true, ...message });
    }
  } catch (error) {
    services.logger.error('slack.feedback_update_failed', { error: describeError(error) });
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
  const report = buildReport(services.feedback, services.engine, {});
  services.logger.info('slack.stats', { questions: report.totals.questions, votes: report.totals.votes });
  return statsMessage(formatReportCompact(report), services.feedback.enabled ? undefined : (services.feedback.reason ?? 'the feedback store is off'));
}
