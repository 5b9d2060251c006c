#!/usr/bin/env node
/** `npm run report -- [--since 30d] [--json] [--suggest] [--knowledge DIR]`: what users asked that the bot could not answer, and how its answers were rated. */
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnswerEngine } from '../answers/engine.js';
import { sinceDate } from '../feedback/duration.js';
import { buildReport, formatReport, type FeedbackReport } from '../feedback/report.js';
import { DEFAULT_DATABASE_PATH, openFeedbackStore } from '../feedback/store.js';
import { suggestYaml } from '../feedback/suggest.js';
import type { FeedbackSource } from '../feedback/types.js';
import { knowledgeDir, loadKnowledge } from '../knowledge/load.js';
import { ContentError, formatProblem } from '../knowledge/problems.js';
import { silentLogger } from '../log.js';

const USAGE = `Usage: npm run report -- [--since 30d] [--json] [--suggest] [--knowledge DIR]
  --since N[h|d|w]  only feedback from the last N hours, days or weeks (default: all time)
  --json            print the report as one JSON object
  --suggest         print YAML suggestions for the knowledge base instead of the report
  --knowledge DIR   the knowledge folder (default: KNOWLEDGE_DIR or the bundled one)
Reads the database at DATABASE_PATH (default ${DEFAULT_DATABASE_PATH}).`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
}

interface Args {
  since?: string;
  json: boolean;
  suggest: boolean;
  knowledge?: string;
  help: boolean;
}

/** Runs the report; returns the exit code (0 ok, 1 cannot read, 2 bad arguments). */
export function main(argv: string[], io: CliIo): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`${args}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  let since: Date | undefined;
  if (args.since !== undefined) {
    since = sinceDate(args.since, io.now?.() ?? new Date()) ?? undefined;
    if (!since) {
      io.stderr(`--since "${args.since}" is not a look-back: write a whole number followed by h, d or w, e.g. --since 30d\n`);
      return 2;
    }
  }

  let engine: AnswerEngine;
  try {
    engine = new AnswerEngine(loadKnowledge(knowledgeDir(args.knowledge ?? io.env.KNOWLEDGE_DIR)));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    io.stderr(`${error.message}\n${error.problems.map(formatProblem).join('\n')}\n`);
    return 1;
  }

  const path = resolve(io.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
  let source: FeedbackSource = { votes: () => [], questions: () => [] };
  let close = () => {};
  const exists = existsSync(path);
  if (exists) {
    const store = openFeedbackStore({ path, logger: silentLogger, readOnly: true });
    if (!store.enabled) {
      io.stderr(`Cannot read the feedback database. ${store.reason ?? ''}\n`);
      return 1;
    }
    source = store;
    close = () => store.close();
  }
  let report: FeedbackReport;
  try {
    report = buildReport(source, engine, since ? { since } : {});
  } finally {
    close();
  }

  if (args.json) {
    const output = args.suggest ? { ...report, suggestions: suggestYaml(report, engine.kb) } : report;
    io.stdout(JSON.stringify(output, null, 2) + '\n');
  } else if (args.suggest) {
    io.stdout(suggestYaml(report, engine.kb));
  } else if (!exists) {
    io.stdout(`No feedback database at ${path} yet: the bot creates it when it records the first question. Set DATABASE_PATH if it lives elsewhere.\n`);
  } else {
    io.stdout(formatReport(report) + '\n');
  }
  return 0;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false, suggest: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--json':
        args.json = true;
        break;
      case '--suggest':
        args.suggest = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--since':
      case '--knowledge': {
        const v = value();
        if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) return `${flag} needs a value`;
        if (flag === '--since') args.since = v;
        else args.knowledge = v;
        break;
      }
      default:
        return `Unknown argument "${arg}"`;
    }
  }
  return args;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const { config } = await import('dotenv');
  config({ quiet: true });
  process.exitCode = main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
  });
}
