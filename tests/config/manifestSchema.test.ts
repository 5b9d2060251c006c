/** A fresh clone passes without Slack's schema beside it; CI still checks manifest.yml against it. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { HOW_TO_CHECK, manifestSchemaSource } from './manifestSchema.js';

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
}

/** Runs the manifest test file in its own vitest, with `env` instead of the schema settings of this run. */
function runManifestTest(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'SLACK_MANIFEST_SCHEMA' && k !== 'CI'));
  // That one file needs no database server.
  const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/slack/manifest.test.ts'], { env: { ...base, NO_COLOR: '1', TEST_POSTGRES: 'off', ...env } });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

describe('where the manifest test finds Slack\'s schema', () => {
  it('only from SLACK_MANIFEST_SCHEMA; unset, the check is skipped with how to run it, but CI fails', () => {
    const schema = join(tmpdir(), 'manifest.schema.1.0.0.json');
    writeFileSync(schema, '{}');
    expect(manifestSchemaSource({ SLACK_MANIFEST_SCHEMA: schema })).toEqual({ kind: 'file', path: schema });
    expect(manifestSchemaSource({ SLACK_MANIFEST_SCHEMA: schema, CI: 'true' })).toEqual({ kind: 'file', path: schema });
    expect(manifestSchemaSource({ SLACK_MANIFEST_SCHEMA: join(tmpdir(), 'nope.json') })).toMatchObject({ kind: 'error', message: expect.stringContaining('does not exist') });

    for (const env of [{}, { CI: '' }, { CI: 'false' }, { SLACK_MANIFEST_SCHEMA: ' ' }]) {
      const source = manifestSchemaSource(env);
      expect(source.kind, JSON.stringify(env)).toBe('skip');
      expect(source.kind === 'skip' && source.note).toContain('SLACK_MANIFEST_SCHEMA=path/to/manifest.schema.1.0.0.json npm test');
    }
    for (const CI of ['true', '1']) expect(manifestSchemaSource({ CI })).toMatchObject({ kind: 'error', message: expect.stringContaining('SLACK_MANIFEST_SCHEMA') });
    expect(HOW_TO_CHECK).toBe('SLACK_MANIFEST_SCHEMA=path/to/manifest.schema.1.0.0.json npm test');
  });

  it('no file in src/ or tests/ reaches outside the repository for it', () => {
    const outside = ['..', 'shared', ''].join('/');
    const offenders = ['src', 'tests'].flatMap(filesUnder).filter((file) => readFileSync(file, 'utf8').includes(outside));
    expect(offenders).toEqual([]);
  });

  it('.ci/run passes the schema explicitly', () => {
    const line = `SLACK_MANIFEST_SCHEMA="$PWD/${['..', 'shared', 'slack'].join('/')}/manifest.schema.1.0.0.json" npm test`;
    expect(readFileSync('.ci/run', 'utf8').split('\n')).toContain(line);
  });

  it('the manifest test passes without the schema (saying how to check it) and fails without it under CI', async () => {
    const [local, ci] = await Promise.all([runManifestTest({}), runManifestTest({ CI: 'true' })]);
    expect(local.code, local.output).toBe(0);
    expect(local.output).toContain(`To check it: ${HOW_TO_CHECK}`);
    expect(local.output).toMatch(/1 skipped/);
    expect(ci.code, ci.output).toBe(1);
    expect(ci.output).toContain('CI is set but SLACK_MANIFEST_SCHEMA is not');
    // The drift checks ran in both.
    expect(ci.output).toMatch(/7 passed/);
  }, 60_000);
});
