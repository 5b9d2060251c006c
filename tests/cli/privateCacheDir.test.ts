/** The one-shot commands' cache folder in the shared temp folder: used only when it is the user's own. */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { privateCacheDir } from '../../src/cli/privateCacheDir.js';

let base: string;
let stderr: string[];
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'iot-or-m2m-cachedir-'));
  stderr = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(base, { recursive: true, force: true });
});

describe('the cache folder of the one-shot commands', () => {
  it('is created for this user alone (mode 0700)', () => {
    const dir = join(base, 'cache');
    expect(privateCacheDir(dir)).toBe(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(stderr).toEqual([]);
  });

  it('is closed to others, and emptied of what they may have put in it, when it was made under a permissive umask', () => {
    const dir = join(base, 'cache');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    writeFileSync(join(dir, 'knowledge-planted.json'), '{}');
    expect(privateCacheDir(dir)).toBe(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is not used when a file or a dangling link stands in its place, and the user is told why', () => {
    const file = join(base, 'file');
    writeFileSync(file, '');
    const dangling = join(base, 'dangling');
    symlinkSync(join(base, 'nowhere'), dangling);
    for (const dir of [file, dangling]) expect(privateCacheDir(dir), dir).toBeUndefined();
    expect(stderr).toHaveLength(2);
  });

  it('is not used when the name is a link planted in its place, and the user is told why', () => {
    const elsewhere = join(base, 'elsewhere');
    mkdirSync(elsewhere);
    const dir = join(base, 'cache');
    symlinkSync(elsewhere, dir);
    expect(privateCacheDir(dir)).toBeUndefined();
    expect(stderr.join('')).toMatch(/Not caching in .*cache: it is not a folder of yours/);
  });

  it('is not used when another user made it first', () => {
    const dir = join(base, 'cache');
    mkdirSync(dir, { mode: 0o700 });
    const someoneElse = statSync(dir).uid + 1;
    expect(privateCacheDir(dir, someoneElse)).toBeUndefined();
    expect(stderr.join('')).toMatch(/not a folder of yours/);
  });
});
