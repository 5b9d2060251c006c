/** Fixed messages: command help, placeholders and the error notice. Pure. */
import { context, fallbackText, message, sections, type Message } from './kit.js';

/** Usage of the slash command; `command` is its name, e.g. "/iot-or-m2m". */
export function helpMessage(command: string): Message {
  const lines = [
    '*iot-or-m2m* answers questions about IoT and M2M, from one article.',
    `• \`${command} &lt;question&gt;\` — an answer only you can see, e.g. \`${command} what does M2M stand for?\``,
    `• \`${command}\` — work out whether IoT or M2M fits your project (coming soon)`,
    `• \`${command} quiz\` — test what you know in five questions (coming soon)`,
    `• \`${command} help\` — this help`,
    'You can also send me a direct message, or mention me in a channel and I answer in a thread.',
  ];
  const text = lines.join('\n');
  return message(fallbackText(text), [...sections(text), context('Answers come with their source and 👍/👎 buttons: tell me what helped.')]);
}

export type ComingSoon = 'chooser' | 'quiz' | 'stats';

const SOON: Record<ComingSoon, string> = {
  chooser: 'The chooser is coming soon: a few questions about your project, then a recommendation for IoT, M2M or a mix.',
  quiz: 'The quiz is coming soon: five questions to test what you know about IoT and M2M.',
  stats: 'Stats are coming soon.',
};

/** A placeholder for a phase 2 feature, pointing at what works today. */
export function comingSoonMessage(feature: ComingSoon, command: string): Message {
  const text = `${SOON[feature]} Meanwhile, ask me anything: \`${command} what is the difference between IoT and M2M?\``;
  return message(fallbackText(text), sections(text));
}

export const ERROR_TEXT = 'Something went wrong on my side, sorry. Please try again in a moment.';

export function errorMessage(): Message {
  return message(ERROR_TEXT, sections(`:warning: ${ERROR_TEXT}`));
}
