import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedEngine } from '../../src/answers/cachedEngine.js';
import { AnswerEngine, DEFAULT_TUNING, type EngineIndex } from '../../src/answers/engine.js';
import { loadEvalSet } from '../../src/answers/evaluation.js';
import { ExampleModel, LEARNED_FILE, learnedJson, loadExampleModel, OFF_TOPIC, readExampleModel, type Example } from '../../src/answers/exampleModel.js';
import { StemCache } from '../../src/answers/stemCache.js';
import { cachedContent, KnowledgeCache } from '../../src/knowledge/cache.js';
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

describe('content kept between runs (cachedContent)', () => {
  it('computes again after an edit, and keeps only the newest value of each name', () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    const source = join(dir, 'scope.yml');
    const kept = (name: string) => readdirSync(cacheDir).filter((f) => f.startsWith(`${name}-`));
    let computed = 0;
    const read = (name: string) => cachedContent(cacheDir, name, [source], 'v1', () => `${readFileSync(source, 'utf8')} #${++computed}`);
    writeFileSync(source, 'first');
    expect(read('scope')).toBe('first #1');
    expect(read('scope')).toBe('first #1');
    expect(read('chooser')).toBe('first #2');
    writeFileSync(source, 'second');
    expect(read('scope')).toBe('second #3');
    // The older scope is gone; the chooser, another name, stays.
    expect(kept('scope')).toHaveLength(1);
    expect(kept('chooser')).toHaveLength(1);
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

  it('keeps the stems of other stemming rules apart: a change to how words are stemmed starts afresh', () => {
    const dir = tempDir();
    const before = StemCache.persistent(dir, 'rules one');
    before.set('devices', 'devic');
    before.save();
    expect(StemCache.persistent(dir, 'rules one').get('devices')).toBe('devic');
    expect(StemCache.persistent(dir, 'rules two').get('devices')).toBeUndefined();
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

describe('the engine cache', () => {
  const kb = loadKnowledge(knowledgeFolder('copy'));
  const evalSet = loadEvalSet(resolve('tests/fixtures/eval'));
  const questions = [...evalSet.inScope.map((i) => i.q), ...evalSet.offTopic, 'wat is a gatway', 'weather in Paris'];

  it('keeps an index that ranks every question exactly as one built from scratch', () => {
    const dir = tempDir();
    const fresh = new AnswerEngine(kb);
    cachedEngine(dir, kb);
    const [name] = readdirSync(dir);
    const file = join(dir, name as string);
    const restored = new AnswerEngine(kb, DEFAULT_TUNING, undefined, deserialize(readFileSync(file)) as EngineIndex);
    for (const q of questions) expect(restored.rank(q, 5)).toEqual(fresh.rank(q, 5));
    for (const q of questions) expect(restored.ask(q)).toEqual(fresh.ask(q));
    // The next run reads it rather than building and writing it again.
    const written = statSync(file).mtimeMs;
    utimesSync(file, new Date(0), new Date(0));
    cachedEngine(dir, kb);
    expect(statSync(file).mtimeMs).toBe(0);
    expect(written).toBeGreaterThan(0);
  });

  it('builds again, and rewrites the file, when it is corrupt', () => {
    const dir = tempDir();
    cachedEngine(dir, kb);
    const name = readdirSync(dir)[0] as string;
    const written = readFileSync(join(dir, name));
    writeFileSync(join(dir, name), 'not an index');
    expect(cachedEngine(dir, kb).ask('what does m2m stand for').kind).toBe('answer');
    // The same index, compared as data: V8 may write one number as an integer in one build and as a double in another.
    expect(deserialize(readFileSync(join(dir, name)))).toEqual(deserialize(written));
  });

  it('is kept per knowledge base and tuning, newest only: an edit is never answered from the old index', () => {
    const dir = tempDir();
    cachedEngine(dir, kb);
    const [original] = readdirSync(dir);
    const edited = { ...kb, entries: kb.entries.map((e, i) => (i === 0 ? { ...e, questions: [...e.questions, 'what is a flux capacitor for'] } : e)) };
    const fromEdit = cachedEngine(dir, edited);
    expect(fromEdit.rank('what is a flux capacitor for', 1)[0]?.entry.id).toBe(kb.entries[0]?.id);
    const [forEdit] = readdirSync(dir);
    cachedEngine(dir, kb, { ...DEFAULT_TUNING, unknownWordWeight: DEFAULT_TUNING.unknownWordWeight + 0.5 });
    const [forTuning] = readdirSync(dir);
    expect(new Set([original, forEdit, forTuning]).size).toBe(3);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});

describe('the learned model cache', () => {
  const kb = loadKnowledge(knowledgeFolder('copy'));
  const engine = new AnswerEngine(kb);
  const stem = (word: string) => engine.stem(word);
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const folder = () => {
    const dir = tempDir();
    made.push(dir);
    return dir;
  };
  const keptFiles = (cacheDir: string) => readdirSync(cacheDir).filter((name) => name.startsWith('learned-'));
  /** A small model in a folder of its own: one entry taught a few words, beside off-topic chatter. */
  const learnedFolder = (entryId: string, ...texts: string[]) => {
    const dir = folder();
    const chatter = ['what time is lunch', 'who has the projector', 'is the car park open', 'where is the printer'];
    const examples: Example[] = [...texts.map((text) => ({ text, entryId })), ...chatter.map((text) => ({ text, entryId: OFF_TOPIC }))];
    writeFileSync(join(dir, LEARNED_FILE), learnedJson(ExampleModel.train(examples, stem, 'test').data) + '\n');
    return dir;
  };
  const bandwidth = ['do the gadgets need fat bandwidth', 'how much bandwidth do the gadgets want', 'is a fat pipe for gadgets needed'];

  it('gives the same opinions as learned.json read afresh, and writes learned.json back unchanged', () => {
    const file = resolve('knowledge', LEARNED_FILE);
    const cacheDir = folder();
    const fresh = readExampleModel(file);
    readExampleModel(file, cacheDir);
    expect(keptFiles(cacheDir)).toHaveLength(1);
    const cached = readExampleModel(file, cacheDir);
    // Read back from the cache, not parsed again: its long lists are the cache's Int32Arrays.
    expect(cached.data.entries.bayes.counts).toBeInstanceOf(Int32Array);
    expect(cached.data.turns?.softmax?.weights).toBeInstanceOf(Int32Array);
    const evalSet = loadEvalSet(resolve('tests/fixtures/eval'));
    const questions = [...evalSet.inScope.map((i) => i.q), ...evalSet.offTopic, 'our pumps sit on a sealed network far from any cell tower', 'what makes that possible?'];
    const opinions = (model: ExampleModel) =>
      questions.map((q, i) => [model.opinion(q, stem), model.opinion(q, stem, 'needs'), model.opinion(q, stem, 'projects'), model.turnOpinion(q, stem, [kb.entries[i % kb.entries.length]?.id ?? ''])]);
    const expected = opinions(fresh);
    expect(expected.flat().filter((o) => o !== undefined).length).toBeGreaterThan(questions.length);
    expect(opinions(cached)).toEqual(expected);
    // learned.json's format is unchanged whichever way the model was read.
    expect(learnedJson(cached.data) + '\n').toBe(readFileSync(file, 'utf8'));
  });

  it('never serves a changed learned.json from the cache, and keeps the newest only', () => {
    const cacheDir = folder();
    const dir = learnedFolder('iot-fit-fast-internet', ...bandwidth);
    const file = join(dir, LEARNED_FILE);
    const question = 'what bandwidth do our gadgets need?';
    expect(readExampleModel(file, cacheDir).opinion(question, stem)?.entryId).toBe('iot-fit-fast-internet');
    expect(readExampleModel(file, cacheDir).opinion(question, stem)?.entryId).toBe('iot-fit-fast-internet');
    const [before] = keptFiles(cacheDir);
    writeFileSync(file, readFileSync(join(learnedFolder('m2m-fit-no-wifi', ...bandwidth), LEARNED_FILE)));
    expect(readExampleModel(file, cacheDir).opinion(question, stem)?.entryId).toBe('m2m-fit-no-wifi');
    expect(readExampleModel(file, cacheDir).opinion(question, stem)?.entryId).toBe('m2m-fit-no-wifi');
    expect(keptFiles(cacheDir)).toHaveLength(1);
    expect(keptFiles(cacheDir)).not.toContain(before);
  });

  it('reads learned.json again when the cache file is corrupt, and keeps it anew', () => {
    const cacheDir = folder();
    const dir = learnedFolder('iot-fit-fast-internet', ...bandwidth);
    const file = join(dir, LEARNED_FILE);
    const question = 'what bandwidth do our gadgets need?';
    const expected = readExampleModel(file).opinion(question, stem);
    expect(expected?.entryId).toBe('iot-fit-fast-internet');
    readExampleModel(file, cacheDir);
    const [name] = keptFiles(cacheDir);
    const kept = join(cacheDir, name as string);
    const written = readFileSync(kept);
    // A kept model that lost the list of where its terms' counts start: taken as it is, it would throw at the first opinion.
    const cutShort = deserialize(written) as { entries: { bayes: { starts?: unknown } } };
    delete cutShort.entries.bayes.starts;
    // Garbage, half a file, a V8 value that is no model, and that model cut short.
    for (const corrupt of [Buffer.from('not a model'), written.subarray(0, written.length >> 1), serialize({ about: 'no model learned' }), serialize(cutShort)]) {
      writeFileSync(kept, corrupt);
      const warnings: string[] = [];
      expect(loadExampleModel(dir, (m) => warnings.push(m), cacheDir)?.opinion(question, stem)).toEqual(expected);
      expect(warnings).toEqual([]);
      expect(readFileSync(kept)).toEqual(written);
    }
  });

  it('reports a broken learned.json as without a cache, and keeps nothing of it', () => {
    const cacheDir = folder();
    const dir = learnedFolder('iot-fit-fast-internet', ...bandwidth);
    const file = join(dir, LEARNED_FILE);
    // A cache of the file before it broke is no cache of the broken one.
    readExampleModel(file, cacheDir);
    const [before] = keptFiles(cacheDir);
    for (const broken of ['{"entries": [', '{"entries": {"bayes": {"classes": ["a"]}}}']) {
      writeFileSync(file, broken);
      const uncached: string[] = [];
      const cached: string[] = [];
      expect(loadExampleModel(dir, (m) => uncached.push(m))?.opinion('what bandwidth do our gadgets need?', stem)).toBeUndefined();
      expect(loadExampleModel(dir, (m) => cached.push(m), cacheDir)?.opinion('what bandwidth do our gadgets need?', stem)).toBeUndefined();
      expect(cached).toHaveLength(1);
      expect(cached).toEqual(uncached);
      expect(cached[0]).toContain(file);
      expect(cached[0]).toContain('Fix: npm run learn');
      expect(() => readExampleModel(file, cacheDir)).toThrow(cached[0]?.replace(/; answering without .*$/, ''));
      expect(keptFiles(cacheDir)).toEqual([before]);
    }
  });
});
