import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  back,
  CHOOSER_ANSWERS,
  currentQuestion,
  decodeChooserState,
  encodeChooserState,
  isComplete,
  prefilledAnswers,
  loadChooser,
  progress,
  type ChooserAnswer,
} from '../../src/chooser/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const model = loadChooser(resolve('knowledge'), loadKnowledge(resolve('knowledge')));
const n = model.questions.length;
const some = (count: number): ChooserAnswer[] => Array.from({ length: count }, (_, i) => CHOOSER_ANSWERS[i % 3] as ChooserAnswer);

describe('chooser state', () => {
  it('round-trips every length of answers, compactly', () => {
    for (let count = 0; count <= n; count++) {
      const value = encodeChooserState(model, some(count));
      expect(value.length).toBeLessThan(100);
      expect(decodeChooserState(model, value)).toEqual({ ok: true, answers: some(count) });
    }
    expect(encodeChooserState(model, ['yes', 'no', 'not_sure'])).toBe(`c1.${model.version}.ynu`);
  });

  it('rejects a value written by another version as stale', () => {
    const old = { ...model, version: model.version === '00000000' ? '11111111' : '00000000' };
    expect(decodeChooserState(model, encodeChooserState(old, ['yes']))).toEqual({ ok: false, reason: 'stale' });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', { answers: ['yes'] }],
    ['an empty string', ''],
    ['garbage', 'hello world'],
    ['a missing version', 'c1..yn'],
    ['an unknown letter', `c1.${model.version}.ynx`],
    ['upper case', `c1.${model.version}.YN`],
    ['a trailing newline', `c1.${model.version}.yn\n`],
    ['another tag', `c2.${model.version}.yn`],
    ['more answers than questions', `c1.${model.version}.${'y'.repeat(n + 1)}`],
    ['a huge value', `c1.${model.version}.${'y'.repeat(5000)}`],
  ])('rejects %s as tampered without throwing', (_, value) => {
    expect(decodeChooserState(model, value)).toEqual({ ok: false, reason: 'tampered' });
  });
});

describe('chooser steps', () => {
  it('walks forward and back through the questions', () => {
    let answers: ChooserAnswer[] = [];
    expect(currentQuestion(model, answers)).toBe(model.questions[0]);
    expect(progress(model, answers)).toEqual({ number: 1, total: n, label: `Question 1 of ${n}` });

    answers = answerQuestion(model, answers, 'yes');
    answers = answerQuestion(model, answers, 'no');
    expect(answers).toEqual(['yes', 'no']);
    expect(currentQuestion(model, answers)).toBe(model.questions[2]);
    expect(progress(model, answers).label).toBe(`Question 3 of ${n}`);

    answers = back(answers);
    expect(answers).toEqual(['yes']);
    expect(back(back(back(answers)))).toEqual([]);
  });

  it('stops at the last question and ignores answers after it', () => {
    const all = some(n);
    expect(isComplete(model, all)).toBe(true);
    expect(isComplete(model, some(n - 1))).toBe(false);
    expect(currentQuestion(model, all)).toBeNull();
    expect(progress(model, all).label).toBe(`All ${n} questions answered`);
    expect(answerQuestion(model, all, 'yes')).toEqual(all);
  });

  it('does not change the answers it is given', () => {
    const answers: ChooserAnswer[] = ['yes'];
    answerQuestion(model, answers, 'no');
    back(answers);
    expect(answers).toEqual(['yes']);
  });
});

describe('prefilledAnswers', () => {
  it('drops the trailing "not sure" answers, so the chooser opens at the first question a scenario left open', () => {
    expect(prefilledAnswers(['yes', 'not_sure', 'no', 'not_sure', 'not_sure'])).toEqual(['yes', 'not_sure', 'no']);
    expect(prefilledAnswers(['not_sure', 'not_sure'])).toEqual([]);
    expect(prefilledAnswers([])).toEqual([]);
  });
});
