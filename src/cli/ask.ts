import { createInterface } from 'node:readline';
import { mrkdwnToPlain } from '../mrkdwn.js';
import { replyTo, type Reply } from '../answers/reply.js';
import { AnswerEngine, DEFAULT_TUNING } from '../answers/engine.js';
import { StemCache } from '../answers/stemCache.js';
import { knowledgeDir, loadKnowledge } from '../knowledge/load.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { renderReply, TERMINAL_COMMANDS } from '../terminal/render.js';
import { CACHE_DIR, exitQuietlyWhenStdoutCloses, fail, flagValue, loadOrExit, onlyOptions, parseArgs } from './common.js';

const USAGE = 'usage: npm run ask -- [--json] [--knowledge DIR] "your question"\n       npm run ask -- --json < questions.txt   (one JSON line per question)';

/** The machine-readable answer printed by `--json`. */
export function toJson(reply: Reply): { matched: boolean; confidence: number; id: string | null; answer: string; suggestions: { id: string; question: string }[] } {
  return {
    matched: reply.matched,
    confidence: reply.confidence,
    id: reply.entry?.id ?? null,
    answer: mrkdwnToPlain(reply.text),
    suggestions: reply.suggestions.map(({ id, question }) => ({ id, question })),
  };
}

function answer(engine: AnswerEngine, kb: KnowledgeBase, question: string, json: boolean): string {
  const reply = replyTo(engine.ask(question), kb, TERMINAL_COMMANDS);
  return json ? JSON.stringify(toJson(reply)) : renderReply(reply);
}

async function main(): Promise<void> {
  exitQuietlyWhenStdoutCloses();
  const { flags, rest } = parseArgs(process.argv.slice(2));
  if (flags.has('--help')) fail(USAGE, 0);
  onlyOptions(flags, ['--json', '--knowledge', '--help'], USAGE);
  const json = flags.has('--json');
  // Only the knowledge base: the chooser and quiz are not needed to answer, and start-up time counts here.
  // The parsed knowledge base and the stems are kept between runs (in the temp folder): parsing
  // YAML and stemming with a cold JIT are most of a one-shot answer's time.
  const kb = loadOrExit(() => loadKnowledge(knowledgeDir(flagValue(flags, '--knowledge')), { cacheDir: CACHE_DIR }));
  const stems = StemCache.persistent(CACHE_DIR);
  const engine = new AnswerEngine(kb, DEFAULT_TUNING, stems);
  stems.save();
  const question = rest.join(' ');
  if (question.trim() !== '') {
    process.stdout.write(answer(engine, kb, question, json) + '\n');
    return;
  }
  if (process.stdin.isTTY) fail(USAGE, 2);
  for await (const line of createInterface({ input: process.stdin, terminal: false })) {
    if (line.trim() === '' && !json) continue;
    process.stdout.write(answer(engine, kb, line, json) + (json ? '\n' : '\n\n'));
  }
}

await main();
