/** The App Home tab. Pure: knowledge base in, view out. Phase 2 adds the chooser, quiz and stats here. */
import { starterSuggestions } from '../answers/reply.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { askActionId } from './actionIds.js';
import { actions, button, context, divider, finalize, header, LIMITS, sections, type HomeView } from './kit.js';

export const MAX_HOME_STARTERS = 6;

export function homeView(kb: KnowledgeBase, command: string): HomeView {
  const starters = starterSuggestions(kb, MAX_HOME_STARTERS);
  const blocks = [
    header('IoT or M2M?'),
    ...sections(
      'I explain the difference between the *Internet of Things* and *machine-to-machine* communication, and help you pick the right one for a project.\n' +
        `Ask me in the *Messages* tab, mention me in a channel, or type \`${command} help\` anywhere.`,
    ),
    divider(),
    ...sections('*Not sure where to start?* Pick a question; I answer in our direct messages.'),
    actions(
      starters.map((s, i) => button({ text: s.question, actionId: askActionId('starter', i), value: s.id })),
      'home_starters',
    ),
    context(`${kb.entries.length} answers, each with its source in the article.`),
  ];
  return { type: 'home', blocks: finalize(blocks, LIMITS.viewBlocks) };
}
