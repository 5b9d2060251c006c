/**
 * The one command grammar of every front end: the text after `/iot-or-m2m`
 * in Slack, a direct message to the bot, and a line typed in the terminal.
 * The same words do the same thing everywhere. Pure.
 *
 * Adding a command is one entry in COMMANDS and one handler per front end:
 * CommandHandlers lists every kind, so a front end without a handler for the
 * new one does not compile.
 */

export interface CommandSpec {
  /** The words that run it, lowercase; "" is the bare command. Only the whole text counts: "quiz me on m2m" is a question. */
  words: readonly string[];
  /** What help shows after the command: "" for the bare command (the terminal shows its first word instead). */
  usage: string;
  /** What it does, for help. */
  summary: string;
  /** Only for admins: help lists it only for them, and the handler checks. */
  adminOnly?: boolean;
  /** Takes the rest of the text after its word ("search cellular"). */
  takesText?: boolean;
}

export const COMMANDS = {
  chooser: { words: ['', 'choose', 'chooser', 'start'], usage: '', summary: 'work out whether IoT or M2M fits your project: a few yes/no questions, then a recommendation' },
  quiz: { words: ['quiz'], usage: 'quiz', summary: 'test what you know in five questions' },
  help: { words: ['help', '-h', '--help', '?', 'usage'], usage: 'help', summary: 'this help' },
  search: { words: ['search'], usage: 'search <words>', summary: 'find the questions I can answer, even from half a word ("search cellul")', takesText: true },
  stats: { words: ['stats'], usage: 'stats', summary: 'what people asked that I could not answer, and the least helpful answers', adminOnly: true },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;
/** The commands that take the text after their word. */
type TextCommandName = { [K in CommandName]: (typeof COMMANDS)[K] extends { takesText: true } ? K : never }[CommandName];

/** A parsed command: one of COMMANDS (with its text, for those that take one), or a question for the answer engine. */
export type Command = { kind: Exclude<CommandName, TextCommandName> } | { kind: TextCommandName; text: string } | { kind: 'question'; text: string };
export type CommandKind = Command['kind'];

/** The command's name as typed in Slack, e.g. "/iot-or-m2m quiz". */
export const SLASH_COMMAND = '/iot-or-m2m';

const BY_WORD: ReadonlyMap<string, CommandName> = new Map(
  (Object.entries(COMMANDS) as [CommandName, CommandSpec][]).flatMap(([name, spec]) => spec.words.map((word) => [word, name] as const)),
);

/**
 * Reads the text of a command. A leading "/iot-or-m2m" is dropped (the
 * terminal accepts it as typed in Slack); a command word alone runs that
 * command, and a word of a command that takes text runs it with the rest
 * ("search cellul"); anything else is a question, spaces folded.
 */
export function parseCommand(raw: unknown): Command {
  const text = (typeof raw === 'string' ? raw : '').replace(/\s+/g, ' ').trim();
  const body = /^\/iot-or-m2m(\s|$)/i.test(text) ? text.slice(SLASH_COMMAND.length).trim() : text;
  const [first = '', ...rest] = body.split(' ');
  const withText = BY_WORD.get(first.toLowerCase());
  if (withText && takesText(withText)) return { kind: withText, text: rest.join(' ') };
  const name = BY_WORD.get(body.toLowerCase());
  return name && !takesText(name) ? { kind: name } : { kind: 'question', text: body };
}

function takesText(name: CommandName): name is TextCommandName {
  return (COMMANDS[name] as CommandSpec).takesText === true;
}

/** One handler per command kind, each given its own variant; a missing kind fails the typecheck. */
export type CommandHandlers<Context, Result> = {
  [K in CommandKind]: (context: Context, command: Extract<Command, { kind: K }>) => Result;
};

/** Runs the handler for `command`. */
export function runCommand<Context, Result>(handlers: CommandHandlers<Context, Result>, context: Context, command: Command): Result {
  const handler = handlers[command.kind] as (context: Context, command: Command) => Result;
  return handler(context, command);
}

/** The commands help lists, in order: `prefix` is how the front end writes them ("/iot-or-m2m " in Slack, "" in the terminal). */
export function commandHelp(prefix: string, options: { admin?: boolean } = {}): { usage: string; summary: string }[] {
  return (Object.values(COMMANDS) as CommandSpec[])
    .filter((spec) => !spec.adminOnly || options.admin)
    .map((spec) => ({ usage: spec.usage === '' && prefix === '' ? (spec.words.find((w) => w !== '') ?? '') : `${prefix}${spec.usage}`.trim(), summary: spec.summary }));
}
