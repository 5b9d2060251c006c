/** What every handler gets, and the one way handlers report a failure to the user. */
import { errorMessage } from '../blocks/messages.js';
import type { Services } from '../services.js';
import { describeError } from './errors.js';
import { deliver, type Delivery, type Place } from './place.js';

export type Surface = 'dm' | 'mention' | 'command' | 'click' | 'chooser' | 'quiz';

export interface HandlerDeps extends Delivery {
  services: Services;
}

/**
 * Runs `work`; if it throws, logs the error and tells the user something
 * went wrong at `place` (best effort: that post may fail too, and is logged).
 */
export async function withErrorReply(deps: HandlerDeps, place: Place, surface: Surface, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    deps.services.logger.error('slack.handler_failed', { surface, error: describeError(error) });
    try {
      await deliver(deps, place, errorMessage());
    } catch (again) {
      deps.services.logger.error('slack.error_reply_failed', { surface, error: describeError(again) });
    }
  }
}
