/** The timeout every outgoing call gets: the whole answer, body included, and nothing left running after it. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withTimeout } from '../../../src/slack/plumbing/boltApp.js';

let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/stalls') {
      // Headers at once, then a body that never ends.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"ok":');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('withTimeout', () => {
  it('returns the answer, readable as usual', async () => {
    const res = await withTimeout(fetch, 1000)(`${url}/fine`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('leaves no timer running once the answer is read', async () => {
    const set = vi.spyOn(globalThis, 'setTimeout');
    const clear = vi.spyOn(globalThis, 'clearTimeout');
    try {
      await withTimeout(fetch, 60_000)(`${url}/fine`, { method: 'POST' });
      const index = set.mock.calls.findIndex(([, ms]) => ms === 60_000);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(clear).toHaveBeenCalledWith(set.mock.results[index]?.value);
    } finally {
      set.mockRestore();
      clear.mockRestore();
    }
  });

  it('gives up when the body stalls after the headers', async () => {
    await expect(withTimeout(fetch, 150)(`${url}/stalls`)).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('still stops when the caller aborts', async () => {
    const caller = new AbortController();
    const call = withTimeout(fetch, 5000)(`${url}/stalls`, { signal: caller.signal });
    setTimeout(() => caller.abort(new Error('caller gave up')), 50);
    await expect(call).rejects.toThrow('caller gave up');
  });
});
