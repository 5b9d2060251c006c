import { createInterface } from 'node:readline';
import { mrkdwnToPlain } from '../answers/format.js';
import { replyTo, type Reply } from '../answers/reply.js';
import { silentLogger } from '../log.js';
import { loadServices, type Services } from '../services.js';
import { renderReply, TERMINAL_COMMANDS } from '../terminal/render.js';
import { fail, flagValue, loadOrExit, parseArgs } from './common.js';

const USAGE = 'usage: npm run ask -- [--json] [--knowledge DIR] "your question"\n       npm run ask -- --json < questions.txt   (one JSON line per question)';

/** The machine-readable answer printed by `--json`. */
export function toJson(reply: Reply): { matched: boolean; confidence: number; id: string | null; answer: string; suggestions: { id: string; question: string }[] } {
  return {
    matched: reply.matched,
    confidence: reply.confidence,
    id: reply.entry?.id ?? null,
    answer: mrkdwnToPlain(reply.text),
    suggestions: reply.suggestions,
  };
}

function answer(services: Services, question: string, json: boolean): string {
  const reply = replyTo(services.engine.ask(question), services.kb, TERMINAL_COMMANDS);
  return json ? JSON.stringify(toJson(reply)) : renderReply(reply);
}

async function main(): Promise<void> {
  const { flags, rest } = parseArgs(process.argv.slice(2));
  if (flags.has('--help')) fail(USAGE, 0);
  const unknown = [...flags.keys()].filter((f) => !['--json', '--knowledge'].includes(f));
  if (unknown.length > 0) fail(`unknown option ${unknown[0]}\n${USAGE}`, 2);
  const json = flags.has('--json');
  const services = loadOrExit(() => loadServices({ knowledge: flagValue(flags, '--knowledge'), logger: silentLogger }));
  const question = rest.join(' ');
  if (question.trim() !== '') {
    process.stdout.write(answer(services, question, json) + '\n');
    return;
  }
  if (process.stdin.isTTY) fail(USAGE, 2);
  for await (const line of createInterface({ input: process.stdin, terminal: false })) {
    if (line.trim() === '' && !json) continue;
    process.stdout.write(answer(services, line, json) + (json ? '\n' : '\n\n'));
  }
}

await main();
