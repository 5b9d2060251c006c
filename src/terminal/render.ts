import { mrkdwnToPlain } from '../answers/format.js';
import type { Reply } from '../answers/reply.js';

/** Terminal names for the commands the Slack app reaches through `/iot-or-m2m`. */
export const TERMINAL_COMMANDS = { chooser: '"choose"', quiz: '"quiz"' };

export const TERMINAL_HELP = 'Ask a question about IoT or M2M. Type a number to pick a suggestion, "choose" for the chooser, "quiz" for a quiz, "help" for help, or "quit".';

/** A reply as readable plain text; numbered suggestions can be picked by typing the number. */
export function renderReply(reply: Reply): string {
  const lines = [mrkdwnToPlain(reply.text)];
  if (reply.entry) lines.push(`  (source: ${reply.entry.source})`);
  if (reply.suggestions.length > 0) {
    const heading = reply.kind === 'answer' ? 'Related:' : reply.kind === 'clarify' ? '' : 'You could ask:';
    if (heading) lines.push(heading);
    reply.suggestions.forEach((s, i) => lines.push(`  ${i + 1}. ${s.question}`));
  }
  return lines.join('\n');
}
