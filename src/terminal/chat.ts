/**
 * The terminal front end: reads lines, runs them through the same command
 * grammar and engine as Slack, and ends at "quit" or the end of input. A
 * person at a terminal gets line editing and history (readline).
 */
import { createInterface } from 'node:readline';
import { answerReply, replyTo, type Suggestion } from '../answers/reply.js';
import { turnOf, type PreviousTurn } from '../answers/respond.js';
import type { ChooserAnswer } from '../chooser/index.js';
import { entryLabel } from '../knowledge/types.js';
import { parseCommand, runCommand, type CommandHandlers } from '../commands.js';
import type { Services } from '../services.js';
import { startChooserFlow, startQuizFlow, type Flow, type FlowStarter } from './flows.js';
import { LEAVE_WORDS, renderReply, renderSearch, SEARCH_RESULTS, TERMINAL_COMMANDS, TERMINAL_GREETING, terminalHelp } from './render.js';

export interface TerminalIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** True when a person is typing: line editing, a prompt and a greeting. */
  interactive: boolean;
}

/** What a line leads to: text to print, and optionally a flow that takes over or entries the next number picks. */
interface Outcome {
  output: string;
  flow?: Flow;
  suggestions?: Suggestion[];
}

/** The chat so far: the turn a follow-up is read with, and the answers of the last scenario, for "refine". */
interface Chat {
  services: Services;
  previous?: PreviousTurn;
  scenarioAnswers?: ChooserAnswer[];
}

const startFlow = (start: FlowStarter, services: Services): Outcome => {
  const { flow, output } = start(services);
  return { output, flow };
};

/** Every command of the grammar, as the terminal does it. */
const TERMINAL_HANDLERS: CommandHandlers<Chat, Outcome> = {
  chooser: ({ services }) => startFlow(startChooserFlow, services),
  quiz: ({ services }) => startFlow(startQuizFlow, services),
  help: () => ({ output: terminalHelp() }),
  stats: () => ({ output: 'Stats come from the feedback the Slack app records; the terminal records none. On the server, run "npm run report".' }),
  search: ({ services }, { text }) => {
    const suggestions: Suggestion[] = services.search.find(text, SEARCH_RESULTS).map(({ entry }) => ({ id: entry.id, question: entry.questions[0] ?? entryLabel(entry), label: entryLabel(entry) }));
    return { output: renderSearch(text, suggestions), suggestions };
  },
  question: (chat, { text }) => {
    const response = chat.services.responder.respond(text, chat.previous);
    chat.previous = turnOf(response);
    const reply = replyTo(response, chat.services.kb, TERMINAL_COMMANDS);
    chat.scenarioAnswers = reply.scenario?.answers;
    return { output: renderReply(reply), suggestions: reply.suggestions };
  },
};

/** The terminal's "Refine in the chooser": the chooser with the last scenario's answers filled in. */
export const REFINE_WORD = 'refine';

/** "2", "2.", "#2", "2)" → 2; anything else → undefined. */
export function pickedNumber(line: string): number | undefined {
  const m = /^#?(\d{1,3})[.)]?$/.exec(line.trim());
  return m ? Number(m[1]) : undefined;
}

export async function runTerminal(services: Services, io: TerminalIO): Promise<void> {
  const rl = createInterface({ input: io.input, output: io.interactive ? io.output : undefined, terminal: io.interactive, historySize: 200 });
  const write = (text: string) => io.output.write(text + '\n');
  let flow: Flow | undefined;
  let suggestions: Suggestion[] = [];
  let left = false;
  const chat: Chat = { services };

  const handle = (line: string): void => {
    if (flow) {
      const step = flow.handle(line);
      write(step.output);
      if (step.done) {
        flow = undefined;
        suggestions = step.suggestions ?? [];
      }
      return;
    }
    const number = pickedNumber(line);
    if (number !== undefined) {
      const picked = suggestions[number - 1];
      const entry = picked && services.kb.byId.get(picked.id);
      if (!entry) {
        write(suggestions.length > 0 ? `Pick a number from 1 to ${suggestions.length}, or ask a question.` : 'Ask a question, or type "help".');
        return;
      }
      const reply = answerReply(services.kb, entry, 1);
      suggestions = reply.suggestions;
      write(renderReply(reply));
      return;
    }
    if (line.toLowerCase() === REFINE_WORD && chat.scenarioAnswers) {
      const started = startChooserFlow(services, chat.scenarioAnswers);
      write(started.output);
      flow = started.flow;
      suggestions = [];
      return;
    }
    const outcome = runCommand(TERMINAL_HANDLERS, chat, parseCommand(line));
    write(outcome.output);
    flow = outcome.flow;
    suggestions = outcome.flow ? [] : (outcome.suggestions ?? []);
  };

  if (io.interactive) {
    write(`iot-or-m2m: ${TERMINAL_GREETING}`);
    rl.setPrompt('> ');
    // Ctrl-C leaves like Ctrl-D.
    rl.on('SIGINT', () => rl.close());
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    // "quit" and "exit" end the chat from inside the chooser or quiz too, where "q" stops just that.
    if (flow ? line.toLowerCase() === 'quit' || line.toLowerCase() === 'exit' : LEAVE_WORDS.has(line.toLowerCase())) {
      left = true;
      write('Bye! Come back any time you need IoT or M2M sorted out.');
      break;
    }
    if (line !== '') handle(line);
    if (io.interactive) {
      write('');
      rl.prompt();
    } else if (line !== '') write('');
  }
  // End of input at the prompt (Ctrl-D): end the "> " line so the shell prompt starts on its own.
  if (io.interactive && !left) io.output.write('\n');
  rl.close();
}
