/** The one command grammar: the same words do the same thing in Slack and in the terminal. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { COMMANDS, commandHelp, parseCommand, runCommand, type Command, type CommandHandlers, type CommandKind } from '../src/commands.js';

describe('parseCommand', () => {
  it('routes keywords and treats anything else as a question', () => {
    expect(parseCommand('')).toEqual({ kind: 'chooser' });
    expect(parseCommand('   ')).toEqual({ kind: 'chooser' });
    expect(parseCommand('start')).toEqual({ kind: 'chooser' });
    expect(parseCommand('Help')).toEqual({ kind: 'help' });
    expect(parseCommand('quiz')).toEqual({ kind: 'quiz' });
    expect(parseCommand(' STATS ')).toEqual({ kind: 'stats' });
    expect(parseCommand('quiz me on m2m')).toEqual({ kind: 'question', text: 'quiz me on m2m' });
    expect(parseCommand('what  is\nm2m')).toEqual({ kind: 'question', text: 'what is m2m' });
    expect(parseCommand(undefined)).toEqual({ kind: 'chooser' });
  });

  it('reads the text as typed in Slack too: "/iot-or-m2m quiz" is the quiz, "/iot-or-m2m" alone the chooser', () => {
    expect(parseCommand('/iot-or-m2m quiz')).toEqual({ kind: 'quiz' });
    expect(parseCommand('/IOT-OR-M2M')).toEqual({ kind: 'chooser' });
    expect(parseCommand('/iot-or-m2m what is m2m')).toEqual({ kind: 'question', text: 'what is m2m' });
    expect(parseCommand('/iot-or-m2mx')).toEqual({ kind: 'question', text: '/iot-or-m2mx' });
  });

  it('gives every word to exactly one command', () => {
    const words = Object.values(COMMANDS).flatMap((c) => [...c.words]);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('runCommand', () => {
  it('calls the handler of the parsed kind with its own variant', () => {
    const handlers: CommandHandlers<string, string> = {
      chooser: (who) => `${who}: chooser`,
      quiz: (who) => `${who}: quiz`,
      help: (who) => `${who}: help`,
      stats: (who) => `${who}: stats`,
      search: (who, { text }) => `${who}: searched ${text}`,
      question: (who, { text }) => `${who}: asked ${text}`,
    };
    expect(runCommand(handlers, 'ann', parseCommand('quiz'))).toBe('ann: quiz');
    expect(runCommand(handlers, 'ann', parseCommand('search  cellul '))).toBe('ann: searched cellul');
    expect(runCommand(handlers, 'ann', parseCommand('/iot-or-m2m search who wro'))).toBe('ann: searched who wro');
    expect(runCommand(handlers, 'ann', parseCommand('find out if we need m2m'))).toBe('ann: asked find out if we need m2m');
    expect(runCommand(handlers, 'ann', parseCommand('search'))).toBe('ann: searched ');
    expect(runCommand(handlers, 'ann', parseCommand('why m2m'))).toBe('ann: asked why m2m');
  });

  it('needs a handler for every command: a table without one does not compile', () => {
    expectTypeOf<keyof CommandHandlers<unknown, void>>().toEqualTypeOf<CommandKind>();
    expectTypeOf<CommandKind>().toEqualTypeOf<'chooser' | 'quiz' | 'help' | 'stats' | 'search' | 'question'>();
    // @ts-expect-error "stats" has no handler: npm run typecheck fails on a table like this.
    const missing: CommandHandlers<unknown, void> = { chooser() {}, quiz() {}, help() {}, search() {}, question() {} };
    expect(Object.keys(missing)).not.toContain('stats');
    expectTypeOf<Parameters<CommandHandlers<unknown, void>['question']>[1]>().toEqualTypeOf<Extract<Command, { kind: 'question' }>>();
  });
});

describe('commandHelp', () => {
  it('lists the commands as each front end types them, admin-only ones for admins', () => {
    const slack = commandHelp('/iot-or-m2m ').map((c) => c.usage);
    expect(slack).toEqual(['/iot-or-m2m', '/iot-or-m2m quiz', '/iot-or-m2m help', '/iot-or-m2m search <words>']);
    expect(commandHelp('/iot-or-m2m ', { admin: true }).map((c) => c.usage)).toContain('/iot-or-m2m stats');
    expect(commandHelp('').map((c) => c.usage)).toEqual(['choose', 'quiz', 'help', 'search <words>']);
  });
});
