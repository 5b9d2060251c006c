/** Waiting for running handlers before a stop. */
import { describe, expect, it } from 'vitest';
import { Inflight } from '../../../src/slack/plumbing/inflight.js';

describe('Inflight', () => {
  it('waits for running work, including work started while waiting', async () => {
    const inflight = new Inflight();
    const order: string[] = [];
    void inflight.track(new Promise<void>((r) => setTimeout(() => {
      order.push('first');
      void inflight.track(new Promise<void>((r2) => setTimeout(() => (order.push('second'), r2()), 10)));
      r();
    }, 10)));
    expect(await inflight.idle(1000)).toBe(true);
    expect(order).toEqual(['first', 'second']);
    expect(inflight.size).toBe(0);
  });
  it('gives up after the timeout, and passes errors through', async () => {
    const inflight = new Inflight();
    void inflight.track(new Promise(() => {}));
    expect(await inflight.idle(20)).toBe(false);
    await expect(inflight.track(Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
