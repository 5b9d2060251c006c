/**
 * Workspace settings from App Home: whoever installed the app and the
 * workspace's admins see its settings and change them in a form. Who may is
 * checked here, on the click and again on the submission; a refused attempt
 * is logged. The environment's settings are the defaults until a workspace
 * saves its own.
 */
import type { App, ViewSubmitAction } from '@slack/bolt';
import { CHANNEL_ID, USER_ID } from '../../../slackIds.js';
import { maySetUp, MAX_ADMINS, type WorkspaceSettings } from '../../../workspaceSettings.js';
import type { KnownBlock } from '../../plumbing/blockKit.js';
import { describeError } from '../../plumbing/describeError.js';
import type { FeatureContext } from '../../plumbing/featureContext.js';
import { EDIT_SETTINGS_ACTION, FIELDS, INPUT, SETTINGS_VIEW, settingsModal, settingsSection } from './settingsBlocks.js';

/** The settings section of the Home tab: for the installer and the admins, nothing for everyone else. */
export function settingsSectionFor(settings: WorkspaceSettings, userId: string): KnownBlock[] {
  return maySetUp(settings, userId) ? settingsSection(settings) : [];
}

export function register(app: App, context: FeatureContext): void {
  const { services, settings, links } = context;
  const refused = (what: string) => services.logger.warn('slack.settings_refused', { action: what, reason: 'not the installer or an admin of this workspace' });

  context.clicks.on(app, EDIT_SETTINGS_ACTION, async ({ ack, body, client }) => {
    await ack();
    if (!maySetUp(settings, body.user.id)) return refused('open');
    const home = typeof body.view?.private_metadata === 'string' ? body.view.private_metadata : '';
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: settingsModal(settings, home) });
    } catch (error) {
      services.logger.error('slack.settings_failed', { error: describeError(error) });
    }
  });

  app.view<ViewSubmitAction>(SETTINGS_VIEW, async ({ ack, body, view, client }) => {
    const userId = body.user.id;
    if (!maySetUp(settings, userId)) {
      refused('save');
      await ack({ response_action: 'errors', errors: { [FIELDS.admins]: 'Only the person who installed the app here and its admins can change these settings.' } });
      return;
    }
    const next = readSettings(view.state.values, settings);
    if ('error' in next) {
      await ack({ response_action: 'errors', errors: { [next.field]: next.error } });
      return;
    }
    const saved = await context.workspaceSettings.save(services.workspace, next);
    if (!saved) {
      await ack({ response_action: 'errors', errors: { [FIELDS.admins]: 'Not saved: the database did not save it. Try again in a moment; nothing you picked is lost.' } });
      return;
    }
    await ack();
    services.logger.info('slack.settings_saved', { admins: next.adminUserIds.length, welcome: next.welcomeNewMembers, onboarding: Boolean(next.onboardingChannel) });
    await links.refreshHome({ services, client }, userId, view.private_metadata);
  });
}

type Values = ViewSubmitAction['view']['state']['values'];

/** The settings the form holds, over `current` (the installer is kept); or why they cannot be saved. */
export function readSettings(values: Values, current: WorkspaceSettings): WorkspaceSettings | { field: string; error: string } {
  const admins = values[FIELDS.admins]?.[INPUT]?.selected_users ?? [];
  if (!admins.every((id) => USER_ID.test(id)) || admins.length > MAX_ADMINS) return { field: FIELDS.admins, error: `Pick at most ${MAX_ADMINS} people.` };
  if (admins.length === 0 && !current.installerUserId) return { field: FIELDS.admins, error: 'Keep at least one admin, or nobody could change these settings again.' };
  const channel = values[FIELDS.onboarding]?.[INPUT]?.selected_conversation ?? undefined;
  if (channel && !CHANNEL_ID.test(channel)) return { field: FIELDS.onboarding, error: 'Pick a channel, not a direct message.' };
  const welcome = values[FIELDS.welcome]?.[INPUT]?.selected_option?.value;
  const next: WorkspaceSettings = { adminUserIds: [...new Set(admins)], welcomeNewMembers: welcome ? welcome === 'on' : current.welcomeNewMembers };
  if (channel) next.onboardingChannel = channel;
  if (current.installerUserId) next.installerUserId = current.installerUserId;
  return next;
}
