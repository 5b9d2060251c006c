/** The softmax model the examples are learned with: what it weighs, what it keeps, and what it refuses to read back. */
import { describe, expect, it } from 'vitest';
import { SoftmaxModel, softmaxRestored } from '../../src/answers/softmaxModel.js';

const OFF = '(off)';
const told = (n: number, terms: string[], label: string) => Array.from({ length: n }, () => ({ terms, label }));

describe('the softmax model', () => {
  // "which" is in every question; "not" only in those of the side that does without.
  const model = SoftmaxModel.train([
    ...told(6, ['which', 'need', 'wifi'], 'needs-wifi'),
    ...told(6, ['which', 'not', 'need', 'wifi'], 'without-wifi'),
    ...told(6, ['lunch', 'time'], OFF),
  ]);

  it('learns what tells one class from another, a word that every class shares aside', () => {
    expect(model.weigh(['which', 'need', 'wifi'], () => true, OFF)?.label).toBe('needs-wifi');
    expect(model.weigh(['which', 'not', 'need', 'wifi'], () => true, OFF)?.label).toBe('without-wifi');
    expect(model.weigh(['lunch'], () => true, OFF)?.label).toBe(OFF);
  });

  it('says how far the class is ahead of the next and of off-topic, among the classes asked', () => {
    const opinion = model.weigh(['not', 'wifi'], () => true, OFF);
    expect(opinion?.margin).toBeGreaterThan(0);
    expect(opinion?.overOffTopic).toBeGreaterThan(opinion?.margin ?? Infinity);
    const among = model.weigh(['not', 'wifi'], (label) => label !== 'without-wifi', OFF);
    expect(among?.label).toBe('needs-wifi');
    expect(model.weigh(['lunch'], () => true, OFF)?.overOffTopic).toBe(0);
  });

  it('has no opinion on terms it never learned, and knows which it did', () => {
    expect(model.weigh(['zebra'], () => true, OFF)).toBeUndefined();
    expect(model.knowsAny(['zebra', 'wifi'])).toBe(true);
    expect(model.knowsAny(['zebra'])).toBe(false);
  });

  it('learns no term seen in one example only', () => {
    const once = SoftmaxModel.train([...told(3, ['wifi'], 'a'), { terms: ['projector'], label: OFF }, ...told(3, ['lunch'], OFF)]);
    expect(once.data.terms).toContain('wifi');
    expect(once.data.terms).not.toContain('projector');
  });

  it('reads back what it wrote, and names the field of data that is not a model', () => {
    const data = softmaxRestored(JSON.parse(JSON.stringify(model.data)), 'entries.', OFF);
    expect(new SoftmaxModel(data).weigh(['not', 'wifi'], () => true, OFF)).toEqual(model.weigh(['not', 'wifi'], () => true, OFF));
    expect(() => softmaxRestored([], 'turns.', OFF)).toThrow(/^"turns" must be a learned model/);
    expect(() => softmaxRestored({ ...model.data, classes: ['a', 'b', 'c'] }, 'entries.', OFF)).toThrow(/"entries.classes" must hold \(off\)/);
    expect(() => softmaxRestored({ ...model.data, bias: [0] }, 'entries.', OFF)).toThrow(/"entries.bias"/);
    expect(() => softmaxRestored({ ...model.data, weights: [0, 1, 99, 1] }, 'entries.', OFF)).toThrow(/"entries.weights"/);
    expect(() => softmaxRestored({ ...model.data, starts: [0] }, 'entries.', OFF)).toThrow(/"entries.starts"/);
  });
});
