/** Direct messages (message.im): answered in the DM. Thin: payload → handleQuestion. */
import type { App } from '@slack/bolt';
import type { Services } from '../../services.js';
import { handleQuestion } from '../../slack/handlers.js';
import { ignoreDirectMessage, type MessageLike } from '../../slack/ignore.js';
import { placeForDirectMessage } from '../../slack/place.js';
import { slackToQuestion } from '../../slack/text.js';

export function register(app: App, services: Services): void {
  app.message(async ({ message, client, context }) => {
    const m = message as MessageLike;
    const reason = ignoreDirectMessage(m, context.botUserId);
    if (reason) {
      services.logger.debug('slack.ignored', { event: 'message', subtype: m.subtype, reason });
      return;
    }
    const place = placeForDirectMessage({ channel: m.channel as string, ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}) });
    await handleQuestion({ services, client }, place, slackToQuestion(m.text), 'dm');
  });
}
