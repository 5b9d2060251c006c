/**
 * What the app asks Slack for, in one place: the slash command, the bot
 * events and the scopes each Web API method and event needs. Listeners use
 * these constants, and tests/manifest.test.ts checks manifest.yml
 * against them, so the manifest cannot drift from the code.
 */

import { SLASH_COMMAND } from '../../commands.js';

export { SLASH_COMMAND };

/** How the answers name the slash command and its quiz (see Commands in src/answers/reply.ts). */
export const SLACK_COMMANDS = { chooser: `\`${SLASH_COMMAND}\``, quiz: `\`${SLASH_COMMAND} quiz\``, refine: 'Use *Refine in the chooser*' } as const;

/** Bot events in manifest spelling, with the scope(s) each one needs (null: none). */
export const EVENT_SCOPES = {
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  app_home_opened: null,
  // The welcome DM. Slack requires users:read to deliver team_join.
  team_join: 'users:read',
  // The welcome DM for ONBOARDING_CHANNEL: delivered for public channels with
  // channels:read and for private ones with groups:read, only for channels the bot is in.
  member_joined_channel: ['channels:read', 'groups:read'],
} as const satisfies Record<string, string | readonly string[] | null>;

export type BotEvent = keyof typeof EVENT_SCOPES;
/** Events an app installed in many workspaces also subscribes to (no scope needed): its data goes with an uninstall. */
export const DISTRIBUTION_EVENTS = ['app_uninstalled', 'tokens_revoked'] as const;
export const BOT_EVENTS = Object.keys(EVENT_SCOPES) as BotEvent[];

/**
 * Every Web API method the code calls, with the bot scope it needs (null:
 * none). Ephemeral replies to the slash command and clicks (and the
 * ephemeral chooser and quiz steps) go through response_url, which needs no
 * scope. "Share to channel" posts with chat.postMessage only where the bot
 * is a member (no chat:write.public). The end-to-end tests fail when the app
 * calls a method missing here.
 */
export const METHOD_SCOPES = {
  'auth.test': null,
  'chat.postMessage': 'chat:write',
  // The private thank-you for a vote on an answer in a channel thread (response_url cannot reply in a thread).
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  // A Home tab click is answered in the user's DM; the welcome DM.
  'conversations.open': 'im:write',
  // Is someone who joined the onboarding channel a person (not a bot, not deactivated)?
  'users.info': 'users:read',
  'views.publish': null,
  // An admin's teaching modals (add to an entry, new entry).
  'views.open': null,
} as const satisfies Record<string, string | null>;

export type ApiMethod = keyof typeof METHOD_SCOPES;

/** The exact bot scopes: `commands` for the slash command, plus what the events and methods need. */
export function botScopes(): string[] {
  const scopes = new Set<string>(['commands']);
  for (const s of [...Object.values(EVENT_SCOPES), ...Object.values(METHOD_SCOPES)].flat()) if (s) scopes.add(s);
  return [...scopes].sort();
}
