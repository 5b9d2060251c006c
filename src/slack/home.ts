/**
 * The App Home tab (#5): published on app_home_opened and re-published after
 * a Home click (browse topics) or a finished quiz. The Home state (last quiz
 * score, open topic) lives in the view's private_metadata, which Slack sends
 * back with app_home_opened and with every click on the tab.
 */
import type { HomeAction } from '../blocks/actionIds.js';
import { decodeHomeState, homeView, type HomeState } from '../blocks/home.js';
import { topics } from '../knowledge/types.js';
import { SLASH_COMMAND } from './capabilities.js';
import type { HandlerDeps } from './deps.js';
import { describeError } from './errors.js';

/** Publishes the Home tab for `userId`; a failure is logged, never thrown (the tab is not worth an error message). */
export async function publishHome(deps: Pick<HandlerDeps, 'services' | 'client'>, userId: string, state: HomeState = {}): Promise<void> {
  try {
    await deps.client.views.publish({ user_id: userId, view: homeView({ kb: deps.services.kb, command: SLASH_COMMAND, state }) });
  } catch (error) {
    deps.services.logger.error('slack.home_failed', { error: describeError(error) });
  }
}

/** app_home_opened: the tab, keeping what the previously published view remembered. */
export async function handleHomeOpened(deps: Pick<HandlerDeps, 'services' | 'client'>, userId: string, privateMetadata: unknown): Promise<void> {
  await publishHome(deps, userId, decodeHomeState(privateMetadata));
}

/** "Browse topics" / a topic button on the Home tab. */
export async function handleHomeAction(deps: Pick<HandlerDeps, 'services' | 'client'>, userId: string, action: HomeAction, value: unknown, privateMetadata: unknown): Promise<void> {
  const state = decodeHomeState(privateMetadata);
  if (action.kind === 'browse') {
    const show = value !== 'hide';
    await publishHome(deps, userId, { ...(state.quiz ? { quiz: state.quiz } : {}), ...(show ? { browse: true } : {}) });
    return;
  }
  // The button carries the topic name; an unknown name (the knowledge base changed) falls back to the position.
  const list = topics(deps.services.kb);
  const topic = list.find((t) => t.topic === value) ?? list[action.index];
  deps.services.logger.info('slack.home_topic', { topic: topic?.topic });
  await publishHome(deps, userId, { ...(state.quiz ? { quiz: state.quiz } : {}), browse: true, ...(topic ? { topic: topic.topic } : {}) });
}
