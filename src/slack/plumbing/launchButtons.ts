/**
 * Buttons that open one feature from another feature's message: start the
 * chooser, take the quiz, read an entry's answer. These action ids are the
 * contract with the feature that handles them (chooser, quiz, ask), which
 * registers exactly these; features link to each other only through here.
 */
import { entryLabel, type Entry } from '../../knowledge/types.js';
import type { types } from '@slack/bolt';
import { button, type Button, type ButtonSpec } from './blockKit.js';

export const START_CHOOSER_ACTION = 'chooser:start';
/** "Open the chooser with these answers": the value is a chooser state (src/chooser/state.ts). */
export const RESUME_CHOOSER_ACTION = 'chooser:resume';
export const START_QUIZ_ACTION = 'quiz:start';
/** "Read this entry": the value is the entry id. */
export const ENTRY_ACTION = /^ask:entry:\d+$/;
/** The question search (an external_select): options come from the search feature as the person types; the chosen value is an entry id. */
export const SEARCH_ACTION = 'search:question';

type Look = Partial<Pick<ButtonSpec, 'text' | 'style' | 'accessibilityLabel'>>;

export function startChooserButton(look: Look = {}): Button {
  return button({ text: 'Start the chooser', ...look, actionId: START_CHOOSER_ACTION });
}

/** Opens the chooser at the first question `state` leaves open, with its answers filled in (from a scenario read in a question). */
export function resumeChooserButton(state: string, look: Look = {}): Button {
  return button({ text: 'Refine in the chooser', accessibilityLabel: 'Open the chooser with the answers read from your message', ...look, actionId: RESUME_CHOOSER_ACTION, value: state });
}

export function startQuizButton(look: Look = {}): Button {
  return button({ text: 'Take the quiz', ...look, actionId: START_QUIZ_ACTION });
}

/** One button per entry, with its short label and its full question as the screen-reader label; a click shows the answer. */
export function entryButtons(entries: readonly Entry[]): Button[] {
  return entries.map((entry, i) => button({ text: entryLabel(entry), actionId: `ask:entry:${i}`, value: entry.id, accessibilityLabel: entry.questions[0] ?? entry.id }));
}

/** A search box over the questions I can answer: Slack asks the search feature for options as the person types (from two letters). */
export function questionSearchElement(): types.ExternalSelect {
  return {
    type: 'external_select',
    action_id: SEARCH_ACTION,
    placeholder: { type: 'plain_text', text: 'Search the questions I can answer…' },
    min_query_length: 2,
  };
}

