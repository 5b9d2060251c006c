/**
 * Feedback: 👍/👎 under an answer. The vote is recorded in the feedback store
 * (services.store, a disabled store when there is no database; one vote
 * per person per answer, a second click changes it), then the voter is
 * thanked:
 * - in a DM or an ephemeral message, which only the voter sees, the buttons
 *   are replaced by a thank-you line with the same two buttons (the chosen
 *   one highlighted), so the vote can still be changed;
 * - in a channel or thread, where everyone sees the answer, the message is
 *   left as it is (others can vote too) and the voter gets a private
 *   thank-you in the same thread.
 * The thank-you says so when the vote could not be saved.
 */
import type { App } from '@slack/bolt';
import type { Vote } from '../../../feedback/index.js';
import type { Services } from '../../../services.js';
import { isDirectMessage } from '../../../slackIds.js';
import { plainTextOf, type KnownBlock } from '../../plumbing/blockKit.js';
import { describeError } from '../../plumbing/describeError.js';
import { clickFromAction, notify, postEphemeral, replaceMessage, type ActionSource, type Click } from '../../plumbing/delivery.js';
import type { FeatureContext, FeatureLinks, RequestContext } from '../../plumbing/featureContext.js';
import { decodeFeedbackValue, FEEDBACK_ACTION, parseFeedbackActionId } from './feedbackActions.js';
import { feedbackOutdatedMessage, voteThanksMessage, withVote, type VoteOutcome } from './feedbackBlocks.js';

export function register(app: App, context: FeatureContext): void {
  const { services, links } = context;
  context.clicks.on(app, FEEDBACK_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const vote = parseFeedbackActionId(action.action_id);
    if (!vote) return;
    const message = body.message;
    await handleVote(
      { services, client, respond },
      links,
      clickFromAction(body as unknown as ActionSource),
      {
        ...(Array.isArray(message?.blocks) ? { blocks: message.blocks as KnownBlock[] } : {}),
        ...(typeof message?.text === 'string' ? { text: message.text } : {}),
      },
      vote,
      action.value,
    );
  });
}

/** The clicked message as the action payload carries it (nothing for an ephemeral message). */
interface ClickedMessage {
  blocks?: KnownBlock[];
  text?: string;
}

/** A 👍/👎 click. A vote for an entry the knowledge base no longer has is not recorded; the voter is told. */
export async function handleVote(request: RequestContext, links: Pick<FeatureLinks, 'answerEntry'>, click: Click, clicked: ClickedMessage, vote: Vote, rawValue: unknown): Promise<void> {
  const { services } = request;
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
      if (shared) await postEphemeral(request, shared, click.userId, feedbackOutdatedMessage());
      else await notify(request, click, feedbackOutdatedMessage());
      return;
    }
    const outcome = await recordVote(services, { userId: click.userId, ...(click.teamId ? { teamId: click.teamId } : {}), entryId: value.entryId, question: value.question, confidence: value.confidence, vote });
    services.logger.info('slack.feedback', { entry: value.entryId, vote, outcome, shared: shared !== undefined });
    if (shared) {
      await postEphemeral(request, shared, click.userId, voteThanksMessage(vote, outcome));
      return;
    }
    if (click.ref.kind === 'view') return; // Answers are never on the Home tab.
    let blocks = clicked.blocks;
    let text = clicked.text;
    if (!blocks || blocks.length === 0) {
      // An ephemeral message comes without its blocks: rebuild the answer.
      const rebuilt = links.answerEntry(services, value.entryId, value.question);
      blocks = rebuilt?.blocks ?? [];
      text = rebuilt?.text;
    }
    const updated = withVote(blocks, value, vote, outcome);
    await replaceMessage(request, click.ref, click.userId, { text: text || plainTextOf(updated), blocks: updated });
  } catch (error) {
    services.logger.error('slack.feedback_reply_failed', { error: describeError(error) });
  }
}

/** The id votes are keyed on: "T123:U456", so the same user id in two workspaces stays two people. */
export function voterId(userId: string, teamId?: string): string {
  return teamId ? `${teamId}:${userId}` : userId;
}

/** Records a 👍/👎; one vote per person per answer, a second click changes it. Never throws: a vote must never take a reply down. */
export async function recordVote(services: Services, vote: { userId: string; teamId?: string; entryId: string; question: string; confidence: number; vote: Vote }): Promise<VoteOutcome> {
  try {
    const saved = await services.store.recordVote({ userId: voterId(vote.userId, vote.teamId), entryId: vote.entryId, question: vote.question, confidence: vote.confidence, vote: vote.vote });
    if (!saved.saved) {
      services.logger.warn('slack.feedback_not_recorded', { entry: vote.entryId, reason: services.store.enabled ? 'store_failed' : 'store_disabled' });
      return 'not_saved';
    }
    return saved.previous !== null && saved.previous !== vote.vote ? 'changed' : 'saved';
  } catch (error) {
    services.logger.error('slack.feedback_not_recorded', { entry: vote.entryId, error: describeError(error) });
    return 'not_saved';
  }
}
