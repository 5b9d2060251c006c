#!/usr/bin/env node
/** `npm run kb:export -- [--dry-run] [--knowledge DIR]`: writes what admins taught in Slack into knowledge/faq/*.yml, for review. */
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { isEntryPoint } from '../entryPoint.js';
import { knowledgeDir } from '../knowledge/load.js';
import { formatContentError, ContentError } from '../knowledge/problems.js';
import { silentLogger } from '../log.js';
import { loadServices } from '../services.js';
import { planExport, type ExportPlan } from '../teaching/exportAdditions.js';
import type { Addition } from '../teaching/types.js';
import { fail, flagValue, onlyOptions, parseArgs } from './common.js';
import { openRecordedStore } from './recordedStore.js';

const USAGE = `Usage: npm run kb:export -- [--dry-run] [--workspace TEAM_ID] [--knowledge DIR]
  --dry-run         say what would change, write nothing
  --workspace ID    the workspace (Slack team id, T…) whose additions to export, for an app installed in many
  --knowledge DIR   the knowledge folder to write into (default: KNOWLEDGE_DIR or the bundled one)
Reads the additions from PostgreSQL at DATABASE_URL when it is set, else from the file at DATABASE_PATH.`;

export interface ExportIo {
  stdout: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export async function main(argv: string[], io: ExportIo): Promise<void> {
  const { flags, rest } = parseArgs(argv, ['--knowledge', '--workspace']);
  if (flags.has('--help')) {
    io.stdout(USAGE + '\n');
    return;
  }
  onlyOptions(flags, ['--knowledge', '--dry-run', '--workspace'], USAGE);
  if (rest.length > 0) fail(`Unexpected argument "${rest[0]}"\n\n${USAGE}`, 2);
  const dir = knowledgeDir(flagValue(flags, '--knowledge'), io.env);

  const { store, path } = await openRecordedStore(io.env);
  let additions: Addition[] | undefined = [];
  try {
    if (store) additions = await store.forWorkspace(flagValue(flags, '--workspace') ?? '').additions();
  } finally {
    await store?.close();
  }
  if (!additions) fail('Cannot read the additions from the database. Fix: check that the bot can reach it, then run this again.', 1);
  if (!store) io.stdout(`No database at ${path} yet, so nothing was taught. Set DATABASE_PATH or DATABASE_URL if it lives elsewhere.\n`);

  let plan: ExportPlan;
  try {
    plan = planExport(dir, additions);
  } catch (error) {
    fail(`Cannot read the knowledge files in ${dir}: ${error instanceof Error ? error.message : String(error)}. Fix: run npm run kb:check and mend what it reports.`, 1);
  }
  verify(dir, plan, additions);
  for (const { addition, reason } of plan.skipped) io.stdout(`skipped addition ${addition.id} (${addition.kind} for "${addition.entryId}"): ${reason}\n`);
  const changed = [...plan.files.keys()].map((file) => relative(process.cwd(), file) || file);
  if (plan.files.size === 0) {
    io.stdout('Nothing to export: the files already hold everything taught.\n');
    return;
  }
  if (!flags.has('--dry-run')) {
    for (const [file, text] of plan.files) {
      const temp = join(dir, 'faq', `.${basename(file)}.${process.pid}.tmp`);
      writeFileSync(temp, text);
      renameSync(temp, file);
    }
  }
  const verb = flags.has('--dry-run') ? 'Would add' : 'Added';
  io.stdout(`${verb} ${plan.phrasings} way${plan.phrasings === 1 ? '' : 's'} of asking and ${plan.entries} entr${plan.entries === 1 ? 'y' : 'ies'} to:\n${changed.map((f) => `  ${f}`).join('\n')}\n`);
  if (!flags.has('--dry-run')) io.stdout('Review them with git diff, then commit. Once deployed, undo them in App Home: the files hold them now.\n');
}

/**
 * Loads the exported files in a copy of the folder, as kb:check does, and
 * checks that each addition reads back as taught; nothing is written otherwise.
 */
function verify(dir: string, plan: ExportPlan, additions: readonly Addition[]): void {
  if (plan.files.size === 0) return;
  const copy = mkdtempSync(join(tmpdir(), 'kb-export-'));
  try {
    cpSync(dir, copy, { recursive: true });
    for (const [file, text] of plan.files) writeFileSync(join(copy, relative(dir, file)), text);
    let kb;
    try {
      kb = loadServices({ knowledge: copy, logger: silentLogger }).kb;
    } catch (error) {
      if (error instanceof ContentError) fail(`The export would break the knowledge base, so nothing was written:\n${formatContentError(error)}`, 1);
      throw error;
    }
    const skipped = new Set(plan.skipped.map((s) => s.addition.id));
    for (const a of additions) {
      if (a.undoneAt || skipped.has(a.id)) continue;
      const entry = kb.byId.get(a.entryId);
      const ok = a.kind === 'phrasing' ? entry?.questions.includes(a.question.trim()) : entry?.answer === a.answer.trim() && a.questions.every((q) => entry.questions.includes(q.trim()));
      if (!ok) fail(`Addition ${a.id} for "${a.entryId}" does not read back as taught, so nothing was written. Fix: report this; add it by hand meanwhile.`, 1);
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.url)) {
  void main(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), env: process.env });
}
