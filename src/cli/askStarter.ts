/**
 * `npm run ask`, bundled alone as dist/cli/ask.cjs: it runs the bundled command (dist/cli/ask.bundle.cjs) with the
 * code V8 compiled for it kept in the user's own cache folder, so a one-shot answer does not compile it cold.
 */
// First: .env may set TMPDIR, where the cache folder is.
import './readDotEnv.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ask } from './ask.js';
import { runWithCodeCache } from './codeCache.js';
import { privateCacheDir } from './privateCacheDir.js';

const cacheDir = privateCacheDir();
const command = runWithCodeCache(join(dirname(fileURLToPath(import.meta.url)), 'ask.bundle.cjs'), cacheDir);
// Not awaited at the top level: this is bundled as CommonJS (scripts/build.mjs), which has none. A failure is
// still an unhandled rejection: printed, with exit code 1. Kept after the answer, with all it compiled.
void (command.exports as { ask: typeof ask }).ask(cacheDir).then(command.keep);
