/** Messages any feature may send: the error notice and the out-of-date notices. Pure. */
import { actions, button, message, sections, type Message } from './blockKit.js';
import { startChooserButton, startQuizButton } from './launchButtons.js';

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

export const OUTDATED_CLICK_TEXT = "That button is from an older version of this message, so I can't act on it. Start fresh, or just ask me a question.";

/** For a click on a button no feature knows any more. */
export function outdatedClickMessage(): Message {
  return message(OUTDATED_CLICK_TEXT, [
    ...sections(`:hourglass: ${OUTDATED_CLICK_TEXT}`, 'outdated_click'),
    actions([startChooserButton({ style: 'primary' }), startQuizButton()], 'outdated_click_actions'),
  ]);
}
