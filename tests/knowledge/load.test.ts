import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge, validateKnowledge } from '../../src/knowledge/load.js';
import { ContentError, formatContentError, type Problem } from '../../src/knowledge/problems.js';
import { entryYaml, knowledgeFolder, REAL_KNOWLEDGE, removeKnowledgeFolders } from './helpers.js';

const SYNONYMS = 'groups:\n  - [m2m, machine to machine]\n';

afterAll(removeKnowledgeFolders);

function problemsOf(dir: string): Problem[] {
  try {
    loadKnowledge(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected the knowledge base to be rejected');
}

describe('the real knowledge base', () => {
  const kb = loadKnowledge(REAL_KNOWLEDGE);

  it('has 40–60 entries, each with a source and at least three phrasings', () => {
    expect(kb.entries.length).toBeGreaterThanOrEqual(40);
    expect(kb.entries.length).toBeLessThanOrEqual(60);
    for (const entry of kb.entries) {
      expect(entry.questions.length, entry.id).toBeGreaterThanOrEqual(3);
      expect(entry.source, entry.id).not.toBe('');
    }
  });

  it('keeps answers to 1–4 sentences', () => {
    for (const entry of kb.entries) {
      const sentences = entry.answer.split(/(?<=[.!?])\s+(?=[A-Z*_•])/).filter((s) => s.trim() !== '');
      const bullets = entry.answer.split('\n').filter((l) => l.trim().startsWith('•')).length;
      expect(bullets > 0 || sentences.length <= 4, `${entry.id} has ${sentences.length} sentences`).toBe(true);
    }
  });

  it('states each answer without a leading "Yes" or "No", which would agree with a question asked the wrong way round', () => {
    // "IoT is the labour-intensive one, correct?" gets the entry about M2M's labour: "Yes, …M2M…" would read as agreeing.
    for (const entry of kb.entries) expect(entry.answer, entry.id).not.toMatch(/^(?:yes|no)\b/i);
  });

  it('presents the subset claim as the article’s claim', () => {
    const subset = kb.entries.filter((e) => /subset/i.test(e.answer));
    expect(subset.length).toBeGreaterThan(0);
    for (const entry of subset) expect(entry.answer, entry.id).toMatch(/article/i);
  });

  it('loads the same through the quick path and the full validator', () => {
    expect(validateKnowledge(REAL_KNOWLEDGE)).toEqual(kb);
  });
});

describe('validation', () => {
  it('reports every problem at once, with file, line, entry and field', () => {
    const dir = knowledgeFolder({
      'synonyms.yml': SYNONYMS,
      'faq/a.yml': ['entries:', entryYaml('alpha', { related: '[dup, nowhere]' }), entryYaml('dup'), entryYaml('story', { next: 'no-such-step', why: 'no-such-reason', example: 'no-such-example' })].join('\n'),
      'faq/b.yml': [
        'entries:',
        entryYaml('dup'),
        entryYaml('short', { questions: '\n      - only one\n      - only two' }),
        entryYaml('no-answer', { answer: '""' }),
        '  - id: no-source\n    questions: [a, b, c]\n    answer: fine',
      ].join('\n'),
    });
    const problems = problemsOf(dir);
    const find = (item: string, field: string) => problems.find((p) => p.item === item && p.field?.startsWith(field));
    expect(find('alpha', 'related')?.message).toContain('nowhere');
    expect(problems.filter((p) => p.item === 'alpha')).toHaveLength(1);
    expect(find('story', 'next')?.message).toContain('no-such-step');
    expect(find('story', 'why')?.message).toContain('no-such-reason');
    expect(find('story', 'example')?.message).toContain('no-such-example');
    expect(find('dup', 'id')).toMatchObject({ file: expect.stringContaining('b.yml') });
    expect(find('dup', 'id')?.message).toContain('a.yml');
    expect(find('short', 'questions')?.message).toContain('at least 3');
    expect(find('no-answer', 'answer')?.message).toContain('empty');
    expect(find('no-source', 'source')?.message).toContain('missing');
    for (const p of problems) {
      expect(p.line, JSON.stringify(p)).toBeGreaterThan(0);
      expect(p.fix.length).toBeGreaterThan(0);
    }
  });

  it('reports a YAML syntax error alone, with its file, line and column', () => {
    const dir = knowledgeFolder({
      'synonyms.yml': SYNONYMS,
      'faq/good.yml': ['entries:', entryYaml('fine', { related: '[missing-one]' })].join('\n'),
      'faq/broken.yml': 'entries:\n  - id: x\n    questions: [a, b\n',
    });
    const problems = problemsOf(dir);
    expect(problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/broken\.yml$/), line: 4, column: 1, message: expect.stringMatching(/^YAML syntax error: /) })]);
    expect(problems[0]?.message).not.toMatch(/[:\s]$/);
  });

  it('rejects bad synonym groups and unknown fields', () => {
    const dir = knowledgeFolder({
      'synonyms.yml': 'groups:\n  - [alone]\n  - [a, b]\n  - [b, c]\n',
      'faq/a.yml': ['entries:', entryYaml('typo', { anser: 'x' })].join('\n'),
    });
    const problems = problemsOf(dir);
    expect(problems.some((p) => p.field === 'groups[0]')).toBe(true);
    expect(problems.some((p) => p.field === 'groups[2]' && p.message.includes('"b"'))).toBe(true);
    expect(problems.some((p) => p.item === 'typo' && p.field === 'anser')).toBe(true);
  });

  it('names a missing folder and how to fix it', () => {
    const problems = problemsOf('/nonexistent/knowledge');
    expect(problems[0]?.fix).toMatch(/KNOWLEDGE_DIR/);
  });

  it('formats problems as a readable list', () => {
    const error = new ContentError('Bad', [{ file: 'faq/a.yml', line: 3, item: 'x', field: 'answer', message: 'is empty', fix: 'write one' }]);
    expect(formatContentError(error)).toContain('faq/a.yml:3 — "x" field "answer": is empty\n    fix: write one');
  });
});

describe('npm run kb:check', () => {
  it('passes on the real knowledge base', () => {
    const run = spawnSync(process.execPath, ['dist/cli/kbCheck.js'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^OK/);
  });

  it('lists the problems of the faq, the chooser and the quiz together', () => {
    const dir = knowledgeFolder('copy');
    writeFileSync(join(dir, 'faq', 'extra.yml'), ['entries:', entryYaml('extra', { related: '[ghost]' })].join('\n'));
    writeFileSync(join(dir, 'quiz.yml'), 'questions:\n  - id: only-one\n    question: What?\n');
    writeFileSync(join(dir, 'chooser.yml'), 'questions: []\n');
    const run = spawnSync(process.execPath, ['dist/cli/kbCheck.js', '--knowledge', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('faq/extra.yml');
    expect(run.stderr).toContain('quiz.yml');
    expect(run.stderr).toContain('chooser.yml');
  });

  it('fails when a scope term would decline one of the entries\' own phrasings, naming the term, the phrasing and the fix', () => {
    const dir = knowledgeFolder('copy');
    const scope = readFileSync(join(dir, 'scope.yml'), 'utf8');
    writeFileSync(join(dir, 'scope.yml'), scope.replace('topics:\n', 'topics:\n  - name: lengths\n    terms: [meters]\n'));
    const questions = '\n      - how do our smart meters share readings?\n      - Tell me about smart meters\n      - smart meters explained';
    writeFileSync(join(dir, 'faq', 'extra.yml'), ['entries:', entryYaml('smart-meters', { questions })].join('\n'));
    const run = spawnSync(process.execPath, ['dist/cli/kbCheck.js', '--knowledge', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('term "meters"');
    expect(run.stderr).toContain('how do our smart meters share readings?');
    expect(run.stderr).toContain('fix:');
  });

  it('fails on a learned model that cannot be read, or that learned entries the knowledge base no longer has, naming the fix', () => {
    const dir = knowledgeFolder('copy');
    writeFileSync(join(dir, 'learned.json'), '{"entries": [');
    const broken = spawnSync(process.execPath, ['dist/cli/kbCheck.js', '--knowledge', dir], { encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(join(dir, 'learned.json'));
    expect(broken.stderr).toContain('npm run learn');
    expect(broken.stderr).not.toMatch(/at .*\.js:\d+/);
    const learned = JSON.parse(readFileSync(resolve('knowledge', 'learned.json'), 'utf8')) as { entries: Record<'bayes' | 'softmax', { classes: string[] }> };
    const retire = (model: { classes: string[] }) => ({ ...model, classes: model.classes.map((c, i) => (i === 0 ? 'a-retired-entry' : c)) });
    const retired = { bayes: retire(learned.entries.bayes), softmax: retire(learned.entries.softmax) };
    writeFileSync(join(dir, 'learned.json'), JSON.stringify({ ...learned, entries: retired }));
    const stale = spawnSync(process.execPath, ['dist/cli/kbCheck.js', '--knowledge', dir], { encoding: 'utf8' });
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('a-retired-entry');
    expect(stale.stderr).toContain('npm run learn');
  });

  it('finds its own knowledge folder from a path with spaces', () => {
    const root = mkdtempSync(join(tmpdir(), 'iot or m2m '));
    cpSync(resolve('dist'), join(root, 'dist'), { recursive: true });
    cpSync(resolve('knowledge'), join(root, 'knowledge'), { recursive: true });
    cpSync(resolve('package.json'), join(root, 'package.json'));
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    const run = spawnSync(process.execPath, [join(root, 'dist/cli/kbCheck.js')], { encoding: 'utf8', env: { ...process.env, KNOWLEDGE_DIR: '' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(join(root, 'knowledge'));
  });

  it('exits non-zero with the list of problems on a broken one', () => {
    const dir = knowledgeFolder({ 'synonyms.yml': SYNONYMS, 'faq/a.yml': ['entries:', entryYaml('a', { related: '[ghost]' })].join('\n') });
    const run = spawnSync(process.execPath, ['dist/cli/kbCheck.js', '--knowledge', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('"ghost" is not the id of any entry');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
