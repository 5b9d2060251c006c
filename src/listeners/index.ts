/** Registers every listener on the Bolt app. */
import type { App } from '@slack/bolt';
import type { SlackFeatures } from '../config.js';
import type { Services } from '../services.js';
import { register as actions } from './actions/index.js';
import { register as commands } from './commands/index.js';
import { register as events } from './events/index.js';
import { register as messages } from './messages/index.js';

export function registerListeners(app: App, services: Services, features: SlackFeatures): void {
  messages(app, services);
  events(app, services, features);
  actions(app, services);
  commands(app, services, features);
}
