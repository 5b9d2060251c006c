/** Routing of `/iot-or-m2m <text>`. Pure. */

export type CommandRoute =
  | { kind: 'chooser' }
  | { kind: 'help' }
  | { kind: 'quiz' }
  | { kind: 'stats' }
  | { kind: 'question'; text: string };

const HELP = new Set(['help', '-h', '--help', '?', 'usage']);
const CHOOSER = new Set(['choose', 'chooser', 'start']);

/**
 * "" → chooser, "help" → help, "quiz" → quiz, "stats" → stats, anything else
 * is a question. Only a single keyword routes: "quiz me on m2m" is a question.
 */
export function parseCommand(raw: unknown): CommandRoute {
  const text = (typeof raw === 'string' ? raw : '').replace(/\s+/g, ' ').trim();
  const word = text.toLowerCase();
  if (word === '' || CHOOSER.has(word)) return { kind: 'chooser' };
  if (HELP.has(word)) return { kind: 'help' };
  if (word === 'quiz') return { kind: 'quiz' };
  if (word === 'stats') return { kind: 'stats' };
  return { kind: 'question', text };
}
