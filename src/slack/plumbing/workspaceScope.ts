/**
 * Which workspace a request is for, and that workspace's settings: a global
 * middleware runs the rest of the request inside both, so a feature's
 * `services` (store, knowledge, teaching) and `settings` are the workspace's
 * own without being passed around. A single-workspace app serves workspace
 * '' whatever team a request names, so its data stays where it always was.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { SlackFeatures } from '../../config.js';
import type { Services } from '../../services.js';
import type { WorkspaceSettings, WorkspaceSettingsCache } from '../../workspaceSettings.js';

const current = new AsyncLocalStorage<WorkspaceSettings>();

/** The team a request comes from: Bolt's context, else the payload's. */
export function teamOf(body: unknown, context: { teamId?: string | undefined }): string | undefined {
  if (context.teamId) return context.teamId;
  const b = body as { team_id?: unknown; team?: { id?: unknown } | null; user?: { team_id?: unknown } | null } | null;
  for (const id of [b?.team_id, b?.team?.id, b?.user?.team_id]) if (typeof id === 'string' && id) return id;
  return undefined;
}

export function workspaceScope(services: Services, settings: WorkspaceSettingsCache, multiWorkspace: boolean): Middleware<AnyMiddlewareArgs> {
  if (!multiWorkspace) {
    // One workspace: nothing to tell apart, so no async context (it costs every promise of the process on Node 20).
    // The settings are read before the request, so currentSettings() finds them fresh.
    return async ({ next }) => {
      await settings.get('');
      await next();
    };
  }
  return async ({ body, context, next }) => {
    const workspace = teamOf(body, context) ?? '';
    await services.inWorkspace(workspace, async () => {
      // The first request of a workspace reads what its admins taught; later ones find it loaded.
      await services.teaching.loaded();
      await current.run(await settings.get(workspace), next);
    });
  };
}

/**
 * Settings that always read those of the request being handled (with one
 * workspace, its settings as last read; before any: `defaults`), for the
 * features to keep as one object.
 */
export function currentSettings(defaults: SlackFeatures, cache: WorkspaceSettingsCache): WorkspaceSettings {
  const now = (): WorkspaceSettings => current.getStore() ?? cache.known('') ?? defaults;
  return {
    get adminUserIds() {
      return now().adminUserIds;
    },
    get welcomeNewMembers() {
      return now().welcomeNewMembers;
    },
    get onboardingChannel() {
      return now().onboardingChannel;
    },
    get installerUserId() {
      return now().installerUserId;
    },
  };
}
