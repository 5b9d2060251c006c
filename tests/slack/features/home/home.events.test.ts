/** app_home_opened end to end: the Home tab is published for the Home tab only. */
import { describe, expect, it } from 'vitest';
import { buttonsOf, useHarness } from '../../../support/harness.js';
import { HUMAN, nextTs } from '../../../support/payloads.js';

const h = useHarness();

describe('App Home', () => {
  it('publishes the Home tab when it is opened', async () => {
    await h.sendEvent({ type: 'app_home_opened', user: HUMAN, channel: 'D0HOME', tab: 'home', event_ts: nextTs() });
    const [publish] = await h.fake.waitFor('views.publish');
    expect(publish?.body.user_id).toBe(HUMAN);
    const view = publish?.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(buttonsOf(view as unknown as Record<string, unknown>).map((b) => b.action_id)).toEqual(['chooser:start', 'quiz:start', 'home:browse']);
  });

  it('does nothing when the Messages tab is opened', async () => {
    await h.sendEvent({ type: 'app_home_opened', user: HUMAN, channel: 'D0HOME', tab: 'messages', event_ts: nextTs() });
    await h.settle();
    expect(h.fake.calls).toEqual([]);
  });
});
