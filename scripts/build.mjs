#!/usr/bin/env node
/**
 * Builds dist/ with tsc, bundles `npm run ask` into one file (dist/cli/ask.cjs) with
 * esbuild, and records when (dist/.build-stamp), so that `npm start`
 * (scripts/start.mjs) can skip the build when no source changed since. Plain
 * JavaScript: it must run before anything is compiled.
 *   node scripts/build.mjs   build now (npm run build, npm install's prepare)
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
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

/**
 * `npm run ask`: its starter's entry and bundle (what `npm run ask` runs), and the command's, which the starter runs
 * with V8's compiled code cached (src/cli/codeCache.ts).
 */
export const ASK_ENTRY = 'dist/cli/askStarter.js';
export const ASK_BUNDLE = 'dist/cli/ask.cjs';
export const ASK_COMMAND_ENTRY = 'dist/cli/ask.js';
export const ASK_COMMAND_BUNDLE = 'dist/cli/ask.bundle.cjs';

/**
 * Bundles `npm run ask` into CommonJS files, the command and its starter: a one-shot answer spends a third of its
 * time loading some sixty ES modules, and one CommonJS file loads in a fraction of that. What it imports is bundled (natural's stemmer and js-yaml
 * too: after updating them, rebuild, as `npm install` does); what it loads at run time with createRequire (word
 * lists, dotenv) stays in node_modules. `import.meta.url` becomes the bundle's own URL: paths a module finds from its
 * own folder ("../../knowledge") still hold, since the bundle, like every module, sits one folder below dist/.
 * Returns 0 on success, 1 on failure, with the cause on stderr.
 */
export function bundleAsk(root = ROOT) {
  let esbuild;
  try {
    esbuild = createRequire(join(root, 'package.json'))('esbuild');
  } catch {
    process.stderr.write('esbuild, which bundles `npm run ask`, is not installed: run npm install.\n');
    return 1;
  }
  try {
    for (const [entry, outfile] of [[ASK_COMMAND_ENTRY, ASK_COMMAND_BUNDLE], [ASK_ENTRY, ASK_BUNDLE]]) {
      esbuild.buildSync({
        absWorkingDir: root,
        entryPoints: [entry],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        define: { 'import.meta.url': 'importMetaUrl' },
        banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
        // Its errors are printed below, with the cause when esbuild could not even start (its binary missing).
        logLevel: 'silent',
      });
    }
    return 0;
  } catch (error) {
    process.stderr.write(`Bundling \`npm run ask\` failed: ${error instanceof Error ? error.message : String(error)}\nRun npm install, then npm run build.\n`);
    return 1;
  }
}

/**
 * Runs tsc (its output on stderr: stdout belongs to the app), then bundles `npm run ask`; on success records the build.
 * Returns the exit code. With `needsBundle` false (`npm start`, whose app does not use the bundle), a failed bundle
 * is reported but fails nothing; the build is then not recorded, so the next start tries again.
 */
export function build(root = ROOT, { needsBundle = true } = {}) {
  // Stamped with the start time: a file saved while tsc runs still counts as changed next time.
  const started = new Date();
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) return result.status ?? 1;
  if (bundleAsk(root) !== 0) return needsBundle ? 1 : 0;
  const stamp = join(root, STAMP);
  writeFileSync(stamp, 'Written by scripts/build.mjs after a successful build; npm start compares sources with its time.\n');
  utimesSync(stamp, started, started);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = build();
