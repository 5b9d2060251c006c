/** Slack redelivers events (x-slack-retry-num); each event_id is answered once. */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../log.js';

/** A bounded set of recently seen ids; the oldest is forgotten first. */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(readonly capacity = 1000) {}

  /** True when `id` was seen before; otherwise remembers it and returns false. */
  seen(id: string): boolean {
    if (this.ids.has(id)) return true;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return false;
  }

  get size(): number {
    return this.ids.size;
  }
}

/** Where claims on events are kept: the shared store, which answers undefined when it cannot tell. */
export interface EventClaims {
  claim(keys: readonly string[]): Promise<boolean | undefined>;
}

/**
 * The keys an event is claimed under: its event_id, and for a message also
 * its channel and ts, since Slack sometimes sends one message again under a
 * new event_id.
 */
export function claimKeys(body: unknown): string[] {
  const envelope = body as { event_id?: unknown; event?: { type?: unknown; channel?: unknown; ts?: unknown } } | null;
  const keys: string[] = [];
  if (typeof envelope?.event_id === 'string') keys.push(`event:${envelope.event_id}`);
  const event = envelope?.event;
  if ((event?.type === 'message' || event?.type === 'app_mention') && typeof event.channel === 'string' && typeof event.ts === 'string') {
    keys.push(`${event.type}:${event.channel}:${event.ts}`);
  }
  return keys;
}

/**
 * Global middleware: an event already claimed is dropped, so each is
 * answered once, whichever process receives it and across restarts (the
 * claims live in the store). When the store cannot tell, the process's own
 * memory of recent events decides, and a warning says so. Events API
 * requests are acknowledged by Bolt before middleware runs, so a dropped
 * retry is still acked and Slack stops retrying.
 */
export function dropDuplicateEvents(claims: EventClaims, recent: RecentIds, logger: Logger): Middleware<AnyMiddlewareArgs> {
  let warned = false;
  return async ({ body, context, next }) => {
    const keys = claimKeys(body);
    if (keys.length > 0) {
      let first = await claims.claim(keys);
      if (first === undefined) {
        if (!warned) logger.warn('slack.dedupe_in_process', { reason: 'the store cannot keep claims', effect: 'retries are recognised only by this process, until it restarts' });
        warned = true;
        first = keys.map((key) => recent.seen(key)).every((seen) => !seen);
      } else {
        // Remembered here too, for the moment the store is unreachable.
        for (const key of keys) recent.seen(key);
      }
      if (!first) {
        logger.info('slack.duplicate_event', { claims: keys.join(' '), retry_num: context.retryNum, retry_reason: context.retryReason });
        return;
      }
    }
    await next();
  };
}
