/** A CommonJS file run with the code V8 compiled for it kept between runs, where the caller says to keep it. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runWithCodeCache } from '../../src/cli/codeCache.js';

let base: string;
let cache: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'iot-or-m2m-codecache-'));
  cache = join(base, 'cache');
  mkdirSync(cache);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const commonJs = (name: string, source: string) => {
  const file = join(base, name);
  writeFileSync(file, source);
  return file;
};
/** In a process of its own, as `npm run ask` runs it: within one, V8 reuses what it compiled and reads no cache. */
const runAlone = (file: string, cacheDir: string) => {
  const script = `import { runWithCodeCache } from ${JSON.stringify(pathToFileURL(resolve('dist/cli/codeCache.js')).href)};\nconst run = runWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cacheDir)});\nconsole.log(JSON.stringify({ exports: run.exports, cache: run.keep() }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as unknown;
};
const kept = () => readdirSync(cache).filter((name) => name.endsWith('.code'));

describe('runWithCodeCache', () => {
  it('runs the file as require would: its exports, `this`, its own require, __filename and __dirname', () => {
    const file = commonJs('where.cjs', "const path = require('node:path');\nexports.where = `${path.basename(__filename)} in ${path.basename(__dirname)}`;\nmodule.exports.self = this === module.exports;\n");
    const run = runWithCodeCache(file, undefined);
    expect(run.exports).toEqual({ where: `where.cjs in ${basename(base)}`, self: true });
    expect(run.keep()).toBe('none');
    expect(readdirSync(cache)).toEqual([]);
  });

  it('keeps the compiled code when asked, after the run, and uses it the next time', () => {
    const file = commonJs('double.cjs', 'exports.doubled = [1, 2, 3].map((x) => x * 2);\n');
    expect(runAlone(file, cache)).toEqual({ exports: { doubled: [2, 4, 6] }, cache: 'written' });
    expect(kept()).toHaveLength(1);
    expect(runAlone(file, cache)).toEqual({ exports: { doubled: [2, 4, 6] }, cache: 'used' });
  });

  it('compiles again and rewrites a damaged cache; a changed file gets a cache of its own, and the old one goes', () => {
    const file = commonJs('double.cjs', 'exports.doubled = [1, 2, 3].map((x) => x * 2);\n');
    runAlone(file, cache);
    const [first] = kept();
    writeFileSync(join(cache, first as string), 'not code V8 wrote');
    expect(runAlone(file, cache)).toEqual({ exports: { doubled: [2, 4, 6] }, cache: 'written' });
    expect(runAlone(file, cache)).toMatchObject({ cache: 'used' });
    // The same length, so V8's own check of the source would pass it: the key is the content.
    writeFileSync(file, 'exports.doubled = [1, 2, 3].map((x) => x * 3);\n');
    expect(runAlone(file, cache)).toEqual({ exports: { doubled: [3, 6, 9] }, cache: 'written' });
    expect(kept()).toHaveLength(1);
    expect(kept()).not.toEqual([first]);
  });

  it('runs the file all the same when the cache cannot be written', () => {
    const file = commonJs('double.cjs', 'exports.doubled = [1, 2, 3].map((x) => x * 2);\n');
    const notAFolder = commonJs('file', '');
    expect(runAlone(file, notAFolder)).toEqual({ exports: { doubled: [2, 4, 6] }, cache: 'none' });
  });
});
