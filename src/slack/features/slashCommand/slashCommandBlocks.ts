/** Block Kit for the slash command's own reply: help. Pure. */
import { commandHelp } from '../../../commands.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { actions, context, fallbackText, message, sections, type Message } from '../../plumbing/blockKit.js';
import { startChooserButton, startQuizButton } from '../../plumbing/launchButtons.js';

/** Usage of the slash command, from the command grammar; `command` is its name, e.g. "/iot-or-m2m". Admins also see the admin commands. */
export function helpMessage(command: string, options: { admin?: boolean } = {}): Message {
  const usage = commandHelp(`${command} `, options).map((c) => `• \`${escapeMrkdwn(c.usage)}\` — ${escapeMrkdwn(c.summary)}`);
  const lines = [
    '*iot-or-m2m* answers questions about IoT and M2M, from one article.',
    `• \`${command} &lt;question&gt;\` — an answer only you can see, e.g. \`${command} what does M2M stand for?\``,
    ...usage,
    'You can also send me a direct message, or mention me in a channel and I answer in a thread.',
  ];
  const text = lines.join('\n');
  return message(fallbackText(text), [
    ...sections(text),
    actions([startChooserButton({ style: 'primary' }), startQuizButton()], 'help_actions'),
    context('Answers come with their source and 👍/👎 buttons: tell me what helped. Questions about the app itself go to whoever runs it.'),
  ]);
}
