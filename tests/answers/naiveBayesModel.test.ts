/** The naive Bayes model the examples are counted with: what it weighs, what it keeps, and what it refuses to read back. */
import { describe, expect, it } from 'vitest';
import { favouredClass } from '../../src/answers/favouredClass.js';
import { NaiveBayesModel, naiveBayesRestored } from '../../src/answers/naiveBayesModel.js';

const OFF = '(off)';
const told = (n: number, terms: string[], label: string) => Array.from({ length: n }, () => ({ terms, label }));

describe('the naive Bayes model', () => {
  const model = NaiveBayesModel.train([...told(4, ['bandwidth', 'gadget'], 'fast-internet'), ...told(3, ['data', 'live'], 'cloud'), ...told(6, ['lunch', 'time'], OFF), { terms: ['projector'], label: OFF }], 2);
  const weigh = (terms: string[], among: (label: string) => boolean = () => true, by = model) => {
    const odds = by.logOdds(terms);
    return odds && favouredClass(by.data.classes, odds, among, OFF);
  };

  it('favours the class whose examples share the terms, by a margin over the next and over off-topic', () => {
    const opinion = weigh(['bandwidth', 'gadget']);
    expect(opinion?.label).toBe('fast-internet');
    expect(opinion?.margin).toBeGreaterThan(0);
    expect(opinion?.overOffTopic).toBeGreaterThanOrEqual(opinion?.margin ?? Infinity);
    expect(weigh(['data'])?.label).toBe('cloud');
    expect(weigh(['lunch'])?.label).toBe(OFF);
    expect(weigh(['bandwidth'], (label) => label !== 'fast-internet')?.label).not.toBe('fast-internet');
  });

  it('is no surer of a long message for its length: the log odds are per square root of the terms it knew', () => {
    const once = weigh(['bandwidth', 'gadget'])?.margin ?? 0;
    const twice = weigh(['bandwidth', 'gadget', 'bandwidth', 'gadget'])?.margin ?? 0;
    // Twice the terms, about √2 times the margin (the prior is not counted twice), not twice.
    expect(twice / once).toBeGreaterThan(1.2);
    expect(twice / once).toBeLessThan(1.5);
  });

  it('counts no term seen fewer times than asked, and has no opinion on terms it never kept', () => {
    expect(model.data.terms).toContain('bandwidth');
    expect(model.data.terms).not.toContain('projector');
    expect(weigh(['projector', 'zebra'])).toBeUndefined();
  });

  it('reads back what it wrote, and names the field of data that is not a model', () => {
    const data = naiveBayesRestored(JSON.parse(JSON.stringify(model.data)), 'entries.bayes.', OFF);
    expect(weigh(['data', 'bandwidth'], () => true, new NaiveBayesModel(data))).toEqual(weigh(['data', 'bandwidth']));
    expect(() => naiveBayesRestored([], 'turns.bayes.', OFF)).toThrow(/^"turns.bayes" must be a learned model/);
    expect(() => naiveBayesRestored({ ...model.data, classes: ['a', 'b', 'c'] }, 'entries.bayes.', OFF)).toThrow(/"entries.bayes.classes" must hold \(off\)/);
    expect(() => naiveBayesRestored({ ...model.data, examples: [1] }, 'entries.bayes.', OFF)).toThrow(/"entries.bayes.examples"/);
    expect(() => naiveBayesRestored({ ...model.data, counts: [0, 1, 99, 1] }, 'entries.bayes.', OFF)).toThrow(/"entries.bayes.counts"/);
    expect(() => naiveBayesRestored({ ...model.data, starts: [0] }, 'entries.bayes.', OFF)).toThrow(/"entries.bayes.starts"/);
    expect(() => naiveBayesRestored({ ...model.data, vocabulary: 0 }, 'entries.bayes.', OFF)).toThrow(/"entries.bayes.vocabulary"/);
  });
});
