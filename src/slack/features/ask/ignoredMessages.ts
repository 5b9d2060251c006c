/** Which incoming messages the bot must not answer. Pure. */

/** The fields of a message or app_mention event that decide whether to answer. */
export interface MessageLike {
  type?: string;
  subtype?: string;
  bot_id?: string;
  app_id?: string;
  bot_profile?: unknown;
  user?: string;
  channel?: string;
  channel_type?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
}

export type IgnoreReason = 'subtype' | 'bot' | 'slackbot' | 'self' | 'no_user' | 'not_dm' | 'dm_mention' | 'no_channel';

/** Slackbot's user id: its notices in the bot's DM ("You have been removed from #…") carry no bot_id. */
const SLACKBOT = 'USLACKBOT';

/**
 * Subtypes that are still a person typing to the bot: a file shared with a
 * comment, a thread reply also sent to the channel. Every other subtype
 * (message_changed, message_deleted, bot_message, channel_join, …) is ignored.
 */
const ANSWERABLE_SUBTYPES: ReadonlySet<string> = new Set(['file_share', 'thread_broadcast']);

function common(m: MessageLike, botUserId: string | undefined): IgnoreReason | null {
  if (m.subtype !== undefined && !ANSWERABLE_SUBTYPES.has(m.subtype)) return 'subtype';
  if (m.bot_id || m.bot_profile) return 'bot';
  if (!m.user) return 'no_user';
  if (m.user === SLACKBOT) return 'slackbot';
  if (botUserId && m.user === botUserId) return 'self';
  if (!m.channel || !m.ts) return 'no_channel';
  return null;
}

/** A `message` event: answered only in a DM with the bot, and only when a person wrote it. */
export function ignoreDirectMessage(m: MessageLike, botUserId?: string): IgnoreReason | null {
  return common(m, botUserId) ?? (m.channel_type === 'im' ? null : 'not_dm');
}

/**
 * An `app_mention` event. A mention inside a DM (channel id "D…") also
 * arrives as message.im and is answered there, not twice.
 */
export function ignoreMention(m: MessageLike, botUserId?: string): IgnoreReason | null {
  return common(m, botUserId) ?? (m.channel_type === 'im' || m.channel?.startsWith('D') ? 'dm_mention' : null);
}
