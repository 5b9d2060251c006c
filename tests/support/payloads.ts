/** Slack payloads as Slack sends them, with ids the fake API agrees with. */
import { BOT_ID, BOT_USER_ID, TEAM_ID } from './fakeSlack.js';

export const HUMAN = 'U0HUMAN';
export const DM_CHANNEL = 'D0DM';
export const CHANNEL = 'C0CHAN';
export const APP_ID = 'A0APP';

let counter = 0;
/** A fresh Slack timestamp ("1700000000.000123"). */
export function nextTs(): string {
  counter += 1;
  return `1700000000.${String(counter).padStart(6, '0')}`;
}
export function nextEventId(): string {
  counter += 1;
  return `Ev${String(counter).padStart(8, '0')}`;
}

export type SlackEvent = Record<string, unknown> & { type: string };

/** The Events API envelope around `event`. */
export function envelope(event: SlackEvent, eventId = nextEventId()): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: APP_ID,
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

/** A direct message to the bot (message.im). */
export function dm(text: string, extra: Record<string, unknown> = {}): SlackEvent {
  return { type: 'message', channel: DM_CHANNEL, channel_type: 'im', user: HUMAN, text, ts: nextTs(), team: TEAM_ID, ...extra };
}

/** An @mention of the bot in a channel (app_mention); the text gets the mention prefix. */
export function mention(text: string, extra: Record<string, unknown> = {}): SlackEvent {
  return { type: 'app_mention', channel: CHANNEL, user: HUMAN, text: `<@${BOT_USER_ID}> ${text}`, ts: nextTs(), team: TEAM_ID, ...extra };
}

/** A message in a channel without a mention (only seen if message.channels were subscribed). */
export function channelMessage(text: string, extra: Record<string, unknown> = {}): SlackEvent {
  return { type: 'message', channel: CHANNEL, channel_type: 'channel', user: HUMAN, text, ts: nextTs(), ...extra };
}

export function botMessage(text: string): SlackEvent {
  return { type: 'message', subtype: 'bot_message', channel: DM_CHANNEL, channel_type: 'im', bot_id: 'B0OTHER', text, ts: nextTs() };
}

export function editedMessage(text: string): SlackEvent {
  const ts = nextTs();
  return {
    type: 'message',
    subtype: 'message_changed',
    channel: DM_CHANNEL,
    channel_type: 'im',
    hidden: true,
    ts: nextTs(),
    message: { type: 'message', user: HUMAN, text, ts, edited: { user: HUMAN, ts: nextTs() } },
    previous_message: { type: 'message', user: HUMAN, text: 'old', ts },
  };
}

export interface ClickOptions {
  actionId: string;
  value: string;
  /** Where the clicked message is. Omit for a Home tab click. */
  channel?: string;
  messageTs?: string;
  threadTs?: string;
  blocks?: unknown[];
  text?: string;
  ephemeral?: boolean;
  responseUrl: string;
  /** Who clicks (default HUMAN). */
  userId?: string;
  /** For a Home tab click: the view's private_metadata and blocks. */
  view?: { private_metadata?: string; blocks?: unknown[] };
}

/** A block_actions payload for a button click, as Slack posts it (form field `payload`). */
export function blockActions(o: ClickOptions): Record<string, unknown> {
  const action = { type: 'button', action_id: o.actionId, block_id: 'b1', text: { type: 'plain_text', text: 'x' }, value: o.value, action_ts: nextTs() };
  const base = {
    type: 'block_actions',
    user: { id: o.userId ?? HUMAN, username: 'pat', name: 'pat', team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: 'legacy-verification-token',
    trigger_id: '111.222.abc',
    team: { id: TEAM_ID, domain: 'test' },
    enterprise: null,
    is_enterprise_install: false,
    response_url: o.responseUrl,
    actions: [action],
  };
  if (!o.channel) {
    return {
      ...base,
      container: { type: 'view', view_id: 'V0HOME' },
      view: { id: 'V0HOME', type: 'home', blocks: o.view?.blocks ?? [], private_metadata: o.view?.private_metadata ?? '', callback_id: '', state: { values: {} }, hash: 'h1' },
    };
  }
  const messageTs = o.messageTs ?? nextTs();
  if (o.ephemeral) {
    return { ...base, container: { type: 'message', message_ts: messageTs, channel_id: o.channel, is_ephemeral: true }, channel: { id: o.channel, name: 'x' } };
  }
  return {
    ...base,
    container: { type: 'message', message_ts: messageTs, channel_id: o.channel, is_ephemeral: false, ...(o.threadTs ? { thread_ts: o.threadTs } : {}) },
    channel: { id: o.channel, name: 'x' },
    message: {
      type: 'message',
      user: BOT_USER_ID,
      bot_id: BOT_ID,
      ts: messageTs,
      text: o.text ?? 'answer',
      blocks: o.blocks ?? [],
      ...(o.threadTs ? { thread_ts: o.threadTs } : {}),
    },
  };
}

/** Slash command form fields. */
export function slashCommand(text: string, responseUrl: string, options: { command?: string; userId?: string; channel?: string } = {}): Record<string, string> {
  const command = options.command ?? '/iot-or-m2m';
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'test',
    channel_id: options.channel ?? CHANNEL,
    channel_name: 'general',
    user_id: options.userId ?? HUMAN,
    user_name: 'pat',
    command,
    text,
    api_app_id: APP_ID,
    response_url: responseUrl,
    trigger_id: '111.222.abc',
  };
}

/** A new workspace member (team_join carries the whole user object). */
export function teamJoin(user: Record<string, unknown> = {}): SlackEvent {
  return {
    type: 'team_join',
    user: { id: 'U0NEWBIE', team_id: TEAM_ID, name: 'newbie', real_name: 'New Person', deleted: false, is_bot: false, is_app_user: false, profile: { display_name: 'newbie' }, ...user },
    event_ts: nextTs(),
  };
}

/** Someone joined a channel the bot is in. */
export function memberJoinedChannel(channel: string, user = 'U0NEWBIE'): SlackEvent {
  return { type: 'member_joined_channel', user, channel, channel_type: 'C', team: TEAM_ID, event_ts: nextTs() };
}
