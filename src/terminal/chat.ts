import { createInterface } from 'node:readline';
import { answerReply, replyTo, type Suggestion } from '../answers/reply.js';
import type { Services } from '../services.js';
import { TERMINAL_FLOWS } from './flows.js';
import { renderReply, TERMINAL_COMMANDS, TERMINAL_HELP } from './render.js';

/** A guided flow (chooser, quiz) that takes over the chat until it is done. */
export interface Flow {
  /** Handles one line; returns what to print and whether the flow has ended. */
  handle(line: string): { output: string; done: boolean };
}

export interface TerminalIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** True when a person is typing: show a help line and a prompt. */
  interactive: boolean;
}

/** Starts a flow by name, returning its first output. Filled in by the chooser and quiz. */
export type FlowStarter = (services: Services) => { flow: Flow; output: string };

const QUIT = new Set(['quit', 'exit']);
const FLOW_ALIASES: Record<string, string> = { choose: 'choose', chooser: 'choose', quiz: 'quiz' };

/**
 * The terminal front end: reads questions line by line, answers with the
 * same engine as Slack, and exits at the end of input.
 */
export async function runTerminal(services: Services, io: TerminalIO, flows: Record<string, FlowStarter> = TERMINAL_FLOWS): Promise<void> {
  const write = (text: string) => io.output.write(text + '\n');
  const rl = createInterface({ input: io.input, terminal: false });
  const prompt = () => io.interactive && io.output.write('> ');
  let flow: Flow | null = null;
  let suggestions: Suggestion[] = [];

  if (io.interactive) write(`iot-or-m2m: ${TERMINAL_HELP}`);
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (QUIT.has(line.toLowerCase())) break;
    if (flow) {
      const step = flow.handle(line);
      write(step.output);
      if (step.done) flow = null;
    } else if (line !== '') {
      // "/iot-or-m2m" works as in Slack: alone it starts the chooser, with text it is a subcommand or a question.
      const text = line.replace(/^\/iot-or-m2m\b\s*/i, '') || 'choose';
      const starter = flows[FLOW_ALIASES[text.toLowerCase()] ?? ''];
      const picked = /^\d+$/.test(text) ? suggestions[Number(text) - 1] : undefined;
      if (starter) {
        const started = starter(services);
        flow = started.flow;
        write(started.output);
      } else if (/^\d+$/.test(text) && !picked) {
        write(suggestions.length > 0 ? `Pick a number from 1 to ${suggestions.length}, or ask a question.` : 'Ask a question, or type "help".');
      } else {
        const entry = picked ? services.kb.byId.get(picked.id) : undefined;
        const reply = entry ? answerReply(services.kb, entry, 1) : replyTo(services.engine.ask(text), services.kb, TERMINAL_COMMANDS);
        suggestions = reply.suggestions;
        write(renderReply(reply));
      }
    }
    write('');
    prompt();
  }
  rl.close();
}
