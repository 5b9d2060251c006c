/** Events other than messages: @mentions (answered in a thread) and the Home tab. */
import type { App } from '@slack/bolt';
import type { SlackServices } from '../../slack/feedback.js';
import { handleQuestion, publishHome } from '../../slack/handlers.js';
import { ignoreMention, type MessageLike } from '../../slack/ignore.js';
import { placeForMention } from '../../slack/place.js';
import { slackToQuestion } from '../../slack/text.js';

export function register(app: App, services: SlackServices): void {
  app.event('app_mention', async ({ event, client, context }) => {
    const m = event as MessageLike;
    const reason = ignoreMention(m, context.botUserId);
    if (reason) {
      services.logger.debug('slack.ignored', { event: 'app_mention', subtype: m.subtype, reason });
      return;
    }
    const place = placeForMention({ channel: event.channel, ts: event.ts, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}) });
    await handleQuestion({ services, client }, place, slackToQuestion(event.text, context.botUserId), 'mention');
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await publishHome({ services, client }, event.user);
  });

  // team_join (in the manifest) is handled in phase 2: the welcome DM.
}
