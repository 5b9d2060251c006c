import { describe, expect, it } from 'vitest';
import { QuestionSearch } from '../../src/answers/questionSearch.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { REAL_KNOWLEDGE } from '../knowledge/helpers.js';

const kb = loadKnowledge(REAL_KNOWLEDGE);
const search = new QuestionSearch(kb);
const ids = (typed: string, limit = 3) => search.find(typed, limit).map((h) => h.entry.id);

describe('question search', () => {
  it('finds entries from half-typed words', () => {
    expect(ids('who wro')[0]).toBe('source-author');
    expect(ids('subs')[0]).toBe('iot-subset-of-m2m');
    expect(ids('cellul')).toContain('m2m-networks');
  });

  it('forgives misspelt words, without listing what merely shares a few letters', () => {
    expect(ids('gatway', 10)).toEqual(['iot-gateways']);
    expect(ids('scalabilty')[0]).toBe('scalability');
  });

  it('lists each entry once, best first, and nothing for less than two letters or nothing alike', () => {
    const hits = search.find('what is m2m', 10);
    expect(new Set(hits.map((h) => h.entry.id)).size).toBe(hits.length);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => a - b));
    expect(search.find('m')).toEqual([]);
    expect(search.find('  ')).toEqual([]);
    expect(search.find('zqxjv')).toEqual([]);
  });

  it('finds short words by how their words start, from the whole knowledge base', () => {
    const hits = search.find('io', 10);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.matched).toMatch(/\bio/i);
  });

  it('takes anything typed without failing', () => {
    for (const typed of ['x'.repeat(5000), '<@U123> <!channel>', '🙂🙂', '((((', 'io']) expect(() => search.find(typed)).not.toThrow();
  });
});
