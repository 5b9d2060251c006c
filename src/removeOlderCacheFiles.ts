import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Removes the files in `cacheDir` named `prefix`…`suffix` other than `kept`: a cache keyed by content is never read
 * again under an older key, and without this every edit would leave one more file behind. Never throws.
 */
export function removeOlderCacheFiles(cacheDir: string, prefix: string, suffix: string, kept: string): void {
  try {
    for (const name of readdirSync(cacheDir)) if (name.startsWith(prefix) && name.endsWith(suffix) && join(cacheDir, name) !== kept) rmSync(join(cacheDir, name), { force: true });
  } catch {
    // A file left behind only takes space.
  }
}
