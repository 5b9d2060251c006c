#!/usr/bin/env node
/** `npm run report -- [--since 30d] [--json] [--suggest] [--knowledge DIR]`: what users asked that the bot could not answer, and how its answers were rated. */
import { AnswerEngine } from '../answers/engine.js';
import { isEntryPoint } from '../entryPoint.js';
import { sinceDate } from '../feedback/duration.js';
import { buildReport, formatReport, type FeedbackReport } from '../feedback/report.js';
import { suggestYaml } from '../feedback/suggest.js';
import type { FeedbackSource } from '../feedback/types.js';
import { knowledgeDir, loadKnowledge } from '../knowledge/load.js';
import { DEFAULT_DATABASE_PATH } from '../store/store.js';
import { exitQuietlyWhenStdoutCloses, fail, flagValue, loadOrExit, parseArgs } from './common.js';
import { openRecordedStore } from './recordedStore.js';

const USAGE = `Usage: npm run report -- [--since 30d] [--json] [--suggest] [--workspace TEAM_ID] [--knowledge DIR]
  --since N[h|d|w]  only feedback from the last N hours, days or weeks (default: all time)
  --workspace ID    the workspace (Slack team id, T…) of an app installed in many; default: the one workspace
  --json            print the report as one JSON object
  --suggest         print YAML suggestions for the knowledge base instead of the report
  --knowledge DIR   the knowledge folder (default: KNOWLEDGE_DIR or the bundled one)
Reads PostgreSQL at DATABASE_URL when it is set, else the file at DATABASE_PATH (default ${DEFAULT_DATABASE_PATH}).`;

const VALUED = ['--since', '--knowledge', '--workspace'];
const FLAGS = [...VALUED, '--json', '--suggest', '--help'];

export interface CliIo {
  stdout: (text: string) => void;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
}

/**
 * Prints the report on `io.stdout`. Problems go to stderr with an exit code
 * (through `fail`): 2 for bad arguments, 1 when the knowledge base or the
 * database cannot be read.
 */
export async function main(argv: string[], io: CliIo): Promise<void> {
  const { flags, rest } = parseArgs(argv, VALUED);
  if (flags.has('--help') || rest.includes('-h')) {
    io.stdout(USAGE + '\n');
    return;
  }
  const unknown = [...flags.keys()].find((f) => !FLAGS.includes(f)) ?? rest[0];
  if (unknown !== undefined) fail(`Unknown argument "${unknown}"\n\n${USAGE}`, 2);
  for (const name of VALUED) {
    const value = flags.get(name);
    // "--knowledge --json": the next flag is not a value.
    if (value !== undefined && (value === true || value === '' || value.startsWith('--'))) fail(`${name} needs a value\n\n${USAGE}`, 2);
  }

  const sinceArg = flagValue(flags, '--since');
  let since: Date | undefined;
  if (sinceArg !== undefined) {
    since = sinceDate(sinceArg, io.now?.() ?? new Date()) ?? undefined;
    if (!since) fail(`--since "${sinceArg}" is not a look-back: write a whole number followed by h, d or w, e.g. --since 30d`, 2);
  }

  const engine = loadOrExit(() => new AnswerEngine(loadKnowledge(knowledgeDir(flagValue(flags, '--knowledge') ?? io.env.KNOWLEDGE_DIR))));

  const { store, path } = await openRecordedStore(io.env);
  // A missing SQLite file is no error: nothing has been recorded yet.
  const exists = store !== undefined;
  const source: FeedbackSource = store?.forWorkspace(flagValue(flags, '--workspace') ?? '') ?? { votes: () => Promise.resolve([]), questions: () => Promise.resolve([]) };
  let report: FeedbackReport;
  try {
    report = await buildReport(source, engine, since ? { since } : {});
  } finally {
    await store?.close();
  }

  if (flags.has('--json')) {
    const output = flags.has('--suggest') ? { ...report, suggestions: suggestYaml(report, engine.kb) } : report;
    io.stdout(JSON.stringify(output, null, 2) + '\n');
  } else if (flags.has('--suggest')) {
    io.stdout(suggestYaml(report, engine.kb));
  } else if (!exists) {
    io.stdout(`No feedback database at ${path} yet: the bot creates it when it records the first question. Set DATABASE_PATH if it lives elsewhere.\n`);
  } else {
    io.stdout(formatReport(report) + '\n');
  }
}

if (isEntryPoint(import.meta.url)) {
  exitQuietlyWhenStdoutCloses();
  void main(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), env: process.env });
}
