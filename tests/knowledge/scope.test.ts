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

  it('declines a workplace matter told around a question about the article only when it is what is asked', () => {
    const scope = new OutOfScope([
      { name: 'workplace matters', terms: ['canteen', 'car park', 'password', 'christmas party'], aside: true },
      { name: 'LoRa', terms: ['lora'] },
    ]);
    const found = (q: string) => scope.find(q)?.topic.name;
    const toldAround = [
      'They argue about it every day in the canteen. What is the opinion in the article about wireless?',
      'The cash machine by the car park — is that IoT or M2M?',
      'Does M2M need wifi? Would be nice to settle it before lunch in the canteen.',
      // A relative clause, a question or a plea that only mentions one, and a clause that opens like a question but tells.
      'Does the article prefer one of the two? We meet after the item on the car park, which will take all evening.',
      'Quick question before the Christmas party: is M2M wired?',
      'Help me settle a canteen argument: is IoT a subset of M2M?',
      'was at the car park this morning when it hit me (password expired too), does the article say M2M is wired?',
      // A question that points back at what the story named still asks about the article's matter.
      "Canteen's shut, password expired. The article says IoT sits in a big cloud network? what's that for.",
      'The cash machine by the car park ate my card. Which one is it an example of, per the article?',
    ];
    for (const q of toldAround) expect(found(q), q).toBeUndefined();
    const asked = [
      // Asked about, or told around a question about nothing the article covers.
      'where is the car park? is it near the IoT lab?',
      'I forgot my password, how do I reset it?',
      'Got my M2M portal password wrong again. How do I reset it?',
      // Asked for without a question, beside a question of its own, or when "the text" may be a phone's.
      'Wifi password please, and is M2M wireless?',
      'The car park is closed tomorrow, where should I park? Does the article mention it?',
      'Canteen menu went out, did you get the text?',
      'The Christmas party is on Friday, is it fancy dress? Also is M2M wired?',
      'The car park is shut, where should I park this afternoon? Is IoT wireless?',
    ];
    for (const q of asked) expect(found(q), q).toBe('workplace matters');
    // Another topic told in the same story is found, before or after the matter; a topic not marked aside is declined
    // wherever it is told.
    for (const q of ['Our LoRa gateway sits by the canteen. Is that IoT?', 'By the canteen we put a LoRa gateway. Is that IoT?', 'We put LoRa sensors in. What does the article say about IoT?']) expect(found(q), q).toBe('LoRa');
  });

  it('reports an aside that is not true or false', () => {
    const { problems } = validateScope(dirWith('topics:\n  - name: canteen\n    terms: [canteen]\n    aside: "yes"\n'));
    expect(problems.map((p) => [p.line, p.field])).toEqual([[4, 'aside']]);
    expect(problems[0]!.fix).toMatch(/true/);
    const quoted = validateScope(dirWith('topics:\n  - name: canteen\n    terms: [canteen]\n    aside: "True"\n')).problems;
    expect(quoted.map((p) => p.fix)).toEqual(['remove the quotes']);
  });

  it('reports a syntax error alone', () => {
    const { problems, syntax } = validateScope(dirWith('topics:\n  - name: "MQTT\n    terms: [mqtt]\n'));
    expect(syntax).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).not.toMatch(/:$/);
  });
});
