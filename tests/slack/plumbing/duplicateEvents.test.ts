/** The bounded memory of event ids that drops Slack's redeliveries. */
import { describe, expect, it } from 'vitest';
import { RecentIds } from '../../../src/slack/plumbing/duplicateEvents.js';

describe('RecentIds', () => {
  it('remembers ids, forgetting the oldest beyond its capacity', () => {
    const recent = new RecentIds(3);
    expect(['a', 'b', 'c'].map((id) => recent.seen(id))).toEqual([false, false, false]);
    expect(recent.seen('a')).toBe(true);
    expect(recent.seen('d')).toBe(false);
    expect(recent.size).toBe(3);
    expect(recent.seen('a')).toBe(false);
  });
  it('stays bounded under many ids', () => {
    const recent = new RecentIds(1000);
    for (let i = 0; i < 5000; i++) recent.seen(`Ev${i}`);
    expect(recent.size).toBe(1000);
    expect(recent.seen('Ev4999')).toBe(true);
  });
});
