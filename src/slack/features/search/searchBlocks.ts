/** The question search's Block Kit: options for the search box, and the results of `/iot-or-m2m search <words>`. Pure. */
import type { SearchHit } from '../../../answers/questionSearch.js';
import { entryLabel } from '../../../knowledge/types.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { actions, context, message, sections, selectOption, truncate, type Message, type SelectOption } from '../../plumbing/blockKit.js';
import { entryButtons } from '../../plumbing/launchButtons.js';

/** Slack shows at most 100 options; a search box needs far fewer. */
export const MAX_SEARCH_OPTIONS = 20;

/** One option per entry found: its question as matched (plain text: nothing in it can mention anyone), the entry id as value. */
export function searchOptions(hits: readonly SearchHit[]): SelectOption[] {
  return hits.slice(0, MAX_SEARCH_OPTIONS).map((hit) => selectOption(optionText(hit), hit.entry.id));
}

/** The entry's first question reads best; its label or topic when that is what matched. */
function optionText(hit: SearchHit): string {
  return hit.entry.questions.includes(hit.matched) ? hit.matched : (hit.entry.questions[0] ?? entryLabel(hit.entry));
}

/** What `/iot-or-m2m search <words>` shows: the questions found, each a button to its answer. */
export function searchResultsMessage(typed: string, hits: readonly SearchHit[], command: string): Message {
  const shown = escapeMrkdwn(truncate(typed, 80));
  if (typed.trim() === '') {
    return message(`Type a few words after ${command} search`, sections(`Type a few words after \`${command} search\`, even half of one, e.g. \`${command} search cellul\`. The search box on my Home tab does the same as you type.`));
  }
  if (hits.length === 0) return message(`No question matches “${shown}”`, sections(`No question I can answer matches “${shown}”. Try other words, or just ask me.`));
  const entries = hits.map((h) => h.entry);
  return message(`Questions matching “${shown}”`, [
    ...sections(`*Questions matching “${shown}”:*\n${entries.map((e) => `• ${escapeMrkdwn(e.questions[0] ?? entryLabel(e))}`).join('\n')}`),
    actions(entryButtons(entries), 'search_results'),
    context('Pick one to read the answer.'),
  ]);
}
