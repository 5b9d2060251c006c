/**
 * What every Slack feature is given: the shared core, the team's settings,
 * the click routes, and links to what other features offer (wired by
 * slackApp.ts, so that no feature imports another). Also the one way a
 * handler reports a failure to the person.
 */
import type { CommandHandlers } from '../../commands.js';
import type { WorkspaceSettings, WorkspaceSettingsCache } from '../../workspaceSettings.js';
import type { Services } from '../../services.js';
import type { KnownBlock, Message } from './blockKit.js';
import type { ClickRoutes } from './clickRoutes.js';
import { errorMessage } from './commonMessages.js';
import { describeError } from './describeError.js';
import { deliver, type Delivery, type Place } from './delivery.js';

export type Surface = 'dm' | 'mention' | 'command' | 'click' | 'chooser' | 'quiz';

/** One request being handled: the core, and how to reach Slack for it. */
export interface RequestContext extends Delivery {
  services: Services;
}

/** A command typed by a person (the slash command, a DM, a mention), with where its reply goes. */
export interface CommandRequest extends RequestContext {
  place: Place;
  userId: string;
  teamId?: string;
  surface: Surface;
}

/** What a feature offers the others. */
export interface FeatureLinks {
  /** Every command of the grammar (src/commands.ts): chooser, quiz, help, stats, question. */
  commands: CommandHandlers<CommandRequest, Promise<void>>;
  /** Ask: the answer message for one entry, or null for an unknown id. With `asked`, votes on it count for that question. */
  answerEntry(services: Services, entryId: string, asked?: string): Message | null;
  /** Feedback: the 👍/👎 area under an answer. */
  voteButtons(vote: { entryId: string; question: string; confidence: number }): KnownBlock[];
  /** Home: re-publishes a person's Home tab with their last quiz score. */
  showQuizScore(request: RequestContext, userId: string, score: { score: number; total: number }): Promise<void>;
  /** Home: re-publishes a person's Home tab, keeping its state (the view's private_metadata). */
  refreshHome(request: RequestContext, userId: string, homeState: string): Promise<void>;
  /** Settings and teach: the admins' part of the Home tab (workspace settings, knowledge gaps, what was taught); nothing for everyone else. */
  adminSections(services: Services, userId: string): Promise<KnownBlock[]>;
}

export interface FeatureContext {
  services: Services;
  /** The settings of the workspace of the request being handled (its own, over the environment's). */
  settings: WorkspaceSettings;
  /** Where each workspace's settings are read and saved. */
  workspaceSettings: WorkspaceSettingsCache;
  clicks: ClickRoutes;
  links: FeatureLinks;
}

/**
 * Runs `work`; if it throws, logs the error and tells the person something
 * went wrong at `place` (best effort: that post may fail too, and is logged).
 */
export async function withErrorReply(request: RequestContext, place: Place, surface: Surface, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    request.services.logger.error('slack.handler_failed', { surface, error: describeError(error) });
    try {
      await deliver(request, place, errorMessage());
    } catch (again) {
      request.services.logger.error('slack.error_reply_failed', { surface, error: describeError(again) });
    }
  }
}
