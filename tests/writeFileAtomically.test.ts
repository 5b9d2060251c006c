import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJsonAtomically } from '../src/writeFileAtomically.js';

describe('writeJsonAtomically', () => {
  it('writes the JSON, creating folders, and leaves no temp file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const file = join(dir, 'a', 'b', 'cache.json');
    expect(writeJsonAtomically(file, { value: [1, 'two'] })).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ value: [1, 'two'] });
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['cache.json']);
  });

  it('never writes through a link left at its temp name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const victim = join(dir, 'someone-elses-file');
    writeFileSync(victim, 'keep me');
    const file = join(dir, 'cache.json');
    symlinkSync(victim, `${file}.${process.pid}.tmp`);
    expect(writeJsonAtomically(file, { value: 1 })).toBe(true);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ value: 1 });
  });

  it('says false, without throwing, where the file cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    expect(writeJsonAtomically(join(dir, 'not-a-folder', 'cache.json'), {})).toBe(false);
  });
});
