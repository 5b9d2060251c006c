import { chmodSync, lstatSync, mkdirSync, readdirSync, rmSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where one-shot commands keep what makes their next run start faster (parsed knowledge, stems, the engine's
 * index, `npm run ask`'s compiled code): one folder per user in the shared temp folder, since what is in it is read back.
 */
export const CACHE_DIR = join(tmpdir(), `iot-or-m2m-${process.getuid?.() ?? 'user'}`);

/**
 * `dir` (CACHE_DIR), created if missing, when it is this user's alone; else
 * undefined, with a line on stderr, and nothing is cached. What is in it is
 * read back as answers, and anyone can create a folder of that name in the
 * shared temp folder first. `uid`: whose it must be (this process's user).
 */
export function privateCacheDir(dir = CACHE_DIR, uid = process.getuid?.()): string | undefined {
  let folder: Stats;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    folder = lstatSync(dir);
  } catch (error) {
    // A file or a dangling link in its place is someone else's doing; a temp folder that cannot be written only costs time.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' || lstatOrUndefined(dir)) refuseCacheDir(dir);
    return undefined;
  }
  if (!folder.isDirectory() || (uid !== undefined && folder.uid !== uid)) {
    refuseCacheDir(dir);
    return undefined;
  }
  if ((folder.mode & 0o022) !== 0) {
    // Ours, but others could write to it (made under a permissive umask): what they may have put in it is thrown away.
    try {
      chmodSync(dir, 0o700);
      for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
    } catch {
      return undefined;
    }
  }
  return dir;
}

function refuseCacheDir(dir: string): void {
  process.stderr.write(`Not caching in ${dir}: it is not a folder of yours. Remove it (or set TMPDIR) to answer faster.\n`);
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
