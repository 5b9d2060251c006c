/**
 * Asking: questions in a DM (answered there) and @mentions (answered in a
 * thread), the slash command's questions, and clicks on the buttons under an
 * answer (follow-ups, "did you mean", starters, and "read this entry" buttons
 * of other features). A DM or mention that is a command word ("quiz",
 * "help") runs that command, as the slash command and the terminal do.
 */
import type { App } from '@slack/bolt';
import { answerReply, replyTo, type Reply } from '../../../answers/reply.js';
import { recordedDecisionOf, turnOf, type Response } from '../../../answers/respond.js';
import { encodeChooserState, prefilledAnswers } from '../../../chooser/index.js';
import { parseCommand, runCommand } from '../../../commands.js';
import { questionFromMrkdwn } from '../../../mrkdwn.js';
import type { Services } from '../../../services.js';
import { sections, type Message } from '../../plumbing/blockKit.js';
import { SLACK_COMMANDS } from '../../plumbing/capabilities.js';
import { describeError } from '../../plumbing/describeError.js';
import { deliver, placeForAction, placeForDirectMessage, placeForMention, type ActionSource, type Place } from '../../plumbing/delivery.js';
import { withErrorReply, type CommandRequest, type FeatureContext, type FeatureLinks, type RequestContext, type Surface } from '../../plumbing/featureContext.js';
import { ENTRY_ACTION } from '../../plumbing/launchButtons.js';
import { ASK_ACTION, askKindOf, decodeAskValue } from './askActions.js';
import { replyMessage, type ReplyOrigin } from './askBlocks.js';
import { ignoreDirectMessage, ignoreMention, type MessageLike } from './ignoredMessages.js';

export function register(app: App, context: FeatureContext): void {
  const { services, links } = context;

  app.message(async ({ message, client, context: bolt }) => {
    const m = message as MessageLike;
    const reason = ignoreDirectMessage(m, bolt.botUserId);
    if (reason) {
      services.logger.debug('slack.ignored', { event: 'message', subtype: m.subtype, reason });
      return;
    }
    const place = placeForDirectMessage({ channel: m.channel as string, ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}) });
    await handleMessage({ services, client }, links, place, { text: questionFromMrkdwn(m.text), userId: m.user as string, ...(bolt.teamId ? { teamId: bolt.teamId } : {}) }, 'dm');
  });

  app.event('app_mention', async ({ event, client, context: bolt }) => {
    const m = event as MessageLike;
    const reason = ignoreMention(m, bolt.botUserId);
    if (reason) {
      services.logger.debug('slack.ignored', { event: 'app_mention', subtype: m.subtype, reason });
      return;
    }
    const place = placeForMention({ channel: event.channel, ts: event.ts, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}) });
    await handleMessage({ services, client }, links, place, { text: questionFromMrkdwn(event.text), userId: event.user ?? '', ...(bolt.teamId ? { teamId: bolt.teamId } : {}) }, 'mention');
  });

  // Follow-up, "did you mean" and starter buttons under answers, and other features' "read this entry" buttons.
  for (const actionId of [ASK_ACTION, ENTRY_ACTION]) {
    context.clicks.on(app, actionId, async ({ ack, body, action, client, respond }) => {
      await ack();
      const place = placeForAction(body as unknown as ActionSource);
      await handleAskClick({ services, client, respond }, links, place, action.value ?? '', askKindOf(action.action_id));
    });
  }
}

/**
 * The reply to a question, as a Reply and as a Slack message. In a
 * conversation (a DM, a thread), a follow-up is read with the turn before
 * it, kept in the store for CONVERSATION_TTL_MS. What the bot decided is
 * recorded in the feedback store (a no-op when it is disabled). The
 * suggestion buttons carry the question, and "did you mean" and starter
 * buttons also its recorded id, so a click records the choice and a vote on
 * the answer it leads to is recorded against what was asked.
 */
export async function replyToQuestion(
  services: Services,
  links: Pick<FeatureLinks, 'voteButtons'>,
  question: string,
  options: { asked?: string; conversation?: string } = {},
): Promise<{ reply: Reply; message: Message }> {
  const previous = options.conversation ? await services.store.lastTurn(options.conversation) : undefined;
  const response = services.responder.respond(question, previous);
  const record = (): Promise<number | undefined> => {
    if (options.conversation && response.kind !== 'empty') void services.store.rememberTurn(options.conversation, turnOf(response));
    return recordDecision(services, response);
  };
  // Only "did you mean" and starter buttons carry the recorded id; for anything else the writes wait until the reply is on its way.
  const offersChoices = response.kind === 'clarify' || response.kind === 'fallback' || response.kind === 'declined';
  const questionId = offersChoices ? await record() : undefined;
  if (!offersChoices) setImmediate(() => void record());
  const reply = replyTo(response, services.kb, SLACK_COMMANDS);
  // Small talk and empty messages are not questions to tie anything to.
  const asked = response.kind !== 'smalltalk' && response.kind !== 'empty';
  const origin: ReplyOrigin | undefined = asked ? { question: response.question, ...(questionId !== undefined ? { questionId } : {}) } : undefined;
  const chooserState = reply.scenario ? encodeChooserState(services.chooser, prefilledAnswers(reply.scenario.answers)) : undefined;
  return { reply, message: replyMessage(reply, { asked: options.asked, voteButtons: links.voteButtons, ...(origin ? { origin } : {}), ...(chooserState ? { chooserState } : {}) }) };
}

/** A conversation's key in the store: the channel, and the thread when there is one. */
export function conversationOf(place: Place): string | undefined {
  return place.kind === 'channel' ? `${place.channel}:${place.threadTs ?? ''}` : undefined;
}

/**
 * The answer message for one entry (a clicked suggestion), or null when the
 * id is unknown. With `asked`, the question that led to the click, the
 * answer's 👍/👎 carry that question and the engine's confidence in this
 * entry for it; without (a browsed entry), the entry's title.
 */
export function answerEntry(services: Services, links: Pick<FeatureLinks, 'voteButtons'>, entryId: string, asked?: string): { reply: Reply; message: Message } | null {
  const entry = services.kb.byId.get(entryId);
  if (!entry) return null;
  const reply = asked ? answerReply(services.kb, entry, confidenceFor(services, asked, entry.id), asked) : answerReply(services.kb, entry, 1);
  return { reply, message: replyMessage(reply, { voteButtons: links.voteButtons, ...(asked ? { origin: { question: asked } } : {}) }) };
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

/** A DM or mention (text already converted from Slack markup): a command word runs the command, anything else is a question. */
async function handleMessage(request: RequestContext, links: FeatureLinks, place: Place, from: { text: string; userId: string; teamId?: string }, surface: Surface): Promise<void> {
  const command = from.text === '' ? { kind: 'question' as const, text: '' } : parseCommand(from.text);
  const commandRequest: CommandRequest = { ...request, place, userId: from.userId, ...(from.teamId ? { teamId: from.teamId } : {}), surface };
  if (command.kind !== 'question') request.services.logger.info('slack.command', { route: command.kind, surface });
  await runCommand(links.commands, commandRequest, command);
}

/** The "question" command, from the slash command (ephemeral, the question quoted above the reply), a DM or a mention. */
export async function onQuestionCommand(links: Pick<FeatureLinks, 'voteButtons'>, request: CommandRequest, question: string): Promise<void> {
  await withErrorReply(request, request.place, request.surface, async () => {
    const started = Date.now();
    const conversation = conversationOf(request.place);
    const { reply, message } = await replyToQuestion(request.services, links, question, request.place.kind === 'ephemeral' ? { asked: question } : conversation ? { conversation } : {});
    await deliver(request, request.place, message);
    logReply(request.services, request.surface, reply, started, { chars: question.length });
  });
}

/**
 * A click on a follow-up, "did you mean", starter or entry button: that
 * entry's answer, in the same place. A "did you mean" click, or a starter
 * offered after a question the bot could not answer, also records which
 * entry the person picked.
 */
async function handleAskClick(request: RequestContext, links: FeatureLinks, place: Place, rawValue: unknown, kind: ReturnType<typeof askKindOf>): Promise<void> {
  await withErrorReply(request, place, 'click', async () => {
    const started = Date.now();
    const value = decodeAskValue(rawValue);
    const answer = answerEntry(request.services, links, value.entryId, value.question);
    if (!answer) {
      request.services.logger.warn('slack.unknown_entry', { entry: value.entryId.slice(0, 100), kind });
      // An old button after the knowledge base changed: say so, and offer the starters.
      const { reply, message } = await replyToQuestion(request.services, links, '');
      const notice = "I can't find that question any more; the answers may have been updated.";
      await deliver(request, place, { text: `${notice} ${message.text}`, blocks: [...sections(notice), ...message.blocks] });
      logReply(request.services, 'click', reply, started, { kind, stale: true });
      return;
    }
    if ((kind === 'clarify' || kind === 'starter') && value.questionId !== undefined) void recordChoice(request.services, value.questionId, value.entryId);
    await deliver(request, place, answer.message);
    logReply(request.services, 'click', answer.reply, started, { kind });
  });
}

/** Records what the bot decided for a question; returns the stored id (for "did you mean" buttons), if any. Never throws. */
async function recordDecision(services: Services, response: Response): Promise<number | undefined> {
  const decision = recordedDecisionOf(response);
  if (!decision) return undefined;
  try {
    const saved = await services.store.recordDecision(decision);
    return saved.saved ? saved.id : undefined;
  } catch (error) {
    services.logger.error('slack.decision_not_recorded', { error: describeError(error) });
    return undefined;
  }
}

/** Records which "did you mean" choice was clicked for a recorded question. Never throws. */
async function recordChoice(services: Services, questionId: number, entryId: string): Promise<boolean> {
  try {
    const saved = await services.store.recordChoice(questionId, entryId);
    if (!saved.saved) services.logger.debug('slack.choice_not_recorded', { question: questionId, entry: entryId });
    return saved.saved;
  } catch (error) {
    services.logger.error('slack.choice_not_recorded', { question: questionId, entry: entryId, error: describeError(error) });
    return false;
  }
}
