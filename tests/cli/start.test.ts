/** npm start (scripts/start.mjs) rebuilds only when a source changed, then runs the app as its own process would. */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAMP, staleReason } from '../../scripts/build.mjs';

const BEFORE = new Date('2025-01-01T00:00:00Z');
const BUILT = new Date('2025-01-02T00:00:00Z');
const LATER = new Date('2025-01-03T00:00:00Z');

/** Writes `text` to root/path with the given modification time (folders on the way too). */
function put(root: string, path: string, text: string, time = BEFORE): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, time, time);
}

/** A project whose dist/ was built after every source was last written. */
function builtProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'start-'));
  for (const path of ['src/app.ts', 'src/cli/ask.ts', 'tsconfig.json', 'tsconfig.build.json']) put(root, path, '// source\n');
  put(root, 'package.json', '{ "type": "module" }\n');
  for (const dir of ['src/cli', 'src']) utimesSync(join(root, dir), BEFORE, BEFORE);
  put(root, 'dist/app.js', '// built\n', BUILT);
  put(root, STAMP, '', BUILT);
  return root;
}

describe('whether npm start rebuilds', () => {
  it('a fresh build: no', () => {
    expect(staleReason(builtProject())).toBeNull();
  });

  it('a source, a tsconfig or package.json touched since: yes, naming it', () => {
    for (const path of ['src/cli/ask.ts', 'tsconfig.build.json', 'package.json']) {
      const root = builtProject();
      utimesSync(join(root, path), LATER, LATER);
      expect(staleReason(root)).toBe(`${path} changed since the last build`);
    }
  });

  it('a source added or deleted (its folder changes): yes', () => {
    const added = builtProject();
    writeFileSync(join(added, 'src/cli/new.ts'), '');
    expect(staleReason(added)).toMatch(/^src\/cli(\/new\.ts)? changed since the last build$/);
    const deleted = builtProject();
    rmSync(join(deleted, 'src/cli/ask.ts'));
    expect(staleReason(deleted)).toBe('src/cli changed since the last build');
  });

  it('dist/ missing, or a build that did not finish (no stamp): yes', () => {
    const missing = builtProject();
    rmSync(join(missing, 'dist'), { recursive: true });
    expect(staleReason(missing)).toBe('dist/app.js is missing');
    const unfinished = builtProject();
    rmSync(join(unfinished, STAMP));
    expect(staleReason(unfinished)).toBe('dist/ has no record of a complete build');
  });
});

/**
 * A project with the real scripts, a stand-in tsc (counts its runs, writes dist/app.js,
 * fails when FAIL_BUILD is set) and an app that prints, waits for SIGTERM when asked, and exits with 3.
 */
function runnableProject(): string {
  const root = builtProject();
  for (const script of ['scripts/start.mjs', 'scripts/build.mjs']) {
    mkdirSync(join(root, 'scripts'), { recursive: true });
    copyFileSync(resolve(script), join(root, script));
  }
  const app = `
export async function runAsProcess() {
  process.stdout.write('app ran\\n');
  if (process.env.WAIT_FOR_SIGTERM) {
    // A timer stands in for the app's server, which keeps it alive.
    const alive = setInterval(() => {}, 1000);
    const stop = new Promise((r) => process.once('SIGTERM', r));
    process.stdout.write('waiting\\n');
    await stop;
    clearInterval(alive);
    process.stdout.write('stopped on SIGTERM\\n');
  }
  process.exitCode = 3;
}`;
  put(root, 'dist/app.js', app, BUILT);
  put(root, 'node_modules/typescript/package.json', '{ "type": "commonjs" }\n');
  put(
    root,
    'node_modules/typescript/bin/tsc',
    `const fs = require('node:fs');
fs.appendFileSync('builds.log', 'tsc ' + process.argv.slice(2).join(' ') + '\\n');
if (process.env.FAIL_BUILD) { process.stdout.write('src/app.ts(1,1): error TS1000: broken\\n'); process.exit(2); }
fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/app.js', ${JSON.stringify(app)});`,
  );
  // A stand-in esbuild: writes the bundle, and counts its runs apart from tsc's.
  put(root, 'node_modules/esbuild/package.json', '{ "type": "commonjs", "main": "index.js" }\n');
  put(
    root,
    'node_modules/esbuild/index.js',
    `const fs = require('node:fs'), path = require('node:path');
exports.buildSync = (options) => {
  if (process.env.FAIL_BUNDLE) throw new Error('The package "@esbuild/linux-x64" could not be found');
  fs.appendFileSync('bundles.log', options.outfile + '\\n');
  const out = path.join(options.absWorkingDir, options.outfile);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, '// bundled\\n');
};`,
  );
  return root;
}

function start(root: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(root, 'scripts/start.mjs')], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  const builds = existsSync(join(root, 'builds.log')) ? readFileSync(join(root, 'builds.log'), 'utf8').trim().split('\n').length : 0;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, builds };
}

describe('npm start', () => {
  it('runs dist/app.js without building when nothing changed, with its output and exit code', () => {
    const root = runnableProject();
    expect(start(root)).toEqual({ code: 3, stdout: 'app ran\n', stderr: '', builds: 0 });
  });

  it('builds once after a change (tsc output on stderr, stdout is the app\'s), then not again', () => {
    const root = runnableProject();
    utimesSync(join(root, 'src/app.ts'), LATER, LATER);
    const first = start(root);
    expect(first).toMatchObject({ code: 3, stdout: 'app ran\n', builds: 1 });
    expect(first.stderr).toBe('Building dist/ (src/app.ts changed since the last build)…\n');
    expect(statSync(join(root, STAMP)).mtimeMs).toBeGreaterThan(LATER.getTime());
    // tsc's output is bundled for `npm run ask` in the same build.
    expect(readFileSync(join(root, 'bundles.log'), 'utf8')).toBe('dist/cli/ask.bundle.cjs\ndist/cli/ask.cjs\n');
    expect(start(root)).toMatchObject({ code: 3, stderr: '', builds: 1 });
  });

  it('a failed build: its errors on stderr, tsc\'s exit code, the app not started, and a rebuild next time', () => {
    const root = runnableProject();
    rmSync(join(root, 'dist'), { recursive: true });
    const failed = start(root, { FAIL_BUILD: '1' });
    expect(failed).toMatchObject({ code: 2, stdout: '', builds: 1 });
    expect(failed.stderr).toContain('error TS1000: broken');
    expect(failed.stderr).toContain('The build failed; not starting.');
    expect(existsSync(join(root, 'bundles.log')), 'nothing is bundled after tsc fails').toBe(false);
    expect(start(root)).toMatchObject({ code: 3, stdout: 'app ran\n', builds: 2 });
  });

  it('a failed bundle of `npm run ask`: its cause on stderr, the app started all the same, and a rebuild next time; `npm run build` fails', () => {
    const root = runnableProject();
    utimesSync(join(root, 'src/app.ts'), LATER, LATER);
    const failed = start(root, { FAIL_BUNDLE: '1' });
    expect(failed).toMatchObject({ code: 3, stdout: 'app ran\n', builds: 1 });
    expect(failed.stderr).toContain('Bundling `npm run ask` failed: The package "@esbuild/linux-x64" could not be found');
    expect(start(root)).toMatchObject({ code: 3, stdout: 'app ran\n', builds: 2 });
    const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8', env: { ...process.env, FAIL_BUNDLE: '1' } });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('Run npm install, then npm run build.');
  });

  it('SIGTERM sent to npm start reaches the app', async () => {
    const root = runnableProject();
    const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], { cwd: root, env: { ...process.env, WAIT_FOR_SIGTERM: '1' } });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      if (stdout === 'app ran\nwaiting\n') child.kill('SIGTERM');
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (c, s) => done([c, s])));
    expect(stdout).toBe('app ran\nwaiting\nstopped on SIGTERM\n');
    expect({ code, signal }).toEqual({ code: 3, signal: null });
  });
});
