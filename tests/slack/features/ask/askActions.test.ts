/** The ask buttons' values: entry, question id and the question asked, within Slack's limit. */
import { describe, expect, it } from 'vitest';
import { decodeAskValue, encodeAskValue } from '../../../../src/slack/features/ask/askActions.js';

describe('ask values', () => {
  it('ask values carry an entry id and, for "did you mean", the recorded question id', () => {
    expect(decodeAskValue(encodeAskValue({ entryId: 'm2m-acronym', questionId: 42 }))).toEqual({ entryId: 'm2m-acronym', questionId: 42 });
    expect(decodeAskValue(encodeAskValue({ entryId: 'm2m-acronym' }))).toEqual({ entryId: 'm2m-acronym' });
    expect(decodeAskValue(undefined)).toEqual({ entryId: '' });
    expect(decodeAskValue('x|y')).toEqual({ entryId: 'x|y' });
  });
  it('ask values can carry the question asked, within the button value limit', () => {
    const value = { entryId: 'm2m-acronym', questionId: 42, question: 'what does "m2m" mean? | <!here>' };
    expect(decodeAskValue(encodeAskValue(value))).toEqual(value);
    expect(decodeAskValue(encodeAskValue({ entryId: 'm2m-acronym', question: 'q' }))).toEqual({ entryId: 'm2m-acronym', question: 'q' });
    const long = encodeAskValue({ entryId: 'm2m-acronym', questionId: 7, question: '"🙂\\'.repeat(1000) });
    expect(long.length).toBeLessThanOrEqual(2000);
    expect(decodeAskValue(long)).toMatchObject({ entryId: 'm2m-acronym', questionId: 7, question: expect.stringMatching(/^("🙂\\)+/) });
    // Junk is an unknown entry id (answered as "out of date"), never an exception.
    for (const junk of ['{', '{"q":"x"}', '{"e":1}', '[]', '{"e":"x","n":-1,"q":5}']) expect(() => decodeAskValue(junk)).not.toThrow();
    expect(decodeAskValue('{"e":"x","n":-1,"q":5}')).toEqual({ entryId: 'x' });
    expect(decodeAskValue('{"q":"x"}').entryId).toBe('{"q":"x"}');
  });
});
