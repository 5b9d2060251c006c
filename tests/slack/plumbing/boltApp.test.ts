/** The HTTP receiver end to end: URL verification, request signing, /healthz. */
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { serveHealth } from '../../../src/slack/plumbing/boltApp.js';
import { BOT_TOKEN, SIGNING_SECRET, useHarness } from '../../support/harness.js';
import { dm, envelope } from '../../support/payloads.js';
import { nowSeconds } from '../../support/signing.js';

const h = useHarness();

describe('HTTP mode', () => {
  it('checks the bot token with auth.test at start, through the configured API URL', () => {
    const auth = h.fake.history.filter((c) => c.method === 'auth.test');
    expect(auth).toHaveLength(1);
    expect(auth[0]?.token).toBe('xoxb-test-token');
  });

  it('answers the url_verification challenge', async () => {
    const body = JSON.stringify({ token: 't', challenge: 'challenge-3k2j', type: 'url_verification' });
    const res = await h.post(body, 'application/json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'challenge-3k2j' });
  });

  it('rejects a wrong signature with 401 and answers nothing', async () => {
    const body = JSON.stringify(envelope(dm('what does m2m stand for')));
    const res = await h.post(body, 'application/json', { signature: 'v0=' + '0'.repeat(64) });
    expect(res.status).toBe(401);
    await h.settle();
    expect(h.fake.calls).toEqual([]);
  });

  it('rejects a correctly signed but stale request (replay) with 401 and answers nothing', async () => {
    const body = JSON.stringify(envelope(dm('what does m2m stand for')));
    const res = await h.post(body, 'application/json', { timestamp: nowSeconds() - 10 * 60 });
    expect(res.status).toBe(401);
    await h.settle();
    expect(h.fake.calls).toEqual([]);
  });

  it('rejects a body changed after signing', async () => {
    const body = JSON.stringify(envelope(dm('what does m2m stand for')));
    const { signedHeaders } = await import('../../support/signing.js');
    const headers = { 'content-type': 'application/json', ...signedHeaders('test-signing-secret-0123456789abcdef', body) };
    const res = await fetch(`${h.url}/slack/events`, { method: 'POST', headers, body: body.replace('m2m', 'iot') });
    expect(res.status).toBe(401);
    await h.settle();
    expect(h.fake.calls).toEqual([]);
  });

  it('serves GET /healthz with a small JSON status, saying whether the store works', async () => {
    const res = await fetch(`${h.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    // The harness runs without a database: the app is ready, the store is reported as not working, with why.
    expect(await res.json()).toEqual({ ok: true, mode: 'http', entries: h.services.kb.entries.length, store: { ok: false, problem: expect.any(String) } });
  });

  it('serves /healthz on its own port too (Socket Mode has no HTTP listener of its own)', async () => {
    const server = await serveHealth(0, (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
    try {
      const { port } = server.address() as AddressInfo;
      expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({ ok: true });
      expect((await fetch(`http://127.0.0.1:${port}/slack/events`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('answers 404 on other paths', async () => {
    const res = await fetch(`${h.url}/nope`);
    expect(res.status).toBe(404);
  });

  it('loads the English word list at start, not inside the first request that needs it', () => {
    expect(h.logs.some((l) => l.includes('"slack.warmed_up"'))).toBe(true);
    expect(h.logs.findIndex((l) => l.includes('"slack.warmed_up"'))).toBeLessThan(h.logs.findIndex((l) => l.includes('"slack.started"')));
  });

  it('logs Bolt and the Web API client at the level the app is set to', async () => {
    // The harness runs at debug: the Web API client's per-request debug lines come through (Bolt would reset them to info).
    await h.sendEvent(dm('what does m2m stand for'));
    await h.fake.waitFor('chat.postMessage');
    await h.settle();
    expect(h.logs.some((l) => l.includes('"event":"bolt"') && l.includes('"level":"debug"'))).toBe(true);
  });

  it('never logs the bot token or the signing secret', async () => {
    // Even when an error message quotes them, under a field name the shared logger does not redact.
    const recordDecision = vi.spyOn(h.services.store, 'recordDecision').mockImplementation(() => {
      throw new Error(`cannot record: ${SIGNING_SECRET} ${BOT_TOKEN}`);
    });
    try {
      await h.sendEvent(dm('what does m2m stand for'));
      await h.fake.waitFor('chat.postMessage');
      await h.settle();
    } finally {
      recordDecision.mockRestore();
    }
    expect(h.logs.some((l) => l.includes('slack.decision_not_recorded') && l.includes('[redacted]'))).toBe(true);
    const all = h.logs.join('\n');
    expect(all).not.toContain('xoxb-test-token');
    expect(all).not.toContain('test-signing-secret');
  });
});
