/** Block Kit constructors keep every payload within Slack's limits. */
import { describe, expect, it } from 'vitest';
import { actions, button, finalize, type KnownBlock, sections, splitText, truncate } from '../../../src/slack/plumbing/blockKit.js';
import { actionIdsOf, checkMessage } from '../../support/checks.js';

describe('blockKit', () => {
  it('truncate never exceeds the limit nor splits a surrogate pair', () => {
    expect(truncate('short', 10)).toBe('short');
    const cut = truncate('🙂'.repeat(100), 75);
    expect(cut.length).toBeLessThanOrEqual(75);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('splitText keeps every piece within the limit and loses no words', () => {
    const text = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ') + '\n\n' + 'x'.repeat(7000);
    const pieces = splitText(text, 1000);
    expect(pieces.every((p) => p.length <= 1000 && p.length > 0)).toBe(true);
    expect(pieces.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    expect(sections('')).toHaveLength(1);
  });

  it('button rejects values and action ids beyond Slack limits', () => {
    expect(() => button({ text: 'x', actionId: 'a', value: 'v'.repeat(2001) })).toThrow(RangeError);
    expect(() => button({ text: 'x', actionId: 'a'.repeat(256) })).toThrow(RangeError);
    expect(button({ text: 'y'.repeat(200), actionId: 'a' }).text.text.length).toBe(75);
  });

  it('finalize caps blocks at 50 and keeps the last one', () => {
    const many: KnownBlock[] = Array.from({ length: 80 }, (_, i) => actions([button({ text: 'a', actionId: `a:${i}` })], `b${i}`));
    const out = finalize(many);
    expect(out).toHaveLength(50);
    expect(out.at(-1)?.block_id).toBe('b79');
    checkMessage(out);
  });

  it('finalize refuses duplicate action or block ids instead of renaming them to ids no listener matches', () => {
    expect(() => finalize([actions([button({ text: 'a', actionId: 'ask:entry:0' })]), actions([button({ text: 'b', actionId: 'ask:entry:0' })])])).toThrow(/duplicate action_id "ask:entry:0"/);
    expect(() => finalize([...sections('x', 'same'), ...sections('y', 'same')])).toThrow(/duplicate block_id "same"/);
    // Duplicates cut off by the block cap do not count.
    const capped = [...Array.from({ length: 49 }, (_, i) => actions([button({ text: 'a', actionId: `a:${i}` })])), actions([button({ text: 'x', actionId: 'a:0' })]), actions([button({ text: 'z', actionId: 'last' })])];
    expect(actionIdsOf(finalize(capped)).at(-1)).toBe('last');
  });
});
