/** The slash command. Thin: ack, then route the text (src/slack/commands.ts) and respond ephemerally. */
import type { App } from '@slack/bolt';
import { SLASH_COMMAND } from '../../slack/capabilities.js';
import type { SlackServices } from '../../slack/feedback.js';
import { handleCommand } from '../../slack/handlers.js';
import { slackToQuestion } from '../../slack/text.js';

export function register(app: App, services: SlackServices): void {
  app.command(SLASH_COMMAND, async ({ ack, command, client, respond }) => {
    await ack();
    await handleCommand({ services, client, respond }, slackToQuestion(command.text));
  });
}
