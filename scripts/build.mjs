#!/usr/bin/env node
/**
 * Builds dist/ with tsc and records when (dist/.build-stamp), so that `npm start`
 * (scripts/start.mjs) can skip the build when no source changed since. Plain
 * JavaScript: it must run before anything is compiled.
 *   node scripts/build.mjs   build now (npm run build, npm install's prepare)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const STAMP = 'dist/.build-stamp';
/** What the build reads: a change to any of these means dist/ may be out of date. */
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

/** The newest modification time under `path` (folders count too: deleting or renaming a file changes its folder). */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return { path, time: -Infinity };
  }
  let best = { path, time: stat.mtimeMs };
  if (stat.isDirectory()) {
    for (const name of readdirSync(path)) {
      const inner = newest(join(path, name));
      if (inner.time > best.time) best = inner;
    }
  }
  return best;
}

/** Why dist/ must be rebuilt, or null when it is up to date. */
export function staleReason(root = ROOT) {
  if (!existsSync(join(root, 'dist', 'app.js'))) return 'dist/app.js is missing';
  let built;
  try {
    built = statSync(join(root, STAMP)).mtimeMs;
  } catch {
    return 'dist/ has no record of a complete build';
  }
  for (const input of INPUTS) {
    const latest = newest(join(root, input));
    if (latest.time > built) return `${relative(root, latest.path).split('\\').join('/')} changed since the last build`;
  }
  return null;
}

/** Runs tsc (its output on stderr: stdout belongs to the app); on success records the build. Returns tsc's exit code. */
export function build(root = ROOT) {
  // Stamped with the start time: a file saved while tsc runs still counts as changed next time.
  const started = new Date();
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: ['ignore', 2, 2] });
  const code = result.status ?? 1;
  if (code === 0) {
    const stamp = join(root, STAMP);
    writeFileSync(stamp, 'Written by scripts/build.mjs after a successful build; npm start compares sources with its time.\n');
    utimesSync(stamp, started, started);
  }
  return code;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = build();
