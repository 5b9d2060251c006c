/**
 * OAuth distribution's installations, kept in the store (SQLite or
 * PostgreSQL) rather than @slack/oauth's memory or file stores, and cached
 * in the process for a short time: Bolt asks for one on every request
 * (bolt-js#1998). An uninstall (app_uninstalled, or the bot token revoked)
 * deletes the workspace's installation and every row it had, which Bolt
 * never does by itself (bolt-js#1203).
 */
import type { App, Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Logger } from '../../log.js';
import type { Services } from '../../services.js';
import type { Store } from '../../store/store.js';
import type { WorkspaceSettingsCache } from '../../workspaceSettings.js';
import { describeError } from './describeError.js';

/** How long an installation read from the store is used without reading it again. */
export const INSTALLATION_TTL_MS = 30_000;

/** An install the app does not take, with a code the failure page explains. */
export class InstallRefused extends Error {
  constructor(
    readonly code: 'enterprise_install' | 'store_unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'InstallRefused';
  }
}

export class StoredInstallations implements InstallationStore {
  private readonly cache = new Map<string, { installation: Installation; until: number }>();
  /** Per workspace, the fetch in progress: concurrent requests share one read (and one token refresh, were rotation on). */
  private readonly reading = new Map<string, Promise<Installation>>();

  constructor(
    private readonly store: Store,
    private readonly settings: WorkspaceSettingsCache,
    private readonly logger: Logger,
    private readonly ttlMs = INSTALLATION_TTL_MS,
  ) {}

  async storeInstallation(installation: Installation): Promise<void> {
    // Org-wide installs would need every row keyed by enterprise as well; the install page explains.
    if (installation.isEnterpriseInstall || !installation.team?.id) throw new InstallRefused('enterprise_install', 'org-wide (Enterprise Grid) installs are not supported');
    const team = installation.team.id;
    const saved = await this.store.forWorkspace(team).saveInstallation(JSON.stringify(installation));
    if (!saved.saved) throw new InstallRefused('store_unavailable', 'the database did not save the installation');
    this.cache.set(team, { installation, until: Date.now() + this.ttlMs });
    await this.settings.installed(team, installation.user?.id);
    // Never the installation itself: it holds the tokens.
    this.logger.info('slack.installed', { team });
  }

  fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const team = query.teamId;
    if (query.isEnterpriseInstall || !team) return Promise.reject(new InstallRefused('enterprise_install', 'org-wide (Enterprise Grid) installs are not supported'));
    const cached = this.cache.get(team);
    if (cached && cached.until > Date.now()) return Promise.resolve(cached.installation);
    let reading = this.reading.get(team);
    if (!reading) {
      reading = this.read(team).finally(() => this.reading.delete(team));
      this.reading.set(team, reading);
    }
    return reading;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    if (query.teamId) await this.forget(query.teamId);
  }

  /** Drops the cached installation; the rows are deleted by the uninstall handler. */
  forget(team: string): Promise<void> {
    this.cache.delete(team);
    return Promise.resolve();
  }

  private async read(team: string): Promise<Installation> {
    const json = await this.store.forWorkspace(team).installation();
    if (json === undefined) throw new Error(`the installation of ${team} cannot be read: the database is unavailable`);
    if (json === null) throw new Error(`the app is not installed in workspace ${team}`);
    const installation = JSON.parse(json) as Installation;
    this.cache.set(team, { installation, until: Date.now() + this.ttlMs });
    return installation;
  }
}

/**
 * Deletes a workspace's data when it uninstalls the app, or revokes the bot
 * token: its installation, votes, questions, claims, turns, welcomes,
 * additions, dismissals and settings. Registered in OAuth mode only.
 */
export function deleteOnUninstall(app: App, services: Services, installations: StoredInstallations, settings: WorkspaceSettingsCache, logger: Logger): void {
  const remove = async (reason: string) => {
    const team = services.workspace;
    if (!team) return;
    const deleted = await services.store.deleteWorkspace();
    await installations.forget(team);
    settings.forget(team);
    services.forgetWorkspace(team);
    if (deleted.saved) logger.info('slack.workspace_deleted', { team, reason });
    else logger.error('slack.workspace_delete_failed', { team, reason, fix: 'the database could not be written; the data is deleted at the next uninstall event, or delete the rows with this team_id by hand' });
  };
  app.event('app_uninstalled', async () => {
    try {
      await remove('app_uninstalled');
    } catch (error) {
      logger.error('slack.workspace_delete_failed', { error: describeError(error) });
    }
  });
  app.event('tokens_revoked', async ({ event }) => {
    // Only the bot token matters: without it the app can do nothing in the workspace.
    if ((event.tokens.bot ?? []).length === 0) return;
    try {
      await remove('tokens_revoked');
    } catch (error) {
      logger.error('slack.workspace_delete_failed', { error: describeError(error) });
    }
  });
}
