/** app_home_opened end to end: the Home tab is published for the Home tab only. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { disabledStore, type FeedbackStore } from '../../../../src/feedback/index.js';
import type { VoteInput } from '../../../../src/feedback/types.js';
import { METHOD_SCOPES } from '../../../../src/slack/plumbing/capabilities.js';
import { buttonsOf, type Harness, startHarness } from '../../../support/harness.js';
import { HUMAN, nextTs } from '../../../support/payloads.js';

const votes: VoteInput[] = [];
/** A store that keeps votes in a list (the SQLite store is tested end to end in feedback.test.ts). */
const recording: FeedbackStore = { ...disabledStore('', ''), enabled: true, reason: undefined, recordVote: (v) => (votes.push(v), { saved: true, previous: null }) };
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ services: { feedback: recording } });
});
afterEach(() => {
  h.fake.reset();
  votes.length = 0;
});
afterAll(async () => {
  expect(h.fake.blocked).toEqual([]);
  for (const call of h.fake.history) if (call.method !== 'response_url') expect(Object.keys(METHOD_SCOPES)).toContain(call.method);
  await h.close();
});

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
