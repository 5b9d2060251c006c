/**
 * Settings each workspace keeps for itself: its admins, its onboarding
 * channel, whether newcomers get the welcome DM. They are kept in the store
 * as JSON; the environment's settings (ADMIN_USER_IDS, …) are the defaults
 * until a workspace saves its own. Pure apart from the cache, which reads
 * the store.
 */
import type { SlackFeatures } from './config.js';
import { CHANNEL_ID, USER_ID } from './slackIds.js';
import type { Store } from './store/store.js';

export interface WorkspaceSettings extends SlackFeatures {
  /** Who installed the app in this workspace: may always change its settings. */
  installerUserId?: string;
}

/** Admins listed at most: a settings form with more is refused. */
export const MAX_ADMINS = 50;

/** The settings stored as `json`, over `defaults`; anything malformed is left at its default. */
export function parseWorkspaceSettings(json: string | null | undefined, defaults: SlackFeatures): WorkspaceSettings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = json ? JSON.parse(json) : {};
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    // A row edited by hand: the defaults stand.
  }
  const admins = Array.isArray(raw.adminUserIds) ? raw.adminUserIds.filter((id): id is string => typeof id === 'string' && USER_ID.test(id)).slice(0, MAX_ADMINS) : undefined;
  const channel = typeof raw.onboardingChannel === 'string' && CHANNEL_ID.test(raw.onboardingChannel) ? raw.onboardingChannel : undefined;
  const installer = typeof raw.installerUserId === 'string' && USER_ID.test(raw.installerUserId) ? raw.installerUserId : undefined;
  const settings: WorkspaceSettings = {
    adminUserIds: admins ?? defaults.adminUserIds,
    welcomeNewMembers: typeof raw.welcomeNewMembers === 'boolean' ? raw.welcomeNewMembers : defaults.welcomeNewMembers,
  };
  const onboarding = 'onboardingChannel' in raw ? channel : defaults.onboardingChannel;
  if (onboarding) settings.onboardingChannel = onboarding;
  if (installer) settings.installerUserId = installer;
  return settings;
}

export function workspaceSettingsJson(settings: WorkspaceSettings): string {
  return JSON.stringify({
    adminUserIds: settings.adminUserIds,
    welcomeNewMembers: settings.welcomeNewMembers,
    onboardingChannel: settings.onboardingChannel ?? null,
    ...(settings.installerUserId ? { installerUserId: settings.installerUserId } : {}),
  });
}

/** Who may change a workspace's settings: whoever installed the app there, and its admins. */
export function maySetUp(settings: WorkspaceSettings, userId: string): boolean {
  return settings.installerUserId === userId || settings.adminUserIds.includes(userId);
}

/**
 * Each workspace's settings, read from the store at most every `ttlMs`: a
 * change saved on another instance arrives within that time, one saved here
 * at once. When the store cannot be read, the last settings known stand (or
 * the defaults).
 */
export class WorkspaceSettingsCache {
  private readonly cache = new Map<string, { settings: WorkspaceSettings; until: number }>();

  constructor(
    private readonly store: Store,
    private readonly defaults: SlackFeatures,
    private readonly ttlMs = 30_000,
  ) {}

  async get(workspace: string): Promise<WorkspaceSettings> {
    const cached = this.cache.get(workspace);
    if (cached && cached.until > Date.now()) return cached.settings;
    const json = await this.store.forWorkspace(workspace).settings();
    if (json === undefined && cached) return cached.settings;
    const settings = parseWorkspaceSettings(json, this.defaults);
    this.cache.set(workspace, { settings, until: Date.now() + this.ttlMs });
    return settings;
  }

  async save(workspace: string, settings: WorkspaceSettings): Promise<boolean> {
    const saved = await this.store.forWorkspace(workspace).saveSettings(workspaceSettingsJson(settings));
    if (saved.saved) this.cache.set(workspace, { settings, until: Date.now() + this.ttlMs });
    return saved.saved;
  }

  /** A new install: the installer becomes the workspace's first admin, unless it already has settings. */
  async installed(workspace: string, installerUserId: string | undefined): Promise<void> {
    const json = await this.store.forWorkspace(workspace).settings();
    if (json !== null || !installerUserId || !USER_ID.test(installerUserId)) return;
    await this.save(workspace, { ...this.defaults, adminUserIds: [installerUserId], installerUserId });
  }

  /** The settings last read for `workspace`, without reading the store (undefined before the first read). */
  known(workspace: string): WorkspaceSettings | undefined {
    return this.cache.get(workspace)?.settings;
  }

  forget(workspace: string): void {
    this.cache.delete(workspace);
  }
}
