import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { EntryStub } from '../../src/feedback/suggest.js';
import { loadKnowledge, validateKnowledge } from '../../src/knowledge/load.js';
import { ContentError } from '../../src/knowledge/problems.js';
import { check, int, INVALID, list, optional, record, text, textList, type Infer } from '../../src/knowledge/schema.js';
import { entryLabel, entryTitle, MAX_LABEL_CHARS, type Entry, type WrittenEntry } from '../../src/knowledge/types.js';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';
import { entryYaml, knowledgeFolder, REAL_KNOWLEDGE, removeKnowledgeFolders } from './helpers.js';

const SYNONYMS = 'groups:\n  - [m2m, machine to machine]\n';

afterAll(removeKnowledgeFolders);

function problemsOf(load: () => unknown): ContentError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected the content to be rejected');
}

const oneEntry = (fields: Record<string, string>) => knowledgeFolder({ 'synonyms.yml': SYNONYMS, 'faq/a.yml': ['entries:', entryYaml('alpha', fields)].join('\n') });

describe('wrong types', () => {
  it.each([
    ['answer: 42', { answer: '42' }, 'answer', /number 42/, '"42"'],
    ['answer: true', { answer: 'true' }, 'answer', /boolean true/, '"true"'],
    ['source: 7', { source: '7' }, 'source', /number 7/, '"7"'],
    ['a bare number among the questions', { questions: '[What is alpha?, 2020, alpha explained]' }, 'questions[1]', /number 2020/, '"2020"'],
    ['a bare number as label', { label: '12' }, 'label', /number 12/, '"12"'],
  ])('rejects %s and says to quote it', (_name, fields, field, message, fix) => {
    const { problems } = problemsOf(() => loadKnowledge(oneEntry(fields)));
    expect(problems).toEqual([expect.objectContaining({ item: 'alpha', field, message: expect.stringMatching(message), fix: expect.stringContaining(fix) })]);
    expect(problems[0]?.fix).toMatch(/quotes/);
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it('rejects questions written as numbers, each at its own index', () => {
    const { problems } = problemsOf(() => loadKnowledge(oneEntry({ questions: '[1, 2, 3]' })));
    expect(problems.map((p) => p.field)).toEqual(['questions[0]', 'questions[1]', 'questions[2]']);
  });

  it('rejects a list or a map where text belongs, and text where a list belongs', () => {
    const { problems } = problemsOf(() => loadKnowledge(oneEntry({ answer: '[a, b]', source: '{ a: 1 }', related: 'other-entry' })));
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['source', 'must be text, not a map'],
      ['answer', 'must be text, not a list'],
      ['related', 'must be a list'],
    ]);
  });

  it('rejects a label longer than a button allows', () => {
    const { problems } = problemsOf(() => loadKnowledge(oneEntry({ label: 'A label that is far too long for any button' })));
    expect(problems).toEqual([expect.objectContaining({ item: 'alpha', field: 'label', message: `is 43 characters long; the limit is ${MAX_LABEL_CHARS}`, fix: 'shorten it so it fits on a button' })]);
  });

  it('rejects a number written in quotes where a number belongs', () => {
    const schema = record({ weight: int({ min: 0, max: 3, fix: 'write 0 to 3' }) }, { fix: 'a map' });
    expect(check(schema, { weight: '2' }, 'f.yml').issues).toEqual([expect.objectContaining({ path: ['weight'], message: 'is the text "2", not a number', fix: 'remove the quotes' })]);
    expect(check(schema, { weight: 1.5 }, 'f.yml').issues).toEqual([expect.objectContaining({ message: 'must be a whole number from 0 to 3' })]);
  });

  it('makes npm run kb:check fail where it used to answer "42"', () => {
    const dir = oneEntry({ answer: '42' });
    const run = spawnSync(process.execPath, ['dist/cli/kbCheck.js', '--knowledge', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/"alpha" field "answer": is the number 42, not text\n\s+fix: put it in quotes/);
  });
});

describe('YAML syntax errors', () => {
  // broken.yml declares the ids the other files point to: without it, every reference would fail too.
  const brokenFaq = 'entries:\n  - id: target\n    questions: [a, b\n    answer: x\n';
  const contentWithBrokenFaq = () => {
    const dir = knowledgeFolder('copy');
    writeFileSync(join(dir, 'faq', 'broken.yml'), brokenFaq);
    writeFileSync(join(dir, 'faq', 'pointing.yml'), ['entries:', entryYaml('pointing', { related: '[target]' })].join('\n'));
    return dir;
  };

  it('are reported alone, not buried among the follow-on problems', () => {
    const error = problemsOf(() => loadKnowledge(contentWithBrokenFaq()));
    expect(error.syntax).toBe(true);
    expect(error.problems.length).toBeGreaterThan(0);
    for (const p of error.problems) expect(p).toMatchObject({ file: 'knowledge/faq/broken.yml', line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(/^YAML syntax error: .*[^:\s]$/) });
  });

  it('in the faq silence the chooser and the quiz, which refer to its ids', () => {
    const dir = contentWithBrokenFaq();
    // Both refer to an entry that the broken file would have declared.
    writeFileSync(join(dir, 'quiz.yml'), 'questions:\n  - id: q\n    question: Which?\n    options: [a, b, c]\n    correct: a\n    explanation: Because.\n    entry: target\n');
    const error = problemsOf(() => loadServices({ knowledge: dir, logger: silentLogger }));
    expect(error.syntax).toBe(true);
    expect(new Set(error.problems.map((p) => p.file))).toEqual(new Set(['knowledge/faq/broken.yml']));
  });

  it('in every file are all reported, each with its file and line', () => {
    const dir = contentWithBrokenFaq();
    writeFileSync(join(dir, 'chooser.yml'), 'questions:\n  - id: a\n   ask: bad indent\n');
    writeFileSync(join(dir, 'synonyms.yml'), 'groups: [oops\n');
    const { problems } = problemsOf(() => loadServices({ knowledge: dir, logger: silentLogger }));
    expect(problems.map((p) => p.file).sort()).toEqual(['knowledge/chooser.yml', 'knowledge/faq/broken.yml', 'knowledge/synonyms.yml']);
    for (const p of problems) expect(p.line).toBeGreaterThan(0);
  });

  it('show as file:line:column in npm run kb:check, with nothing else', () => {
    const run = spawnSync(process.execPath, ['dist/cli/kbCheck.js', '--knowledge', contentWithBrokenFaq()], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/: 1 problem\.$/);
    expect(lines[1]).toMatch(/^ {2}knowledge\/faq\/broken\.yml:\d+:\d+: YAML syntax error: .*[^:]$/);
    expect(lines).toHaveLength(3);
  });
});

// The real knowledge base reads the same both ways: see load.test.ts.
describe('the quick path and the full path', () => {
  it('find the same problems in a broken knowledge base', () => {
    const dir = knowledgeFolder({
      'synonyms.yml': 'groups:\n  - [a, b]\n  - [b]\n',
      'faq/a.yml': ['entries:', entryYaml('alpha', { related: '[alpha, ghost]', answer: '42' }), entryYaml('alpha', { colour: 'blue' })].join('\n'),
    });
    const quick = problemsOf(() => loadKnowledge(dir)).problems;
    expect(quick.length).toBe(6);
    expect(problemsOf(() => validateKnowledge(dir)).problems).toEqual(quick);
  });
});

describe('declarations', () => {
  it('give Entry its fields, optional ones optional', () => {
    expectTypeOf<Entry['label']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Pick<Entry, 'label' | 'topic'>>().toEqualTypeOf<{ label?: string; topic?: string }>();
    expectTypeOf<Pick<Entry, 'id' | 'questions' | 'related' | 'file'>>().toEqualTypeOf<{ id: string; questions: string[]; related: string[]; file: string }>();
    // As written, `related` may be left out; a suggested stub is written the same way.
    expectTypeOf<Pick<WrittenEntry, 'related'>>().toEqualTypeOf<{ related?: string[] }>();
    expectTypeOf<EntryStub>().toEqualTypeOf<WrittenEntry>();
  });

  it('read nested records and lists, with paths to each problem', () => {
    const schema = record(
      { name: text({ fix: 'name it' }), tags: optional(textList({ fix: 'list tags', unique: { fix: 'drop it' } }), () => []), parts: list(record({ n: text({ fix: 'n' }) }, { fix: 'a part' }), { fix: 'parts' }) },
      { fix: 'a thing' },
    );
    expectTypeOf<Infer<typeof schema>>().toEqualTypeOf<{ name: string; tags: string[]; parts: { n: string }[] }>();
    expect(check(schema, { name: 'x', parts: [{ n: 'a' }] }, 'f.yml')).toEqual({ value: { name: 'x', tags: [], parts: [{ n: 'a' }] }, issues: [] });
    const { value, issues } = check(schema, { name: 3, tags: ['a', 'A'], parts: [{ n: 'a' }, { m: 'b' }] }, 'f.yml');
    expect(value).toBe(INVALID);
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name', 'is the number 3, not text'],
      ['tags.1', 'repeats "A"'],
      ['parts.1.m', 'is not a known field'],
      ['parts.1.n', 'is missing'],
    ]);
  });
});

describe('entryLabel', () => {
  const entry = (first: string, label?: string): Entry => ({ id: 'x', questions: [first, 'b', 'c'], answer: 'a', source: 's', related: [], file: 'f', ...(label ? { label } : {}) });

  it('prefers the label, then a short first phrasing', () => {
    expect(entryLabel(entry('What does M2M stand for, exactly, in full?', 'What M2M stands for'))).toBe('What M2M stands for');
    expect(entryLabel(entry('Is IoT a subset of M2M?'))).toBe('Is IoT a subset of M2M?');
  });

  it('cuts a long first phrasing at a word, within the limit, with an ellipsis', () => {
    const label = entryLabel(entry('How does communication differ between IoT and M2M?'));
    expect(label).toBe('How does communication differ…');
    expect(entryLabel(entry('What is the "thing" in Internet of Things?'))).toBe('What is the "thing" in…');
    expect([...entryLabel(entry('Supercalifragilisticexpialidocious-and-then-some'))]).toHaveLength(MAX_LABEL_CHARS);
  });

  it('fits every entry of the real knowledge base on a button', () => {
    for (const e of loadKnowledge(REAL_KNOWLEDGE).entries) {
      expect(entryLabel(e).length, e.id).toBeLessThanOrEqual(MAX_LABEL_CHARS);
      // Every entry whose first phrasing is too long has a label of its own, not a cut one.
      expect(entryLabel(e), e.id).not.toMatch(/…$/);
    }
  });

  it('titles every entry of the real knowledge base with a question written as one (a way of asking added later goes below it)', () => {
    for (const e of loadKnowledge(REAL_KNOWLEDGE).entries) expect(entryTitle(e), e.id).toMatch(/^[\p{Lu}\d].*\?$/u);
  });
});
