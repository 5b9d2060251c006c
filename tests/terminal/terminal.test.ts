import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/chooser/index.js';
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
    const rights = (printed.match(/^Right!/gm) ?? []).length;
    expect(printed).toContain(`You scored ${rights} of 5.`);
  });

  it('"q" leaves the chooser for the chat; "quit" ends the chat from anywhere', async () => {
    const left = await chat(['choose', 'q', 'what does m2m stand for?']);
    expect(left).toContain('Chooser stopped');
    expect(left).toContain('Machine-to-Machine');
    const ended = await chat(['choose', 'quit', 'what does m2m stand for?']);
    expect(ended).not.toContain('Machine-to-Machine');
  });

  it('survives a 40 KB line and odd Unicode', async () => {
    const printed = await chat(['x'.repeat(40_000), '\u0000\u202E🤖\uD800', 'what does m2m stand for?']);
    expect(printed).toContain('Machine-to-Machine');
  });
});

describe('npm run ask', () => {
  const ask = (args: string[], input?: string) => spawnSync(process.execPath, ['dist/cli/ask.js', ...args], { encoding: 'utf8', input });

  it('prints one JSON object whose fields follow the engine’s decision', () => {
    for (const question of ['what does m2m stand for?', 'how do I bake bread?']) {
      const run = ask(['--json', question]);
      expect(run.status).toBe(0);
      const json = JSON.parse(run.stdout);
      const decision = engine.ask(question);
      expect(json.matched).toBe(decision.kind === 'answer');
      expect(json.id).toBe(decision.kind === 'answer' ? decision.entry.id : null);
      expect(typeof json.answer).toBe('string');
      expect(json.confidence).toBeGreaterThanOrEqual(0);
      expect(json.confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(json.suggestions)).toBe(true);
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
    }
  });

  it('reads questions from stdin and writes one JSON line each, in order', () => {
    const questions = ['what is iot', 'who wrote the article', 'weather in Paris'];
    const run = ask(['--json'], questions.join('\n') + '\n');
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => {
      const decision = engine.ask(questions[i]);
      expect(line.id).toBe(decision.kind === 'answer' ? decision.entry.id : null);
    });
  });

  it('uses another knowledge folder with --knowledge and reports a broken one without a stack trace', () => {
    const run = ask(['--knowledge', '/nonexistent', 'hello']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('folder not found');
    expect(run.stdout).toBe('');
  });
});
