/**
 * Where a reply goes, decided from the Slack payload by pure functions, and
 * the few ways of sending it there: post, replace the clicked message, a
 * private note.
 */
import type { RespondFn, webApi } from '@slack/bolt';
import { withFreshBlockIds, type Message } from './blockKit.js';

export type Place =
  /** A channel or DM, optionally inside a thread. */
  | { kind: 'channel'; channel: string; threadTs?: string }
  /** Only the clicking/typing user sees it: through the payload's response_url. */
  | { kind: 'ephemeral' }
  /** The user's DM with the bot, opened on demand (clicks on the Home tab). */
  | { kind: 'dm'; user: string };

/** A direct message: answered in the DM, inside the thread if the message was in one. */
export function placeForDirectMessage(event: { channel: string; thread_ts?: string }): Place {
  return { kind: 'channel', channel: event.channel, ...(event.thread_ts ? { threadTs: event.thread_ts } : {}) };
}

/** A mention: answered in a thread under it, or in the thread it is already in. */
export function placeForMention(event: { channel: string; ts: string; thread_ts?: string }): Place {
  return { kind: 'channel', channel: event.channel, threadTs: event.thread_ts ?? event.ts };
}

/** The parts of a block_actions payload that say who clicked and where the clicked button was. */
export interface ActionSource {
  user: { id: string; team_id?: string };
  team?: { id?: string } | null;
  container?: { type?: string; channel_id?: string; message_ts?: string; thread_ts?: string; is_ephemeral?: boolean };
  channel?: { id: string };
  message?: { ts: string; thread_ts?: string };
  view?: { type?: string; private_metadata?: string };
}

/**
 * A click is answered where the clicked message is: the same channel and
 * thread, ephemerally for an ephemeral message, and in the DM for the Home tab.
 */
export function placeForAction(body: ActionSource): Place {
  if (body.container?.is_ephemeral) return { kind: 'ephemeral' };
  const channel = body.container?.channel_id ?? body.channel?.id;
  if (!channel) return { kind: 'dm', user: body.user.id };
  const ts = body.message?.ts ?? body.container?.message_ts;
  const thread = body.message?.thread_ts ?? body.container?.thread_ts;
  // A top-level message that has replies carries thread_ts === ts: it is not inside a thread.
  return { kind: 'channel', channel, ...(thread && thread !== ts ? { threadTs: thread } : {}) };
}

/** The clicked message, to replace it in place. */
export type MessageRef =
  /** An ephemeral message: replaced through the click's response_url. */
  | { kind: 'ephemeral' }
  /** A message the bot posted: replaced with chat.update. */
  | { kind: 'message'; channel: string; ts: string }
  /** A Home tab button: there is no message to replace. */
  | { kind: 'view' };

export function messageRefForAction(body: ActionSource): MessageRef {
  if (body.container?.is_ephemeral) return { kind: 'ephemeral' };
  const channel = body.container?.channel_id ?? body.channel?.id;
  const ts = body.message?.ts ?? body.container?.message_ts;
  if (body.container?.type !== 'view' && channel && ts) return { kind: 'message', channel, ts };
  return { kind: 'view' };
}

/** Everything a click handler needs to know about where and by whom a button was clicked. */
export interface Click {
  userId: string;
  teamId?: string;
  /** Where new messages go (the same conversation, ephemerally, or the DM for the Home tab). */
  place: Place;
  /** The clicked message, for updates in place. */
  ref: MessageRef;
  /** The conversation the clicked message is in, when there is one. */
  channelId?: string;
}

export function clickFromAction(body: ActionSource): Click {
  const teamId = body.team?.id ?? body.user.team_id;
  const channelId = body.container?.type === 'view' ? undefined : (body.container?.channel_id ?? body.channel?.id);
  return {
    userId: body.user.id,
    ...(teamId ? { teamId } : {}),
    place: placeForAction(body),
    ref: messageRefForAction(body),
    ...(channelId ? { channelId } : {}),
  };
}

export interface Delivery {
  client: webApi.WebClient;
  /** Required for ephemeral places. */
  respond?: RespondFn;
}

/** Posts `message` at `place`. Returns where it went (channel and ts), when known. */
export async function deliver({ client, respond }: Delivery, place: Place, message: Message): Promise<{ channel?: string; ts?: string }> {
  switch (place.kind) {
    case 'ephemeral': {
      if (!respond) throw new Error('an ephemeral reply needs a response_url');
      await respond({ response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks });
      return {};
    }
    case 'dm': {
      const opened = await pastRateLimit(() => client.conversations.open({ users: place.user }));
      const channel = opened.channel?.id;
      if (!channel) throw new Error('conversations.open returned no channel');
      return deliver({ client }, { kind: 'channel', channel }, message);
    }
    case 'channel': {
      const posted = await pastRateLimit(() =>
        client.chat.postMessage({
        channel: place.channel,
        text: message.text,
        blocks: message.blocks,
        ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
          // Never unfurl links in answers, never turn names into mentions.
          unfurl_links: false,
          unfurl_media: false,
        }),
      );
      return { ...(posted.channel ? { channel: posted.channel } : {}), ...(posted.ts ? { ts: posted.ts } : {}) };
    }
  }
}

/**
 * Replaces the clicked message by `message`: through response_url for an
 * ephemeral message, chat.update for a bot message. A Home tab button has no
 * message to replace, so `message` is posted in the user's DM, where later
 * clicks update it with chat.update. This is how the chooser and the quiz
 * move from step to step.
 */
export async function replaceMessage(delivery: Delivery, ref: MessageRef, userId: string, message: Message): Promise<void> {
  switch (ref.kind) {
    case 'ephemeral': {
      if (!delivery.respond) throw new Error('replacing an ephemeral message needs a response_url');
      await delivery.respond({ replace_original: true, text: message.text, blocks: withFreshBlockIds(message.blocks) });
      return;
    }
    case 'message':
      await pastRateLimit(() => delivery.client.chat.update({ channel: ref.channel, ts: ref.ts, text: message.text, blocks: withFreshBlockIds(message.blocks) }));
      return;
    case 'view':
      await deliver(delivery, { kind: 'dm', user: userId }, message);
      return;
  }
}

/**
 * A short note only the clicking user sees, below the clicked message:
 * ephemeral through response_url when the click has one, else at `place`.
 */
export async function notify(delivery: Delivery, click: Click, message: Message): Promise<void> {
  await deliver(delivery, delivery.respond && click.ref.kind !== 'view' ? { kind: 'ephemeral' } : click.place, message);
}

/**
 * A message only `userId` sees, in a channel and, when `place` is inside a
 * thread, in that thread (chat.postEphemeral; response_url would drop the thread).
 */
export async function postEphemeral(delivery: Delivery, place: Extract<Place, { kind: 'channel' }>, userId: string, message: Message): Promise<void> {
  await pastRateLimit(() =>
    delivery.client.chat.postEphemeral({
      channel: place.channel,
      user: userId,
      text: message.text,
      blocks: message.blocks,
      ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
    }),
  );
}

/** The longest Retry-After one reply waits out; beyond it the call fails, and the person is told. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 30;

/**
 * Runs a Web API call; when Slack rate-limits it (HTTP 429), waits the
 * Retry-After it gives and tries once more. Only this call waits: the client
 * rejects rate-limited calls instead of pausing every call it makes.
 */
export async function pastRateLimit<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const e = error as { code?: unknown; retryAfter?: unknown } | null;
    const wait = e?.code === 'slack_webapi_rate_limited_error' && typeof e.retryAfter === 'number' ? e.retryAfter : undefined;
    if (wait === undefined || wait > MAX_RATE_LIMIT_WAIT_SECONDS) throw error;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait) * 1000));
    return call();
  }
}
