/**
 * What the listeners do, as plain functions: they take already-extracted
 * data (text, place, entry id) and a Slack client, so tests can call them
 * without HTTP. Listeners in src/listeners only translate payloads.
 */
import type { RespondFn, webApi } from '@slack/bolt';
import { answerReply, replyTo, type Reply } from '../answers/reply.js';
import { decodeFeedbackValue, type Vote } from '../blocks/actionIds.js';
import { sections, type KnownBlock, type Message } from '../blocks/kit.js';
import { comingSoonMessage, errorMessage, helpMessage } from '../blocks/messages.js';
import { homeView } from '../blocks/home.js';
import { plainTextOf, replyMessage, withFeedbackThanks } from '../blocks/reply.js';
import { SLACK_COMMANDS, SLASH_COMMAND } from './capabilities.js';
import { parseCommand } from './commands.js';
import type { SlackServices } from './feedback.js';
import { deliver, type Delivery, type Place } from './place.js';

export type Surface = 'dm' | 'mention' | 'command' | 'click' | 'home';

export interface HandlerDeps extends Delivery {
  services: SlackServices;
}

/** The reply to a question, as a Reply and as a Slack message. */
export function answerQuestion(services: SlackServices, question: string, options: { asked?: string } = {}): { reply: Reply; message: Message } {
  const reply = replyTo(services.engine.ask(question), services.kb, SLACK_COMMANDS);
  return { reply, message: replyMessage(reply, options) };
}

/** The answer message for one entry (a clicked suggestion), or null when the id is unknown. */
export function answerEntry(services: SlackServices, entryId: string): { reply: Reply; message: Message } | null {
  const entry = services.kb.byId.get(entryId);
  if (!entry) return null;
  const reply = answerReply(services.kb, entry, 1);
  return { reply, message: replyMessage(reply) };
}

function logReply(services: SlackServices, surface: Surface, reply: Reply, started: number, extra: Record<string, unknown> = {}): void {
  services.logger.info('slack.reply', {
    surface,
    kind: reply.kind,
    entry: reply.entry?.id,
    confidence: reply.confidence,
    ms: Date.now() - started,
    ...extra,
  });
}

/**
 * Runs `work`; if it throws, logs the error and tells the user something
 * went wrong at `place` (best effort: that post may fail too, and is logged).
 */
export async function withErrorReply(deps: HandlerDeps, place: Place, surface: Surface, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    deps.services.logger.error('slack.handler_failed', { surface, error: describeError(error) });
    try {
      await deliver(deps, place, errorMessage());
    } catch (again) {
      deps.services.logger.error('slack.error_reply_failed', { surface, error: describeError(again) });
    }
  }
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

/** A click on a follow-up, "did you mean" or starter button: that entry's answer, in the same place. */
export async function handleAskClick(deps: HandlerDeps, place: Place, entryId: string, kind: string): Promise<void> {
  await withErrorReply(deps, place, 'click', async () => {
    const started = Date.now();
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
  /** The message's channel and ts, for chat.update; absent for ephemeral messages (use respond). */
  channel?: string;
  ts?: string;
  /** The message's current blocks, when the payload carries them. */
  blocks?: KnownBlock[];
  /** The message's fallback text, when the payload carries it. */
  text?: string;
}

/** A 👍/👎 click: record the vote (when a store is plugged in), then thank in place of the buttons. */
export async function handleFeedback(deps: HandlerDeps, target: FeedbackTarget, vote: Vote, rawValue: unknown): Promise<void> {
  const { services } = deps;
  const value = decodeFeedbackValue(rawValue);
  if (!value) {
    services.logger.warn('slack.feedback_malformed', {});
    return;
  }
  services.logger.info('slack.feedback', { entry: value.entryId, vote });
  try {
    await services.feedback?.recordVote({ userId: target.userId, entryId: value.entryId, question: value.question, confidence: value.confidence, vote });
  } catch (error) {
    // Not being able to store a vote must not stop the thank-you.
    services.logger.error('slack.feedback_not_recorded', { entry: value.entryId, error: describeError(error) });
  }
  try {
    let blocks = target.blocks;
    let text = target.text;
    if (!blocks || blocks.length === 0) {
      const rebuilt = answerEntry(services, value.entryId);
      blocks = rebuilt?.message.blocks ?? [];
      text = rebuilt?.message.text;
    }
    const thanked = withFeedbackThanks(blocks, vote);
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

/** `/iot-or-m2m <text>`: every reply is ephemeral, through response_url. */
export async function handleCommand(deps: HandlerDeps & { respond: RespondFn }, text: string): Promise<void> {
  const place: Place = { kind: 'ephemeral' };
  await withErrorReply(deps, place, 'command', async () => {
    const route = parseCommand(text);
    deps.services.logger.info('slack.command', { route: route.kind });
    switch (route.kind) {
      case 'help':
        await deliver(deps, place, helpMessage(SLASH_COMMAND));
        return;
      case 'chooser':
      case 'quiz':
      case 'stats':
        // Phase 2 plugs the chooser, quiz and stats in here.
        await deliver(deps, place, comingSoonMessage(route.kind, SLASH_COMMAND));
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

/** The Home tab, published whenever the user opens it. */
export async function publishHome(deps: { services: SlackServices; client: webApi.WebClient }, userId: string): Promise<void> {
  try {
    await deps.client.views.publish({ user_id: userId, view: homeView(deps.services.kb, SLASH_COMMAND) });
  } catch (error) {
    deps.services.logger.error('slack.home_failed', { error: describeError(error) });
  }
}

/** An error as a short string for logs: Slack API error code when there is one, else the message. */
export function describeError(error: unknown): string {
  if (error && typeof error === 'object') {
    const data = (error as { data?: { error?: unknown } }).data;
    if (data && typeof data.error === 'string') return data.error;
    if (error instanceof Error) return error.message;
  }
  return String(error);
}
