/**
 * PostgreSQL going away under a running app, through Bolt and the fake Web
 * API: questions are still answered, a vote is said to be unsaved, retries
 * are recognised by the process itself (with a warning), and once the
 * server is back votes are saved again, with no restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgresStore.js';
import type { Store } from '../../src/store/store.js';
import { FEEDBACK_NOT_SAVED_TEXT } from '../../src/slack/features/feedback/feedbackBlocks.js';
import { silentLogger } from '../../src/log.js';
import { type Harness, startHarness, textOf } from '../support/harness.js';
import { dm } from '../support/payloads.js';
import { freshDatabase, postgresUrl } from '../support/postgres.js';
import { Relay } from '../support/relay.js';

describe.skipIf(!postgresUrl)('PostgreSQL down under a running app', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let relay: Relay;
  let store: Store;
  let h: Harness;

  beforeAll(async () => {
    database = await freshDatabase();
    relay = await Relay.start(new URL(database.url));
    store = await openPostgresStore({ url: relay.url, logger: silentLogger, hashKey: 'k'.repeat(40), retryAfterMs: 200 });
    h = await startHarness({ services: { store } });
  });
  afterAll(async () => {
    await h?.close();
    await store?.close();
    await relay?.close();
    await database?.drop();
  });

  it('keeps answering, says a vote was not saved, dedupes in the process with a warning, and saves again once it is back', async () => {
    await relay.down();
    const question = dm('what does m2m stand for?', { channel: 'D0DOWN' });
    await h.sendEvent(question, { eventId: 'Ev0DOWN' });
    const [answer] = await h.fake.waitFor('chat.postMessage');
    expect(textOf(answer!.body)).toMatch(/machine/i);
    // Slack's retry of that event, while the store cannot say whether it was claimed.
    await h.sendEvent(question, { eventId: 'Ev0DOWN', retryNum: 1 });
    await h.settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(h.logs.some((l) => l.includes('slack.dedupe_in_process'))).toBe(true);

    await h.clickButton(answer!, 'feedback:up');
    const [notSaved] = await h.fake.waitFor('chat.update');
    expect(textOf(notSaved!.body)).toContain(FEEDBACK_NOT_SAVED_TEXT);

    await relay.up();
    h.fake.reset();
    await new Promise((r) => setTimeout(r, 300));
    await h.clickButton(answer!, 'feedback:down', { userId: 'U0LATER' });
    const [saved] = await h.fake.waitFor('chat.update');
    expect(textOf(saved!.body)).not.toContain(FEEDBACK_NOT_SAVED_TEXT);
    expect(await store.votes()).toMatchObject([{ vote: 'down' }]);
  });

  it('is reported by /healthz while it is down', async () => {
    await relay.down();
    const health = (await (await fetch(new URL('/healthz', h.url))).json()) as { ok: boolean; store: { ok: boolean; problem?: string } };
    expect(health.ok).toBe(true);
    expect(health.store.ok).toBe(false);
    await relay.up();
  });
});
