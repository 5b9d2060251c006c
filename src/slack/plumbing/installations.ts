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
/** @slack/oauth refreshes a rotating token this close to its expiry (its EXPIRY_WINDOW), in seconds. */
const REFRESH_WINDOW_S = 7200;
/** How long other requests of a workspace wait for one refreshing its token before going on without it. */
const REFRESH_WAIT_MS = 10_000;

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
  /** Per workspace, the fetch in progress: concurrent requests share one read. */
  private readonly reading = new Map<string, Promise<Installation>>();
  /**
   * Per workspace, a token refresh under way. Token rotation is off in the
   * manifest; were it turned on, @slack/oauth would refresh an expiring
   * token in every request that fetched it, and concurrent refreshes can
   * leave a stored installation with a spent token (node-slack-sdk#2504).
   * So the one request handed an expiring installation refreshes it, and
   * the others of that workspace wait for it to be stored, in this process.
   */
  private readonly refreshing = new Map<string, { done: Promise<void>; release: () => void }>();

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
    this.refreshing.get(team)?.release();
    await this.settings.installed(team, installation.user?.id);
    // Never the installation itself: it holds the tokens.
    this.logger.info('slack.installed', { team });
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const team = query.teamId;
    if (query.isEnterpriseInstall || !team) throw new InstallRefused('enterprise_install', 'org-wide (Enterprise Grid) installs are not supported');
    await this.refreshing.get(team)?.done;
    const installation = await this.current(team);
    if (expiring(installation)) this.awaitRefresh(team);
    return installation;
  }

  private current(team: string): Promise<Installation> {
    const cached = this.cache.get(team);
    if (cached && cached.until > Date.now()) return Promise.resolve(cached.installation);
    let reading = this.reading.get(team);
    if (!reading) {
      reading = this.read(team).finally(() => this.reading.delete(team));
      this.reading.set(team, reading);
    }
    return reading;
  }

  /** Holds the workspace's other requests until the refreshed installation is stored (or REFRESH_WAIT_MS passes). */
  private awaitRefresh(team: string): void {
    let release = () => {};
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, REFRESH_WAIT_MS);
      timer.unref();
      release = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => {
      if (this.refreshing.get(team)?.done === done) this.refreshing.delete(team);
    });
    this.refreshing.set(team, { done, release });
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

/** Whether @slack/oauth will refresh this installation's bot token before using it. */
function expiring(installation: Installation): boolean {
  const bot = installation.bot;
  return Boolean(bot?.refreshToken && typeof bot.expiresAt === 'number' && bot.expiresAt - Date.now() / 1000 <= REFRESH_WINDOW_S);
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
