/**
 * App Home: the tab is published on app_home_opened and re-published after
 * a Home click (browse topics) or a finished quiz. The Home state (last quiz
 * score, open topic) lives in the view's private_metadata, which Slack sends
 * back with app_home_opened and with every click on the tab.
 */
import type { App } from '@slack/bolt';
import { topics } from '../../../knowledge/types.js';
import { SLASH_COMMAND } from '../../plumbing/capabilities.js';
import { describeError } from '../../plumbing/describeError.js';
import { pastRateLimit } from '../../plumbing/delivery.js';
import type { FeatureContext, FeatureLinks, RequestContext } from '../../plumbing/featureContext.js';
import { HOME_ACTION, parseHomeActionId, type HomeAction } from './homeActions.js';
import { decodeHomeState, homeView, type HomeState } from './homeBlocks.js';

type HomeRequest = Pick<RequestContext, 'services' | 'client'>;

type Links = Pick<FeatureLinks, 'adminSections'>;

export function register(app: App, context: FeatureContext): void {
  const { services, links } = context;
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await publishHome(links, { services, client }, event.user, decodeHomeState(event.view?.private_metadata));
  });
  context.clicks.on(app, HOME_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const parsed = parseHomeActionId(action.action_id);
    if (!parsed) return;
    await handleHomeClick(links, { services, client }, body.user.id, parsed, action.value, body.view?.private_metadata);
  });
}

/** Publishes the Home tab for `userId`, with the admins' section for admins; a failure is logged, never thrown (the tab is not worth an error message). */
export async function publishHome(links: Links, request: HomeRequest, userId: string, state: HomeState = {}): Promise<void> {
  try {
    const admin = await links.adminSections(request.services, userId);
    await pastRateLimit(() => request.client.views.publish({ user_id: userId, view: homeView({ kb: request.services.kb, command: SLASH_COMMAND, state, admin }) }));
  } catch (error) {
    request.services.logger.error('slack.home_failed', { error: describeError(error) });
  }
}

/** The Home tab after a finished quiz: the new score (a person who finished a quiz sees the primer, not an open topic list). */
export async function showQuizScore(links: Links, request: HomeRequest, userId: string, quiz: { score: number; total: number }): Promise<void> {
  await publishHome(links, request, userId, { quiz });
}

/** The Home tab again, as it was (after an admin taught something, say). */
export async function refreshHome(links: Links, request: HomeRequest, userId: string, homeState: string): Promise<void> {
  await publishHome(links, request, userId, decodeHomeState(homeState));
}

/** "Browse topics" / a topic button on the Home tab. */
async function handleHomeClick(links: Links, request: HomeRequest, userId: string, action: HomeAction, value: unknown, privateMetadata: unknown): Promise<void> {
  const state = decodeHomeState(privateMetadata);
  if (action.kind === 'browse') {
    const show = value !== 'hide';
    await publishHome(links, request, userId, { ...(state.quiz ? { quiz: state.quiz } : {}), ...(show ? { browse: true } : {}) });
    return;
  }
  // The button carries the topic name; an unknown name (the knowledge base changed) falls back to the position.
  const list = topics(request.services.kb);
  const topic = list.find((t) => t.topic === value) ?? list[action.index];
  request.services.logger.info('slack.home_topic', { topic: topic?.topic });
  await publishHome(links, request, userId, { ...(state.quiz ? { quiz: state.quiz } : {}), browse: true, ...(topic ? { topic: topic.topic } : {}) });
}
