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

/**
 * Global middleware: an event whose event_id was already handled is dropped.
 * Events API requests are acknowledged by Bolt before middleware runs, so a
 * dropped retry is still acked and Slack stops retrying.
 */
export function dropDuplicateEvents(recent: RecentIds, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id === 'string' && recent.seen(id)) {
      logger.info('slack.duplicate_event', { event_id: id, retry_num: context.retryNum, retry_reason: context.retryReason });
      return;
    }
    await next();
  };
}
