/** Replies and help as plain terminal text. */
import type { Reply, Suggestion } from '../answers/reply.js';
import { commandHelp } from '../commands.js';
import { mrkdwnToPlain } from '../mrkdwn.js';

/** Terminal names for the commands the Slack app reaches through `/iot-or-m2m`. */
export const TERMINAL_COMMANDS = { chooser: '"choose"', quiz: '"quiz"', refine: 'Type "refine"' };

/** Words that end the chat (outside the chooser and quiz, where "q" only stops them). */
export const LEAVE_WORDS: ReadonlySet<string> = new Set(['quit', 'exit', 'q', 'bye', 'goodbye']);

export const TERMINAL_GREETING = 'Ask a question about IoT or M2M, or type "help". "quit" (or Ctrl-D) leaves.';

/** The help: how to ask, the grammar's commands as typed here, and how to leave. */
export function terminalHelp(): string {
  const commands = commandHelp('');
  const width = Math.max(...commands.map((c) => c.usage.length), 'quit'.length);
  return [
    'Ask a question about IoT or M2M in your own words, e.g. "what does M2M stand for?".',
    'When I list numbered questions, type a number (1, 2., #3) to read that one.',
    ...commands.map((c) => `  ${c.usage.padEnd(width)} ${c.summary}`),
    `  ${'quit'.padEnd(width)} leave (also "q", "bye", or Ctrl-D); in the chooser or quiz, "q" stops just that`,
  ].join('\n');
}

/** How many questions a search lists. */
export const SEARCH_RESULTS = 8;

/** The questions a search found, numbered for picking. */
export function renderSearch(typed: string, found: readonly Suggestion[]): string {
  if (typed.trim() === '') return 'Type "search" and a few words, even half of one, e.g. "search cellul".';
  if (found.length === 0) return `No question I can answer matches "${typed}". Try other words, or just ask.`;
  return [`Questions matching "${typed}":`, ...found.map((s, i) => `  ${i + 1}. ${s.question}`), 'Type a number to read the answer.'].join('\n');
}

/** A reply as readable plain text; numbered suggestions can be picked by typing the number. */
export function renderReply(reply: Reply): string {
  const lines = [mrkdwnToPlain(reply.text)];
  if (reply.entry && (reply.kind === 'answer' || reply.kind === 'declined')) lines.push(`  (source: ${reply.entry.source})`);
  if (reply.suggestions.length > 0) {
    const heading = reply.kind === 'answer' || reply.kind === 'declined' ? 'Related:' : reply.kind === 'scenario' ? 'The article’s criteria behind it:' : reply.kind === 'clarify' ? '' : 'You could ask:';
    if (heading) lines.push(heading);
    reply.suggestions.forEach((s, i) => lines.push(`  ${i + 1}. ${s.question}`));
  }
  return lines.join('\n');
}
