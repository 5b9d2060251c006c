/** Registers every listener on the Bolt app. */
import type { App } from '@slack/bolt';
import type { SlackServices } from '../slack/feedback.js';
import { register as actions } from './actions/index.js';
import { register as commands } from './commands/index.js';
import { register as events } from './events/index.js';
import { register as messages } from './messages/index.js';
import { register as views } from './views/index.js';

export function registerListeners(app: App, services: SlackServices): void {
  messages(app, services);
  events(app, services);
  actions(app, services);
  commands(app, services);
  views(app, services);
}
