import { describe, expect, it } from 'vitest';
import { practiceQuestions } from '../../src/answers/practiceQuestions.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';
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

describe('the warm-up before an app listens', () => {
  it('puts the practice questions to the engine itself, once per process', () => {
    const services = loadServices({ logger: silentLogger });
    const responder = services.responderLearnedFrom(undefined);
    const { engine } = services;
    const asked: string[] = [];
    const ask = engine.ask.bind(engine);
    engine.ask = (question) => {
      asked.push(String(question));
      return ask(question);
    };
    try {
      responder.warmUp();
      // Beyond the 200 the responder answers: the engine's code is what every reply runs most.
      const practice = practiceQuestions(services.kb, 2000);
      expect(practice.length).toBeGreaterThan(1000);
      const heard = new Set(asked);
      expect(practice.filter((q) => !heard.has(q))).toEqual([]);
      // An app started again in the same process keeps the compiled code: no second warm-up.
      asked.length = 0;
      responder.warmUp();
      expect(asked).toEqual([]);
    } finally {
      engine.ask = ask;
    }
  });
});
