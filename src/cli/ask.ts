import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { mrkdwnToPlain } from '../mrkdwn.js';
import { replyTo, type Reply } from '../answers/reply.js';
import { cachedEngine } from '../answers/cachedEngine.js';
import { DEFAULT_TUNING } from '../answers/engine.js';
import { loadExampleModel } from '../answers/exampleModel.js';
import { Responder, turnOf, type PreviousTurn } from '../answers/respond.js';
import { stemRules } from '../answers/analyzer.js';
import { StemCache } from '../answers/stemCache.js';
import { CHOOSER_FILE, CHOOSER_FILE_SCHEMA, loadChooser } from '../chooser/index.js';
import { cachedContent } from '../knowledge/cache.js';
import { knowledgeDir, loadKnowledge } from '../knowledge/load.js';
import { ContentError } from '../knowledge/problems.js';
import { SCOPE_FILE, SCOPE_FILE_SCHEMA, validateScope } from '../knowledge/scope.js';
import { renderReply, TERMINAL_COMMANDS } from '../terminal/render.js';
import { exitQuietlyWhenStdoutCloses, fail, flagValue, loadOrExit, onlyOptions, parseArgs } from './common.js';

const USAGE = 'usage: npm run ask -- [--json] [--knowledge DIR] "your question"\n       npm run ask -- --json < questions.txt   (one JSON line per question)';

/** The machine-readable answer printed by `--json`. */
export function toJson(reply: Reply): { matched: boolean; confidence: number; id: string | null; answer: string; suggestions: { id: string; question: string }[] } {
  return {
    matched: reply.matched,
    confidence: reply.confidence,
    // Two answers in one have no single entry to name (README): `answer` holds both.
    id: reply.kind === 'compound' ? null : (reply.entry?.id ?? null),
    answer: mrkdwnToPlain(reply.text),
    suggestions: reply.suggestions.map(({ id, question }) => ({ id, question })),
  };
}

/** Lines read from stdin are one conversation: a short follow-up is read with the line before it. */
function answer(responder: Responder, question: string, json: boolean, previous?: PreviousTurn): { text: string; turn: PreviousTurn } {
  const response = responder.respond(question, previous);
  const reply = replyTo(response, responder.kb, TERMINAL_COMMANDS);
  return { text: json ? JSON.stringify(toJson(reply)) : renderReply(reply), turn: turnOf(response) };
}

/** `npm run ask`, started by askStarter.ts with the cache folder it checked (privateCacheDir), if any. */
export async function ask(cacheDir: string | undefined): Promise<void> {
  exitQuietlyWhenStdoutCloses();
  const { flags, rest } = parseArgs(process.argv.slice(2));
  if (flags.has('--help')) fail(USAGE, 0);
  onlyOptions(flags, ['--json', '--knowledge', '--help'], USAGE);
  const json = flags.has('--json');
  // What answering needs (the quiz is not), with start-up time in mind: the parsed knowledge base,
  // the stems and the engine's index are kept between runs (in the temp folder), since parsing YAML,
  // stemming and indexing with a cold JIT are most of a one-shot answer's time.
  const dir = knowledgeDir(flagValue(flags, '--knowledge'));
  const kb = loadOrExit(() => loadKnowledge(dir, cacheDir ? { cacheDir } : {}));
  // The chooser refers to entries: it is checked again whenever their ids change.
  const chooserKey = `${CHOOSER_FILE_SCHEMA.signature}|${kb.entries.map((e) => e.id).join(',')}`;
  const chooser = loadOrExit(() => cachedContent(cacheDir, 'chooser', [join(dir, CHOOSER_FILE)], chooserKey, () => loadChooser(dir, kb)));
  const scope = loadOrExit(() =>
    cachedContent(cacheDir, 'scope', [join(dir, SCOPE_FILE)], SCOPE_FILE_SCHEMA.signature, () => {
      const { topics, problems, syntax } = validateScope(dir);
      if (!topics) throw new ContentError(`The content in ${dir} cannot be loaded`, problems, syntax);
      return topics;
    }),
  );
  const stems = StemCache.persistent(cacheDir, stemRules());
  const engine = cachedEngine(cacheDir, kb, DEFAULT_TUNING, stems);
  // The learned model is read only if a question needs its opinion (then from the cache when it has not changed); a broken one is reported and skipped.
  const responder = new Responder(kb, engine, chooser, scope, loadExampleModel(dir, (message) => process.stderr.write(`${message}\n`), cacheDir));
  // After the responder, so the stems of its cue phrases are kept too.
  stems.save();
  const question = rest.join(' ');
  if (question.trim() !== '') {
    process.stdout.write(answer(responder, question, json).text + '\n');
    return;
  }
  if (process.stdin.isTTY) fail(USAGE, 2);
  let previous: PreviousTurn | undefined;
  for await (const line of createInterface({ input: process.stdin, terminal: false })) {
    if (line.trim() === '' && !json) continue;
    const { text, turn } = answer(responder, line, json, previous);
    previous = turn;
    process.stdout.write(text + (json ? '\n' : '\n\n'));
  }
}

