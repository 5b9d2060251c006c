import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerEngine, DEFAULT_TUNING } from '../../src/answers/engine.js';
import { StemCache } from '../../src/answers/stemCache.js';
import { KnowledgeCache } from '../../src/knowledge/cache.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { knowledgeFolder } from '../knowledge/helpers.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'iot-or-m2m-cache-'));

describe('the knowledge cache', () => {
  it('gives back the same knowledge base, and notices any edit', () => {
    const dir = knowledgeFolder('copy');
    const cacheDir = tempDir();
    const fresh = loadKnowledge(dir, { cacheDir });
    expect(new KnowledgeCache(dir, cacheDir).read()).toEqual(fresh);

    const file = join(dir, 'faq', 'iot.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('questions:', 'questions:\n      - a brand new way to ask'));
    expect(new KnowledgeCache(dir, cacheDir).read()).toBeUndefined();
    expect(loadKnowledge(dir, { cacheDir }).entries.some((e) => e.questions.includes('a brand new way to ask'))).toBe(true);
  });

  it('ignores a corrupt cache and never caches a broken knowledge base', () => {
    const dir = knowledgeFolder('copy');
    const cacheDir = tempDir();
    loadKnowledge(dir, { cacheDir });
    const cache = new KnowledgeCache(dir, cacheDir);
    expect(cache.read()).toBeDefined();
    for (const name of readdirSync(cacheDir)) writeFileSync(join(cacheDir, name), '{ not json');
    expect(cache.read()).toBeUndefined();
    writeFileSync(join(dir, 'synonyms.yml'), 'groups: [oops');
    expect(() => loadKnowledge(dir, { cacheDir })).toThrow(/cannot be loaded/);
  });
});

describe('the stem cache', () => {
  it('saves stems and gives the engine the same answers from them', () => {
    const dir = tempDir();
    const kb = loadKnowledge(knowledgeFolder('copy'));
    const first = StemCache.persistent(dir);
    const fresh = new AnswerEngine(kb, DEFAULT_TUNING, first);
    first.save();
    const reloaded = StemCache.persistent(dir);
    expect(reloaded.get('devices')).toBe('devic');
    const cached = new AnswerEngine(kb, DEFAULT_TUNING, reloaded);
    for (const q of ['what does m2m stand for', 'can smart gadgets send data by themselves', 'weather in Paris']) {
      expect(cached.ask(q)).toEqual(fresh.ask(q));
    }
  });

  it('treats a corrupt or unwritable cache as no cache', () => {
    const dir = tempDir();
    const first = StemCache.persistent(dir);
    first.set('devices', 'devic');
    first.save();
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '[1, 2');
    expect(StemCache.persistent(dir).get('devices')).toBeUndefined();
    // A folder that cannot be created (its parent is a file), even for root.
    const blocked = StemCache.persistent(join(dir, readdirSync(dir)[0] as string, 'sub'));
    blocked.set('devices', 'devic');
    expect(() => blocked.save()).not.toThrow();
  });
});
