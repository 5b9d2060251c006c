/** Replies and help as plain terminal text. */
import type { Reply } from '../answers/reply.js';
import { commandHelp } from '../commands.js';
import { mrkdwnToPlain } from '../mrkdwn.js';

/** Terminal names for the commands the Slack app reaches through `/iot-or-m2m`. */
export const TERMINAL_COMMANDS = { chooser: '"choose"', quiz: '"quiz"', refine: 'Type "refine"' };

/** Words that end the chat (outside the chooser and quiz, where "q" only stops them). */
export const LEAVE_WORDS: ReadonlySet<string> = new Set(['quit', 'exit', 'q', 'bye', 'goodbye']);

export const TERMINAL_GREETING = 'Ask a question about IoT or M2M, or type "help". "quit" (or Ctrl-D) leaves.';

/** The help: how to ask, the grammar's commands as typed here, and how to leave. */
export function terminalHelp(): string {
  return [
    'Ask a question about IoT or M2M in your own words, e.g. "what does M2M stand for?".',
    'When I list numbered questions, type a number (1, 2., #3) to read that one.',
    ...commandHelp('').map((c) => `  ${c.usage.padEnd(8)} ${c.summary}`),
    `  ${'quit'.padEnd(8)} leave (also "q", "bye", or Ctrl-D); in the chooser or quiz, "q" stops just that`,
  ].join('\n');
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
