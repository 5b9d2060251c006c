/**
 * Which button clicks some feature handles. Features register their clicks
 * here, which also records the action ids, so that a click nobody handles
 * (a button on a message from an older version of the app) is still
 * acknowledged and answered instead of timing out with an error in Slack.
 */
import type { AllMiddlewareArgs, AnyMiddlewareArgs, App, BlockAction, BlockElementAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../log.js';
import { outdatedClickMessage } from './commonMessages.js';
import { describeError } from './describeError.js';
import { clickFromAction, notify, type ActionSource } from './delivery.js';

export type ClickArgs<A extends BlockElementAction = ButtonAction> = SlackActionMiddlewareArgs<BlockAction<A>> & AllMiddlewareArgs;

type Route = { actionId: string | RegExp; listener: (args: ClickArgs<BlockElementAction>) => Promise<void> };

/**
 * Every route shares one Bolt listener that picks the route by action_id:
 * Bolt runs each listener's middleware for every request, so a listener per
 * button would cost every message the app receives.
 */
export class ClickRoutes {
  private readonly routes: Route[] = [];
  private listeningOn: App | undefined;

  /** Handles clicks (or picks, for a select) whose action_id is `actionId` (or matches it). */
  on<A extends BlockElementAction = ButtonAction>(app: App, actionId: string | RegExp, listener: (args: ClickArgs<A>) => Promise<void>): void {
    if (this.listeningOn && this.listeningOn !== app) throw new Error('one ClickRoutes serves one app: create another for a second app');
    // The action_id decides which element sent the click, so the route's listener gets its own kind of action.
    this.routes.push({ actionId, listener: listener as unknown as Route['listener'] });
    if (this.listeningOn) return;
    this.listeningOn = app;
    app.action<BlockAction<BlockElementAction>>({ type: 'block_actions' }, async (args) => {
      await this.routeOf(args.action.action_id)?.listener(args);
    });
  }

  knows(actionId: string): boolean {
    return this.routeOf(actionId) !== undefined;
  }

  private routeOf(actionId: string): Route | undefined {
    return this.routes.find((route) => (typeof route.actionId === 'string' ? route.actionId === actionId : route.actionId.test(actionId)));
  }
}

/** Global middleware: acknowledges a click no feature handles and tells the person the message is out of date. */
export function answerUnknownClicks(routes: ClickRoutes, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as { type?: unknown; actions?: { action_id?: unknown }[] };
    const ids = body.type === 'block_actions' && Array.isArray(body.actions) ? body.actions.map((a) => (typeof a.action_id === 'string' ? a.action_id : '')) : [];
    if (ids.length === 0 || ids.some((id) => routes.knows(id))) {
      await args.next();
      return;
    }
    const { ack, respond } = args as Partial<ClickArgs>;
    await ack?.();
    logger.warn('slack.unknown_click', { action: (ids[0] ?? '').slice(0, 100) });
    try {
      await notify({ client: args.client, ...(respond ? { respond } : {}) }, clickFromAction(body as unknown as ActionSource), outdatedClickMessage());
    } catch (error) {
      logger.error('slack.unknown_click_reply_failed', { error: describeError(error) });
    }
  };
}
