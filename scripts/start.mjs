#!/usr/bin/env node
/**
 * `npm start`: rebuilds dist/ only when a source changed since the last build
 * (scripts/build.mjs), then runs the app. The app runs in this process, not a
 * child: stdin, stdout, stderr, signals and the exit code are the app's own, and
 * a Ctrl-C reaches it once (a forwarding parent would deliver it twice, which
 * the app takes as "force quit").
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, ROOT, staleReason } from './build.mjs';

const reason = staleReason(ROOT);
if (reason) {
  process.stderr.write(`Building dist/ (${reason})…\n`);
  // The app does not use the bundle of `npm run ask`: a failure to bundle it is reported, and the app still starts.
  const code = build(ROOT, { needsBundle: false });
  if (code !== 0) {
    process.stderr.write('The build failed; not starting. Fix the errors above and run npm start again.\n');
    process.exit(code);
  }
}
const { runAsProcess } = await import(pathToFileURL(join(ROOT, 'dist', 'app.js')).href);
await runAsProcess();
