/** The softmax model the examples are learned with: what it weighs, what it keeps, and what it refuses to read back. */
import { describe, expect, it } from 'vitest';
import { favouredClass } from '../../src/answers/favouredClass.js';
import { SoftmaxModel, softmaxRestored } from '../../src/answers/softmaxModel.js';

const OFF = '(off)';
const told = (n: number, terms: string[], label: string) => Array.from({ length: n }, () => ({ terms, label }));
const everyClass = () => true;

describe('the softmax model', () => {
  // "which" is in every question; "not" only in those of the side that does without.
  const model = SoftmaxModel.train([
    ...told(6, ['which', 'need', 'wifi'], 'needs-wifi'),
    ...told(6, ['which', 'not', 'need', 'wifi'], 'without-wifi'),
    ...told(6, ['lunch', 'time'], OFF),
  ]);
  const weigh = (terms: string[], among: (label: string) => boolean = everyClass, by = model) => {
    const logits = by.logits(terms);
    return logits && favouredClass(by.data.classes, logits, among, OFF);
  };

  it('learns what tells one class from another, a word that every class shares aside', () => {
    expect(weigh(['which', 'need', 'wifi'])?.label).toBe('needs-wifi');
    expect(weigh(['which', 'not', 'need', 'wifi'])?.label).toBe('without-wifi');
    expect(weigh(['lunch'])?.label).toBe(OFF);
  });

  it('says how far the class is ahead of the next and of off-topic, among the classes asked', () => {
    const opinion = weigh(['not', 'wifi']);
    expect(opinion?.margin).toBeGreaterThan(0);
    expect(opinion?.overOffTopic).toBeGreaterThan(opinion?.margin ?? Infinity);
    const among = weigh(['not', 'wifi'], (label) => label !== 'without-wifi');
    expect(among?.label).toBe('needs-wifi');
    expect(weigh(['lunch'])?.overOffTopic).toBe(0);
  });

  it('has no opinion on terms it never learned, and weighs those it did beside them', () => {
    expect(weigh(['zebra'])).toBeUndefined();
    expect(weigh(['zebra', 'wifi'])).toBeDefined();
  });

  it('learns no term seen in one example only', () => {
    const once = SoftmaxModel.train([...told(3, ['wifi'], 'a'), { terms: ['projector'], label: OFF }, ...told(3, ['lunch'], OFF)]);
    expect(once.data.terms).toContain('wifi');
    expect(once.data.terms).not.toContain('projector');
  });

  it('reads back what it wrote, and names the field of data that is not a model', () => {
    const data = softmaxRestored(JSON.parse(JSON.stringify(model.data)), 'entries.', OFF);
    expect(weigh(['not', 'wifi'], everyClass, new SoftmaxModel(data))).toEqual(weigh(['not', 'wifi']));
    expect(() => softmaxRestored([], 'turns.', OFF)).toThrow(/^"turns" must be a learned model/);
    expect(() => softmaxRestored({ ...model.data, classes: ['a', 'b', 'c'] }, 'entries.', OFF)).toThrow(/"entries.classes" must hold \(off\)/);
    expect(() => softmaxRestored({ ...model.data, bias: [0] }, 'entries.', OFF)).toThrow(/"entries.bias"/);
    expect(() => softmaxRestored({ ...model.data, weights: [0, 1, 99, 1] }, 'entries.', OFF)).toThrow(/"entries.weights"/);
    expect(() => softmaxRestored({ ...model.data, starts: [0] }, 'entries.', OFF)).toThrow(/"entries.starts"/);
  });
});
