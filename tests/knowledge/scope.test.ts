/** knowledge/scope.yml: declared and checked like every content file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OutOfScope, scopeClashes } from '../../src/answers/outOfScope.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { validateScope } from '../../src/knowledge/scope.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dirWith(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'scope-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'scope.yml'), yaml);
  return dir;
}

describe('scope.yml', () => {
  it('loads the real one', () => {
    const { topics, problems } = validateScope(resolve('knowledge'));
    expect(problems).toEqual([]);
    expect(topics?.length).toBeGreaterThan(20);
    expect(topics?.find((t) => t.name === 'MQTT')?.terms).toEqual(['mqtt']);
  });

  it('reports every problem with its line, field and fix', () => {
    const { topics, problems } = validateScope(dirWith('topics:\n  - name: MQTT\n    terms: []\n  - name: mqtt\n    terms: [mqtt, 7]\n  - terms: [x]\n    colour: red\n'));
    expect(topics).toBeNull();
    expect(problems.map((p) => [p.line, p.field])).toEqual(
      expect.arrayContaining([
        [3, 'terms'],
        [5, 'terms[1]'],
        [6, 'name'],
        [7, 'colour'],
      ]),
    );
    for (const p of problems) expect(p.fix.length).toBeGreaterThan(5);
  });

  it('declines none of the knowledge base\'s own phrasings', () => {
    const kb = loadKnowledge(resolve('knowledge'));
    expect(scopeClashes(kb.entries, new OutOfScope(validateScope(resolve('knowledge')).topics ?? []))).toEqual([]);
  });

  it('finds a term broad enough to decline a phrasing the article answers', () => {
    const entries = [{ id: 'smart-meters', file: 'knowledge/faq/x.yml', questions: ['how do our smart meters share readings?', 'what is iot?'] }];
    const clashes = scopeClashes(entries, new OutOfScope([{ name: 'lengths', terms: ['meters'] }]));
    expect(clashes).toEqual([{ entry: { id: 'smart-meters', file: 'knowledge/faq/x.yml' }, phrasing: 'how do our smart meters share readings?', topic: 'lengths', term: 'meters' }]);
  });

  it('reports a syntax error alone', () => {
    const { problems, syntax } = validateScope(dirWith('topics:\n  - name: "MQTT\n    terms: [mqtt]\n'));
    expect(syntax).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).not.toMatch(/:$/);
  });
});
