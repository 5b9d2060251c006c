import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/chooser/recommend.js';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';
import { runTerminal } from '../../src/terminal/chat.js';

const services = loadServices({ logger: silentLogger });
const { kb, engine, chooser } = services;

/** Runs the terminal chat on the given lines, as if piped, and returns everything it printed. */
async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => (printed += String(chunk)));
  const done = runTerminal(services, { input, output, interactive: false });
  input.end(lines.join('\n') + '\n');
  await done;
  return printed;
}

describe('terminal chat', () => {
  it('answers a question with the engine’s entry, its source and follow-ups, and exits at end of input', async () => {
    const question = 'what does m2m stand for?';
    const decision = engine.ask(question);
    expect(decision.kind).toBe('answer');
    if (decision.kind !== 'answer') return;
    const printed = await chat([question]);
    expect(printed).toContain(decision.entry.answer.replace(/[*_]/g, '').slice(0, 40));
    expect(printed).toContain(`(source: ${decision.entry.source})`);
    for (const id of decision.entry.related) expect(printed).toContain(kb.byId.get(id)!.questions[0]!);
  });

  it('answers a numbered follow-up', async () => {
    const decision = engine.ask('what does m2m stand for?');
    if (decision.kind !== 'answer') throw new Error('expected an answer');
    const followUp = kb.byId.get(decision.entry.related[0]!)!;
    const printed = await chat(['what does m2m stand for?', '1']);
    expect(printed).toContain(followUp.answer.replace(/[*_]/g, '').slice(0, 40));
  });

  it('"search" lists the questions matching half a word, and a number reads one', async () => {
    const found = services.search.find('gatway', 8);
    expect(found[0]?.entry.id).toBe('iot-gateways');
    const printed = await chat(['search gatway', '1']);
    expect(printed).toContain('Questions matching "gatway":');
    expect(printed).toContain(`1. ${found[0]!.entry.questions[0]}`);
    expect(printed).toContain(found[0]!.entry.answer.replace(/[*_]/g, '').slice(0, 40));
    expect(await chat(['search zqxjv'])).toContain('No question I can answer matches "zqxjv"');
  });

  it('says honestly when it does not know', async () => {
    const printed = await chat(['how do I make sourdough bread?']);
    expect(printed).toMatch(/I don't know that one/);
  });

  it('runs the chooser with back and start over, ending in the shared recommendation', async () => {
    const n = chooser.questions.length;
    // Answer "yes" to the first question, go back, start over, then answer every question "yes".
    const printed = await chat(['choose', '1', 'b', 's', ...Array(n).fill('1')]);
    expect(printed).toContain(`Question 1 of ${n}`);
    expect(printed).toContain(`Question ${n} of ${n}`);
    const expected = recommend(chooser, Array(n).fill('yes'));
    expect(printed).toContain(`Recommendation: ${expected.summary}`);
    for (const reason of expected.reasons) expect(printed).toContain(reason.why);
  });

  it('runs a five-question quiz and reports the score', async () => {
    const printed = await chat(['quiz', '1', '1', '1', '1', '1']);
    const asked = printed.match(/Question \d of 5/g) ?? [];
    expect(asked).toHaveLength(5);
    // Every answer gets a verdict, and the score counts the right ones.
    const rights = (printed.match(/^Right!/gm) ?? []).length;
    const wrongs = (printed.match(/^Not quite:/gm) ?? []).length;
    expect(rights + wrongs).toBe(5);
    expect(printed).toContain(`You scored ${rights} of 5.`);
  });

  it('"q" leaves the chooser for the chat; "quit" ends the chat from anywhere', async () => {
    const left = await chat(['choose', 'q', 'what does m2m stand for?']);
    expect(left).toContain('Chooser stopped');
    expect(left).toContain('Machine-to-Machine');
    const ended = await chat(['choose', 'quit', 'what does m2m stand for?']);
    expect(ended).not.toContain('Machine-to-Machine');
    expect(ended).toMatch(/^Bye!/m);
  });

  it('"q", "bye" and "exit" leave the chat with a goodbye; nothing after them is read', async () => {
    for (const word of ['q', 'bye', 'exit', 'Quit']) {
      const printed = await chat([word, 'what does m2m stand for?']);
      expect(printed).toMatch(/^Bye!/m);
      expect(printed).not.toContain('Machine-to-Machine');
    }
  });

  it('help says how to pick a numbered question and how to leave, and lists the commands of the shared grammar', async () => {
    const printed = await chat(['help']);
    expect(printed).toMatch(/type a number/i);
    expect(printed).toMatch(/quit/);
    expect(printed).toMatch(/Ctrl-D/);
    for (const command of ['choose', 'quiz', 'help']) expect(printed).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('"start" opens the chooser, as /iot-or-m2m start does in Slack', async () => {
    const printed = await chat(['start', 'q']);
    expect(printed).toContain(`Question 1 of ${chooser.questions.length}`);
  });

  it('takes "2.", "#2" and "2)" as the number 2', async () => {
    const decision = engine.ask('what does m2m stand for?');
    if (decision.kind !== 'answer') throw new Error('expected an answer');
    const second = kb.byId.get(decision.entry.related[1]!)!;
    for (const typed of ['2.', '#2', '2)']) {
      const printed = await chat(['what does m2m stand for?', typed]);
      expect(printed).toContain(second.answer.replace(/[*_]/g, '').slice(0, 40));
    }
  });

  it('after the chooser, a number picks one of the criteria it listed, not a suggestion from before it', async () => {
    const n = chooser.questions.length;
    const printed = await chat(['what does m2m stand for?', 'choose', ...Array(n).fill('1'), '1']);
    const criteria = recommend(chooser, Array(n).fill('yes')).criteria;
    const first = kb.byId.get(criteria[0]!)!;
    const after = printed.slice(printed.indexOf('Recommendation:'));
    expect(after).toContain(`1. ${first.questions[0]}`);
    expect(after).toContain(first.answer.replace(/[*_]/g, '').slice(0, 40));
  });

  it('at a terminal: Up recalls the last line, and Ctrl-D leaves with the shell prompt on a new line', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += String(chunk)));
    const done = runTerminal(services, { input, output, interactive: true });
    const printedTimes = async (pattern: RegExp, times: number) => expect.poll(() => printed.match(pattern)?.length ?? 0).toBeGreaterThanOrEqual(times);
    input.write('what does m2m stand for?\r');
    await printedTimes(/Machine-to-Machine/g, 1);
    input.write('\u001b[A\r');
    await printedTimes(/Machine-to-Machine/g, 2);
    input.end();
    await done;
    expect(printed).not.toContain('^[[A');
    expect(printed.match(/Machine-to-Machine/g)?.length).toBeGreaterThanOrEqual(2);
    // The last prompt, then a line break (cursor escapes aside).
    expect(printed.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g'), '')).toMatch(/> \n$/);
  });

  it('reads a described project as a scenario, and "refine" opens the chooser with those answers filled in', async () => {
    const printed = await chat(['We run eight pumps at a remote quarry with no wifi, each pump reports to its own controller. IoT or M2M?', 'refine', 'q']);
    expect(printed).toContain('M2M looks like the better fit');
    expect(printed).toMatch(/“no wifi”/);
    // The offer is made once, in the terminal's own words (no button to click here).
    expect(printed.match(/these answers filled in/g)).toHaveLength(1);
    expect(printed).toContain('Type "refine"');
    expect(printed).toMatch(/The chooser, with \d answers filled in from your message/);
    expect(printed).not.toContain(`Question 1 of ${chooser.questions.length}`);
  });

  it('reads a short follow-up with the question before it', async () => {
    const printed = await chat(['what does m2m stand for?', 'and iot?']);
    expect(printed).toContain(kb.byId.get('iot-acronym')!.answer.replace(/[*_]/g, '').slice(0, 40));
  });

  it('survives a 40 KB line and odd Unicode', async () => {
    const printed = await chat(['x'.repeat(40_000), '\u0000\u202E🤖\uD800', 'what does m2m stand for?']);
    expect(printed).toContain('Machine-to-Machine');
  });
});
