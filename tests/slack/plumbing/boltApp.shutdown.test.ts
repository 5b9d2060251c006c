/** Graceful stop: the listener closes, handlers already running finish their reply. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../support/harness.js';
import { dm } from '../../support/payloads.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('stop()', () => {
  it('waits for an answer in flight, then refuses new connections', async () => {
    h.fake.delay('chat.postMessage', 300);
    await h.sendEvent(dm('what does m2m stand for'));
    await h.fake.waitFor('chat.postMessage');
    expect(h.slack.inflight.size).toBe(1);
    await h.slack.stop();
    // The reply completed (the fake answered after its delay) before stop() resolved.
    expect(h.slack.inflight.size).toBe(0);
    expect(h.logs.some((l) => l.includes('"slack.reply"'))).toBe(true);
    expect(h.logs.findIndex((l) => l.includes('"slack.reply"'))).toBeLessThan(h.logs.findIndex((l) => l.includes('"slack.stopped"')));
    await expect(fetch(`${h.url}/healthz`)).rejects.toThrow();
    // Stopping twice is harmless.
    await h.slack.stop();
  });
});
