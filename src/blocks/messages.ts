/** Fixed messages: command help, how to ask, stats and the error notice. Pure. */
import { escapeMrkdwn } from '../answers/format.js';
import { chooserActionId, quizActionId } from './actionIds.js';
import { actions, button, context, fallbackText, message, sections, type KnownBlock, type Message } from './kit.js';

/** Usage of the slash command; `command` is its name, e.g. "/iot-or-m2m". */
export function helpMessage(command: string): Message {
  const lines = [
    '*iot-or-m2m* answers questions about IoT and M2M, from one article.',
    `• \`${command} &lt;question&gt;\` — an answer only you can see, e.g. \`${command} what does M2M stand for?\``,
    `• \`${command}\` — work out whether IoT or M2M fits your project: a few yes/no questions, then a recommendation`,
    `• \`${command} quiz\` — test what you know in five questions`,
    `• \`${command} help\` — this help`,
    'You can also send me a direct message, or mention me in a channel and I answer in a thread.',
  ];
  const text = lines.join('\n');
  return message(fallbackText(text), [
    ...sections(text),
    actions(
      [
        button({ text: 'Start the chooser', actionId: chooserActionId({ kind: 'start' }), style: 'primary' }),
        button({ text: 'Take the quiz', actionId: quizActionId({ kind: 'start' }) }),
      ],
      'help_actions',
    ),
    context('Answers come with their source and 👍/👎 buttons: tell me what helped.'),
  ]);
}

/** "Ask a question" on the chooser's result card: the ways to ask. */
export function howToAskMessage(command: string): Message {
  const text =
    `Ask me anything about IoT and M2M: type \`${command} your question\` (only you see the answer), send me a direct message, or mention @iot-or-m2m in a channel. ` +
    'For example: _Which scales better, IoT or M2M?_';
  return message(fallbackText(text), sections(text, 'how_to_ask'));
}

/** `/iot-or-m2m stats` for an admin: the compact report (already mrkdwn), and why nothing is recorded if the store is off. */
export function statsMessage(reportMrkdwn: string, disabledReason?: string): Message {
  const blocks: KnownBlock[] = [...sections(reportMrkdwn, 'stats')];
  if (disabledReason !== undefined) {
    blocks.push(context(`:warning: Feedback is not being recorded: ${escapeMrkdwn(disabledReason)}`, 'stats_disabled'));
  }
  blocks.push(context('The full report, with suggestions for the knowledge base: `npm run report` on the server.', 'stats_more'));
  return message(fallbackText(reportMrkdwn), blocks);
}

export const STATS_REFUSED_TEXT = 'Sorry, only admins can see stats. Ask whoever runs this app if you need them.';

export function statsRefusedMessage(): Message {
  return message(STATS_REFUSED_TEXT, sections(STATS_REFUSED_TEXT, 'stats_refused'));
}

export const ERROR_TEXT = 'Something went wrong on my side, sorry. Please try again in a moment.';

export function errorMessage(): Message {
  return message(ERROR_TEXT, sections(`:warning: ${ERROR_TEXT}`));
}

export type OutdatedReason = 'stale' | 'tampered';

/**
 * For a button whose state came from an older chooser.yml or quiz.yml (stale),
 * or was not written by us (tampered): a friendly note and one restart button.
 */
export function outdatedMessage(options: { reason: OutdatedReason; flow: 'chooser' | 'quiz'; staleText: string; restart: { text: string; actionId: string } }): Message {
  const text =
    options.reason === 'stale'
      ? options.staleText
      : `This ${options.flow} is out of date or its buttons don't look right, so I can't carry on from here. ${options.flow === 'quiz' ? 'Start a new one?' : 'Please start over.'}`;
  return message(text, [
    ...sections(`:hourglass: ${text}`, `${options.flow}_outdated`),
    actions([button({ text: options.restart.text, actionId: options.restart.actionId, style: 'primary' })], `${options.flow}_outdated_actions`),
  ]);
}
