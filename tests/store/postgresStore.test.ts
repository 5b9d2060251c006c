/**
 * What only the PostgreSQL store does: instances starting together migrate
 * once, the hash key is required, and a server that goes away (here: a TCP
 * relay in front of the real test server, closed and reopened) costs votes
 * while it is gone, never answers, and is picked up again when it is back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgresStore.js';
import { POSTGRES_SCHEMA_VERSION } from '../../src/store/postgresSchema.js';
import type { Store } from '../../src/store/store.js';
import { recordingLogger } from '../feedback/helpers.js';
import { freshDatabase, postgresUrl } from '../support/postgres.js';
import { closedPort, Relay } from '../support/relay.js';
import { HASH_KEY, postgres, type Place } from './backends.js';

const vote = { userId: 'U1', entryId: 'm2m-acronym', question: 'what does m2m stand for', confidence: 0.9, vote: 'up' as const };

describe.skipIf(!postgresUrl)('the PostgreSQL store', () => {
  let place: Place;
  beforeEach(async () => {
    place = await postgres.place();
  });
  afterEach(async () => {
    await place.remove();
  });

  it('migrates a new database once when several instances start at the same moment', async () => {
    const opened = await Promise.all([1, 2, 3, 4, 5].map(() => place.open()));
    for (const { store, logger } of opened) {
      expect(store.enabled).toBe(true);
      expect(logger.errors()).toEqual([]);
    }
    expect(await place.rows('SELECT version FROM schema_version')).toEqual([{ version: POSTGRES_SCHEMA_VERSION }]);
    const saved = await Promise.all(opened.map(({ store }, i) => store.recordVote({ ...vote, userId: `U${i}` })));
    expect(saved.every((s) => s.saved)).toBe(true);
  });

  it('is disabled, saying why, for a schema newer than the code knows', async () => {
    await (await place.open()).store.close();
    await place.rows(`UPDATE schema_version SET version = ${POSTGRES_SCHEMA_VERSION + 1} RETURNING version`);
    const { store, logger } = await place.open();
    expect(store.enabled).toBe(false);
    expect(store.reason).toMatch(/newer version of the bot.*Fix:/);
    expect(logger.errors().map((e) => e.event)).toEqual(['feedback_store_disabled']);
  });
});

describe.skipIf(!postgresUrl)('opening PostgreSQL', () => {
  it('requires FEEDBACK_HASH_KEY, so every instance hashes people alike', async () => {
    const logger = recordingLogger();
    const store = await openPostgresStore({ url: postgresUrl, logger });
    expect(store.enabled).toBe(false);
    expect(store.reason).toMatch(/FEEDBACK_HASH_KEY/);
    expect(logger.errors()).toHaveLength(1);
  });

  it('never shows the password of DATABASE_URL', async () => {
    const logger = recordingLogger();
    const url = new URL(postgresUrl);
    url.password = 'pa55-w0rd-secret';
    url.search = '?sslpassword=ss1-key-secret';
    url.port = String(await closedPort());
    const store = await openPostgresStore({ url: url.toString(), logger, hashKey: HASH_KEY });
    for (const secret of ['pa55-w0rd-secret', 'ss1-key-secret']) {
      expect(store.location).not.toContain(secret);
      expect(JSON.stringify(logger.events)).not.toContain(secret);
    }
    await store.close();
  });
});

describe.skipIf(!postgresUrl)('a PostgreSQL server that goes away and comes back', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let relay: Relay;
  let store: Store;
  beforeEach(async () => {
    database = await freshDatabase();
    relay = await Relay.start(new URL(database.url));
  });
  afterEach(async () => {
    await store?.close();
    await relay.close();
    await database.drop();
  });

  it('starts without it, keeps answering what it can, and picks it up when it is back', async () => {
    await relay.down();
    const logger = recordingLogger();
    const started = Date.now();
    store = await openPostgresStore({ url: relay.url, logger, hashKey: HASH_KEY, retryAfterMs: 200 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(store.enabled).toBe(true);
    expect(logger.errors().map((e) => e.event)).toEqual(['feedback_store_unreachable']);
    expect(logger.errors()[0]?.fields.fix).toMatch(/start PostgreSQL or check the host and port in DATABASE_URL/);
    expect(await store.recordVote(vote)).toEqual({ saved: false });
    expect(await store.claim(['event:E1'])).toBeUndefined();
    expect(await store.lastTurn('D1:')).toBeUndefined();
    expect((await store.health()).ok).toBe(false);

    await relay.up();
    await waitUntil(async () => (await store.recordVote(vote)).saved);
    expect(await store.claim(['event:E1'])).toBe(true);
    expect(await store.votes()).toHaveLength(1);
  });

  it('loses only what is written while it is gone, logs that once, and needs no restart', async () => {
    const logger = recordingLogger();
    store = await openPostgresStore({ url: relay.url, logger, hashKey: HASH_KEY, retryAfterMs: 200 });
    expect(await store.recordVote(vote)).toMatchObject({ saved: true });

    await relay.down();
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => store.recordVote({ ...vote, userId: `U${i + 1}` })));
    expect(results).toEqual(results.map(() => ({ saved: false })));
    expect(await store.claimWelcome('U9')).toBeUndefined();
    expect(logger.errors().filter((e) => e.event === 'store_failed')).toHaveLength(1);

    await relay.up();
    await waitUntil(async () => (await store.recordVote({ ...vote, userId: 'U7' })).saved);
    expect((await store.votes()).length).toBe(2);
    expect(await store.health()).toEqual({ ok: true });
  });
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
