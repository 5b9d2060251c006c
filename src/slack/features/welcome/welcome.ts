/**
 * The welcome DM: sent on team_join (unless WELCOME_NEW_MEMBERS=false),
 * and on member_joined_channel for the ONBOARDING_CHANNEL when one is set.
 * Bots, apps, Slackbot and deleted users get nothing. Each person is
 * welcomed once: the store keeps who was (shared by every process, across
 * restarts); without a store, this process's memory of recent welcomes. The
 * welcome is claimed before it is sent, so a DM that fails is not repeated.
 */
import type { App } from '@slack/bolt';
import type { SlackFeatures } from '../../../config.js';
import { SLASH_COMMAND } from '../../plumbing/capabilities.js';
import { describeError } from '../../plumbing/describeError.js';
import { deliver } from '../../plumbing/delivery.js';
import { RecentIds } from '../../plumbing/duplicateEvents.js';
import type { FeatureContext, RequestContext } from '../../plumbing/featureContext.js';
import { welcomeMessage } from './welcomeBlocks.js';

/** Users welcomed recently, remembered so a join of the workspace and the onboarding channel sends one DM. */
export const RECENT_WELCOMES = 1000;

export function register(app: App, context: FeatureContext): void {
  const { services, settings } = context;
  const welcomed = new RecentIds(RECENT_WELCOMES);
  app.event('team_join', async ({ event, client, context: bolt }) => {
    await handleTeamJoin({ services, client, features: settings, welcomed }, event.user as UserLike, bolt.botUserId);
  });
  app.event('member_joined_channel', async ({ event, client, context: bolt }) => {
    await handleChannelJoin({ services, client, features: settings, welcomed }, { user: event.user, channel: event.channel }, bolt.botUserId);
  });
}

/** The fields of a Slack user object that decide whether to welcome them. */
export interface UserLike {
  id?: string;
  is_bot?: boolean;
  is_app_user?: boolean;
  deleted?: boolean;
}

export type SkipReason = 'disabled' | 'no_user' | 'bot' | 'deleted' | 'self' | 'other_channel' | 'already_welcomed' | 'lookup_failed';

/** Why a user gets no welcome DM, or null to welcome them. Pure. */
export function skipWelcome(user: UserLike | undefined, botUserId?: string): SkipReason | null {
  if (!user?.id) return 'no_user';
  if (user.id === botUserId) return 'self';
  if (user.is_bot || user.is_app_user || user.id === 'USLACKBOT') return 'bot';
  if (user.deleted) return 'deleted';
  return null;
}

export interface WelcomeDeps extends Pick<RequestContext, 'services' | 'client'> {
  features: SlackFeatures;
  /** User ids welcomed recently, so nobody gets the DM twice. */
  welcomed: RecentIds;
}

async function welcome(deps: WelcomeDeps, userId: string, trigger: string): Promise<void> {
  // Once per person, whichever process gets the event; in this process's memory when the store cannot tell.
  const first = (await deps.services.store.claimWelcome(userId)) ?? !deps.welcomed.seen(userId);
  if (!first) return skipped(deps, trigger, 'already_welcomed');
  try {
    await deliver(deps, { kind: 'dm', user: userId }, welcomeMessage(SLASH_COMMAND));
    deps.services.logger.info('slack.welcome', { trigger });
  } catch (error) {
    deps.services.logger.error('slack.welcome_failed', { trigger, error: describeError(error) });
  }
}

function skipped(deps: WelcomeDeps, trigger: string, reason: SkipReason): void {
  deps.services.logger.debug('slack.welcome_skipped', { trigger, reason });
}

/** team_join: the event carries the whole user object. */
export async function handleTeamJoin(deps: WelcomeDeps, user: UserLike | undefined, botUserId?: string): Promise<void> {
  if (!deps.features.welcomeNewMembers) return skipped(deps, 'team_join', 'disabled');
  const reason = skipWelcome(user, botUserId);
  if (reason) return skipped(deps, 'team_join', reason);
  await welcome(deps, user?.id as string, 'team_join');
}

/** member_joined_channel: only for the onboarding channel; the event has only the user id, so users.info tells bots apart. */
export async function handleChannelJoin(deps: WelcomeDeps, event: { user?: string; channel?: string }, botUserId?: string): Promise<void> {
  const channel = deps.features.onboardingChannel;
  if (!channel || event.channel !== channel) return skipped(deps, 'member_joined_channel', channel ? 'other_channel' : 'disabled');
  if (!event.user || event.user === botUserId) return skipped(deps, 'member_joined_channel', event.user ? 'self' : 'no_user');
  let user: UserLike | undefined;
  try {
    user = (await deps.client.users.info({ user: event.user })).user as UserLike | undefined;
  } catch (error) {
    // Better to miss one welcome than to DM a bot or a deactivated account.
    deps.services.logger.warn('slack.welcome_lookup_failed', { error: describeError(error) });
    return skipped(deps, 'member_joined_channel', 'lookup_failed');
  }
  const reason = skipWelcome(user ?? { id: event.user }, botUserId);
  if (reason) return skipped(deps, 'member_joined_channel', reason);
  await welcome(deps, event.user, 'member_joined_channel');
}
