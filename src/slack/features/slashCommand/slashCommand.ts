/**
 * The slash command, `/iot-or-m2m <text>`: the text is read by the command
 * grammar (src/commands.ts) and run by the feature that owns the command.
 * Every reply is ephemeral, through response_url. Help is this feature's own.
 */
import type { App } from '@slack/bolt';
import type { SlackFeatures } from '../../../config.js';
import { parseCommand, runCommand } from '../../../commands.js';
import { questionFromMrkdwn } from '../../../mrkdwn.js';
import { SLASH_COMMAND } from '../../plumbing/capabilities.js';
import { deliver } from '../../plumbing/delivery.js';
import { withErrorReply, type CommandRequest, type FeatureContext } from '../../plumbing/featureContext.js';
import { helpMessage } from './slashCommandBlocks.js';

export function register(app: App, context: FeatureContext): void {
  const { services, links } = context;
  app.command(SLASH_COMMAND, async ({ ack, command, client, respond }) => {
    await ack();
    const parsed = parseCommand(questionFromMrkdwn(command.text));
    services.logger.info('slack.command', { route: parsed.kind });
    const request: CommandRequest = { services, client, respond, place: { kind: 'ephemeral' }, userId: command.user_id, ...(command.team_id ? { teamId: command.team_id } : {}), surface: 'command' };
    await runCommand(links.commands, request, parsed);
  });
}

/** The "help" command: usage, with the admin commands for admins. */
export async function onHelpCommand(request: CommandRequest, settings: Pick<SlackFeatures, 'adminUserIds'>): Promise<void> {
  await withErrorReply(request, request.place, request.surface, async () => {
    await deliver(request, request.place, helpMessage(SLASH_COMMAND, { admin: settings.adminUserIds.includes(request.userId) }));
  });
}
