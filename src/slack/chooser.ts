/**
 * The chooser in Slack (#4). Every step replaces the clicked message
 * (replaceMessage: response_url for the ephemeral slash-command chooser,
 * chat.update for the one in the DM). The answers so far travel in the
 * button values; nothing is kept in memory, so any instance can serve any
 * click, a restart loses nothing, and two people never share a run.
 */
import { chooserMessage, chooserOutdatedMessage, chooserShareMessage, shareFailedMessage, type ShareProblem } from '../blocks/chooser.js';
import type { ChooserAction } from '../blocks/actionIds.js';
import { howToAskMessage } from '../blocks/messages.js';
import { answerQuestion, back, decodeChooserState, isComplete, recommend, type ChooserAnswer } from '../chooser/index.js';
import { SLASH_COMMAND } from './capabilities.js';
import { withErrorReply, type HandlerDeps } from './deps.js';
import { describeError, errorCode } from './errors.js';
import { isDirectMessage } from './ids.js';
import { deliver, notify, replaceMessage, type Click, type Place } from './place.js';

/** Errors of chat.postMessage that mean the bot cannot see the conversation. */
const NOT_MEMBER = new Set(['not_in_channel', 'channel_not_found']);
/** Errors that mean posting there is not allowed. */
const NOT_ALLOWED = new Set(['is_archived', 'restricted_action', 'restricted_action_read_only_channel', 'restricted_action_thread_only_channel', 'restricted_action_non_threadable_channel', 'cannot_reply_to_message', 'ekm_access_denied']);

/** Posts question 1 as a new message at `place` (ephemeral for the slash command, the DM for Home and welcome buttons). */
export async function startChooser(deps: HandlerDeps, place: Place): Promise<void> {
  await deliver(deps, place, chooserMessage(deps.services.chooser, deps.services.kb, []));
  deps.services.logger.info('slack.chooser', { step: 'start', place: place.kind });
}

/** A click on a chooser button. `value` is the state the button carries. */
export async function handleChooserAction(deps: HandlerDeps, click: Click, action: ChooserAction, value: unknown): Promise<void> {
  const { services } = deps;
  const model = services.chooser;
  await withErrorReply(deps, click.place, 'chooser', async () => {
    switch (action.kind) {
      case 'start':
        await startChooser(deps, click.place);
        return;
      case 'restart':
        await replaceMessage(deps, click.ref, click.userId, chooserMessage(model, services.kb, []));
        services.logger.info('slack.chooser', { step: 'restart' });
        return;
      case 'ask':
        await notify(deps, click, howToAskMessage(SLASH_COMMAND));
        return;
    }
    const decoded = decodeChooserState(model, value);
    if (!decoded.ok || (action.kind === 'share' && !isComplete(model, decoded.answers))) {
      const reason = decoded.ok ? 'tampered' : decoded.reason;
      services.logger.warn('slack.chooser_outdated', { reason, action: action.kind });
      await replaceMessage(deps, click.ref, click.userId, chooserOutdatedMessage(reason));
      return;
    }
    if (action.kind === 'share') {
      await share(deps, click, decoded.answers);
      return;
    }
    const answers = action.kind === 'answer' ? answerQuestion(model, decoded.answers, action.answer) : back(decoded.answers);
    await replaceMessage(deps, click.ref, click.userId, chooserMessage(model, services.kb, answers));
    const done = isComplete(model, answers);
    services.logger.info('slack.chooser', { step: action.kind, answered: answers.length, ...(done ? { verdict: recommend(model, answers).verdict } : {}) });
  });
}

/** "Share to channel": a non-ephemeral summary in the conversation, then the card notes it was shared. */
async function share(deps: HandlerDeps, click: Click, answers: ChooserAnswer[]): Promise<void> {
  const { services } = deps;
  const channel = click.channelId;
  const fail = async (problem: ShareProblem, code?: string) => {
    services.logger.info('slack.chooser_share_failed', { problem, code });
    await notify(deps, click, shareFailedMessage(problem, SLASH_COMMAND));
  };
  // A DM is not a channel to share to: ours with the bot is private, and the bot is not in others.
  if (!channel || isDirectMessage(channel)) return fail('dm');
  try {
    await deliver(deps, { kind: 'channel', channel }, chooserShareMessage(services.chooser, answers, click.userId, SLASH_COMMAND));
  } catch (error) {
    const code = errorCode(error);
    if (code && NOT_MEMBER.has(code)) return fail('not_member', code);
    if (code && NOT_ALLOWED.has(code)) return fail('not_allowed', code);
    services.logger.error('slack.chooser_share_error', { error: describeError(error) });
    return fail('failed', code);
  }
  services.logger.info('slack.chooser', { step: 'share' });
  await replaceMessage(deps, click.ref, click.userId, chooserMessage(services.chooser, services.kb, answers, { shared: true }));
}
