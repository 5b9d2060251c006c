/** Events other than messages: @mentions (answered in a thread), the Home tab, and the welcome DM. */
import type { App } from '@slack/bolt';
import type { SlackFeatures } from '../../config.js';
import type { Services } from '../../services.js';
import { RecentIds } from '../../slack/dedupe.js';
import { handleQuestion } from '../../slack/handlers.js';
import { handleHomeOpened } from '../../slack/home.js';
import { ignoreMention, type MessageLike } from '../../slack/ignore.js';
import { placeForMention } from '../../slack/place.js';
import { slackToQuestion } from '../../slack/text.js';
import { handleChannelJoin, handleTeamJoin, type UserLike } from '../../slack/welcome.js';

/** Users welcomed recently, remembered so a join of the workspace and the onboarding channel sends one DM. */
export const RECENT_WELCOMES = 1000;

export function register(app: App, services: Services, features: SlackFeatures): void {
  app.event('app_mention', async ({ event, client, context }) => {
    const m = event as MessageLike;
    const reason = ignoreMention(m, context.botUserId);
    if (reason) {
      services.logger.debug('slack.ignored', { event: 'app_mention', subtype: m.subtype, reason });
      return;
    }
    const place = placeForMention({ channel: event.channel, ts: event.ts, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}) });
    await handleQuestion({ services, client }, place, slackToQuestion(event.text), 'mention');
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await handleHomeOpened({ services, client }, event.user, event.view?.private_metadata);
  });

  const welcomed = new RecentIds(RECENT_WELCOMES);
  app.event('team_join', async ({ event, client, context }) => {
    await handleTeamJoin({ services, client, features, welcomed }, event.user as UserLike, context.botUserId);
  });

  app.event('member_joined_channel', async ({ event, client, context }) => {
    await handleChannelJoin({ services, client, features, welcomed }, { user: event.user, channel: event.channel }, context.botUserId);
  });
}
