/** The shapes of Slack ids. Pure; shared by the configuration check and the builders. */

/** Slack user ids ("U…", or "W…" on Enterprise Grid). */
export const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** Public ("C…") and private ("G…", or "C…" since 2021) channel ids. */
export const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;

/** A direct message with the bot (ids start with D): private, one person. */
export function isDirectMessage(channelId: string | undefined): boolean {
  return typeof channelId === 'string' && channelId.startsWith('D');
}
