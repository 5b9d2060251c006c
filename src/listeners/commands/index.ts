/** The slash command. Thin: ack, then route the text (src/slack/commands.ts) and respond ephemerally. */
import type { App } from '@slack/bolt';
import type { SlackFeatures } from '../../config.js';
import type { Services } from '../../services.js';
import { SLASH_COMMAND } from '../../slack/capabilities.js';
import { handleCommand } from '../../slack/handlers.js';
import { slackToQuestion } from '../../slack/text.js';

export function register(app: App, services: Services, features: SlackFeatures): void {
  app.command(SLASH_COMMAND, async ({ ack, command, client, respond }) => {
    await ack();
    await handleCommand(
      { services, client, respond },
      { text: slackToQuestion(command.text), userId: command.user_id, ...(command.team_id ? { teamId: command.team_id } : {}) },
      features,
    );
  });
}
