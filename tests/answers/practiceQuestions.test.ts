import { describe, expect, it } from 'vitest';
import { practiceQuestions } from '../../src/answers/practiceQuestions.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { REAL_KNOWLEDGE } from '../knowledge/helpers.js';

const kb = loadKnowledge(REAL_KNOWLEDGE);

describe('practice questions answered at start', () => {
  it('takes every entry in turn before a second phrasing of any, up to the limit', () => {
    const practice = practiceQuestions(kb, 2 * kb.entries.length);
    expect(practice).toHaveLength(2 * kb.entries.length);
    const asWritten = practice.filter((_, i) => i % 2 === 0);
    expect(asWritten).toEqual(kb.entries.map((entry) => entry.questions[0]));
    expect(practiceQuestions(kb, 7)).toHaveLength(7);
    expect(practiceQuestions(kb, 0)).toEqual([]);
  });

  it('follows each phrasing with the same words and one slip in its longest word', () => {
    const [phrasing = '', slipped = ''] = practiceQuestions(kb, 2);
    expect(slipped).not.toBe(phrasing);
    expect(slipped).toHaveLength(phrasing.length);
    expect([...slipped].sort().join('')).toBe([...phrasing].sort().join(''));
  });

  it('stops when every phrasing has been used, however high the limit', () => {
    const all = kb.entries.reduce((n, entry) => n + entry.questions.length, 0);
    expect(practiceQuestions(kb, 10 * all)).toHaveLength(2 * all);
  });
});
