/**
 * Workspace settings' Block Kit: the Home tab section that shows them to
 * whoever may change them, and the form that changes them. Pure. Only ids
 * picked in Slack's own user and channel pickers are shown, as Slack
 * mentions; no typed text.
 */
import type { types } from '@slack/bolt';
import { CHANNEL_ID, USER_ID } from '../../../slackIds.js';
import { MAX_ADMINS, type WorkspaceSettings } from '../../../workspaceSettings.js';
import { actions, button, context, divider, plainText, privateMetadata, sections, selectOption, type KnownBlock } from '../../plumbing/blockKit.js';

export const EDIT_SETTINGS_ACTION = 'settings:edit';
export const SETTINGS_VIEW = 'workspace_settings';
/** Block ids of the form's inputs; each input's action id is INPUT. */
export const FIELDS = { admins: 'admins', onboarding: 'onboarding', welcome: 'welcome' } as const;
export const INPUT = 'value';

const ON = selectOption('Yes: send the welcome message to people who join the workspace', 'on');
const OFF = selectOption('No', 'off');

/** The Home tab's settings section, for the installer and the admins. */
export function settingsSection(settings: WorkspaceSettings): KnownBlock[] {
  const admins = settings.adminUserIds.filter((id) => USER_ID.test(id)).map((id) => `<@${id}>`);
  const channel = settings.onboardingChannel && CHANNEL_ID.test(settings.onboardingChannel) ? `<#${settings.onboardingChannel}>` : 'none';
  return [
    divider(),
    ...sections(
      [
        '*Workspace settings* (only admins see this)',
        `• *Admins:* ${admins.length > 0 ? admins.join(', ') : 'none yet'}`,
        `• *Welcome message* to people who join the workspace: ${settings.welcomeNewMembers ? 'on' : 'off'}`,
        `• *Onboarding channel* (people who join it get the welcome message too): ${channel}`,
      ].join('\n'),
      'settings_summary',
    ),
    actions([button({ text: 'Change settings', actionId: EDIT_SETTINGS_ACTION, accessibilityLabel: 'Change the admins, the welcome message and the onboarding channel' })], 'settings_actions'),
    ...(settings.installerUserId ? [context(`<@${settings.installerUserId}> installed the app here and can always change these settings.`, 'settings_installer')] : []),
  ];
}

/** The form: admins, welcome message on or off, onboarding channel. */
export function settingsModal(settings: WorkspaceSettings, homeState: string): types.ModalView {
  const admins = settings.adminUserIds.filter((id) => USER_ID.test(id));
  return {
    type: 'modal',
    callback_id: SETTINGS_VIEW,
    private_metadata: privateMetadata(homeState),
    title: plainText('Workspace settings'),
    submit: plainText('Save'),
    close: plainText('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: FIELDS.admins,
        label: plainText('Admins'),
        optional: true,
        element: { type: 'multi_users_select', action_id: INPUT, max_selected_items: MAX_ADMINS, placeholder: plainText('Pick people'), ...(admins.length > 0 ? { initial_users: admins } : {}) },
        hint: plainText('They see the knowledge gaps and stats, teach the bot, and can change these settings.'),
      },
      {
        type: 'input',
        block_id: FIELDS.welcome,
        label: plainText('Welcome message'),
        element: { type: 'radio_buttons', action_id: INPUT, options: [ON, OFF], initial_option: settings.welcomeNewMembers ? ON : OFF },
      },
      {
        type: 'input',
        block_id: FIELDS.onboarding,
        label: plainText('Onboarding channel'),
        optional: true,
        element: {
          type: 'conversations_select',
          action_id: INPUT,
          placeholder: plainText('Pick a channel'),
          filter: { include: ['public', 'private'], exclude_bot_users: true },
          ...(settings.onboardingChannel ? { initial_conversation: settings.onboardingChannel } : {}),
        },
        hint: plainText('People who join it get the welcome message too. Invite the bot to the channel, or Slack does not tell it who joins.'),
      },
    ],
  };
}
