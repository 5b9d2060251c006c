/**
 * The chooser: `/iot-or-m2m` (or "choose"), and the start buttons of other
 * features. Every step replaces the clicked message
 * (replaceMessage: response_url for the ephemeral slash-command chooser,
 * chat.update for the one in the DM). The answers so far travel in the
 * button values; nothing is kept in memory, so any instance can serve any
 * click, a restart loses nothing, and two people never share a run.
 */
import type { App } from '@slack/bolt';
import { answerQuestion, back, decodeChooserState, isComplete, recommend, type ChooserAnswer } from '../../../chooser/index.js';
import { isDirectMessage } from '../../../slackIds.js';
import { SLASH_COMMAND } from '../../plumbing/capabilities.js';
import { describeError, errorCode } from '../../plumbing/describeError.js';
import { clickFromAction, deliver, notify, replaceMessage, type ActionSource, type Click, type Place } from '../../plumbing/delivery.js';
import { withErrorReply, type CommandRequest, type FeatureContext, type RequestContext } from '../../plumbing/featureContext.js';
import { RESUME_CHOOSER_ACTION, START_CHOOSER_ACTION } from '../../plumbing/launchButtons.js';
import { CHOOSER_ACTION, parseChooserActionId, type ChooserAction } from './chooserActions.js';
import { chooserMessage, chooserOutdatedMessage, chooserShareMessage, howToAskMessage, shareFailedMessage, type ShareProblem } from './chooserBlocks.js';

export function register(app: App, context: FeatureContext): void {
  const { services } = context;
  context.clicks.on(app, START_CHOOSER_ACTION, async ({ ack, body, client, respond }) => {
    await ack();
    const click = clickFromAction(body as unknown as ActionSource);
    await withErrorReply({ services, client, respond }, click.place, 'chooser', () => startChooser({ services, client, respond }, click.place));
  });
  // "Refine in the chooser" under a scenario read from a question: the chooser with those answers filled in.
  context.clicks.on(app, RESUME_CHOOSER_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const click = clickFromAction(body as unknown as ActionSource);
    const request = { services, client, respond };
    await withErrorReply(request, click.place, 'chooser', async () => {
      const decoded = decodeChooserState(services.chooser, action.value);
      if (!decoded.ok) {
        await deliver(request, click.place, chooserOutdatedMessage(decoded.reason));
        return;
      }
      await deliver(request, click.place, chooserMessage(services.chooser, services.kb, decoded.answers));
      services.logger.info('slack.chooser', { step: 'resume', answered: decoded.answers.length });
    });
  });
  context.clicks.on(app, CHOOSER_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const parsed = parseChooserActionId(action.action_id);
    if (!parsed) return;
    await handleChooserClick({ services, client, respond }, clickFromAction(body as unknown as ActionSource), parsed, action.value);
  });
}

/** The "chooser" command: question 1, where the command was typed. */
export async function onChooserCommand(request: CommandRequest): Promise<void> {
  await withErrorReply(request, request.place, 'chooser', () => startChooser(request, request.place));
}

/** Errors of chat.postMessage that mean the bot cannot see the conversation. */
const NOT_MEMBER = new Set(['not_in_channel', 'channel_not_found']);
/** Errors that mean posting there is not allowed. */
const NOT_ALLOWED = new Set(['is_archived', 'restricted_action', 'restricted_action_read_only_channel', 'restricted_action_thread_only_channel', 'restricted_action_non_threadable_channel', 'cannot_reply_to_message', 'ekm_access_denied']);

/** Posts question 1 as a new message at `place` (ephemeral for the slash command, the DM for Home and welcome buttons). */
async function startChooser(request: RequestContext, place: Place): Promise<void> {
  await deliver(request, place, chooserMessage(request.services.chooser, request.services.kb, []));
  request.services.logger.info('slack.chooser', { step: 'start', place: place.kind });
}

/** A click on a chooser button. `value` is the state the button carries. */
async function handleChooserClick(request: RequestContext, click: Click, action: ChooserAction, value: unknown): Promise<void> {
  const { services } = request;
  const model = services.chooser;
  await withErrorReply(request, click.place, 'chooser', async () => {
    switch (action.kind) {
      case 'restart':
        await replaceMessage(request, click.ref, click.userId, chooserMessage(model, services.kb, []));
        services.logger.info('slack.chooser', { step: 'restart' });
        return;
      case 'ask':
        await notify(request, click, howToAskMessage(SLASH_COMMAND));
        return;
    }
    const decoded = decodeChooserState(model, value);
    if (!decoded.ok || (action.kind === 'share' && !isComplete(model, decoded.answers))) {
      const reason = decoded.ok ? 'tampered' : decoded.reason;
      services.logger.warn('slack.chooser_outdated', { reason, action: action.kind });
      await replaceMessage(request, click.ref, click.userId, chooserOutdatedMessage(reason));
      return;
    }
    if (action.kind === 'share') {
      await share(request, click, decoded.answers);
      return;
    }
    const answers = action.kind === 'answer' ? answerQuestion(model, decoded.answers, action.answer) : back(decoded.answers);
    await replaceMessage(request, click.ref, click.userId, chooserMessage(model, services.kb, answers));
    const done = isComplete(model, answers);
    services.logger.info('slack.chooser', { step: action.kind, answered: answers.length, ...(done ? { verdict: recommend(model, answers).verdict } : {}) });
  });
}

/** "Share to channel": a non-ephemeral summary in the conversation, then the card notes it was shared. */
async function share(request: RequestContext, click: Click, answers: ChooserAnswer[]): Promise<void> {
  const { services } = request;
  const channel = click.channelId;
  const fail = async (problem: ShareProblem, code?: string) => {
    services.logger.info('slack.chooser_share_failed', { problem, code });
    await notify(request, click, shareFailedMessage(problem, SLASH_COMMAND));
  };
  // A DM is not a channel to share to: ours with the bot is private, and the bot is not in others.
  if (!channel || isDirectMessage(channel)) return fail('dm');
  try {
    await deliver(request, { kind: 'channel', channel }, chooserShareMessage(services.chooser, answers, click.userId, SLASH_COMMAND));
  } catch (error) {
    const code = errorCode(error);
    if (code && NOT_MEMBER.has(code)) return fail('not_member', code);
    if (code && NOT_ALLOWED.has(code)) return fail('not_allowed', code);
    services.logger.error('slack.chooser_share_error', { error: describeError(error) });
    return fail('failed', code);
  }
  services.logger.info('slack.chooser', { step: 'share' });
  await replaceMessage(request, click.ref, click.userId, chooserMessage(services.chooser, services.kb, answers, { shared: true }));
}
