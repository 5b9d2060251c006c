/**
 * Event throughput of an HTTP-mode Bolt app, for `npm run bench`: signed DM
 * events sent at a fixed concurrency, timed until every reply reached a
 * minimal Web API on 127.0.0.1. The same load runs against a bare Bolt app
 * (one listener that replies) and against this app with feedback recorded in
 * SQLite, so the ratio compares like with like on the same machine.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BENCH_SECRET = 'bench-signing-secret-0123456789abcdef';
export const BENCH_TOKEN = 'xoxb-bench-token';

/** A Web API that answers auth.test and counts chat.postMessage calls; nothing else. */
export class MinimalWebApi {
  posts = 0;
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<MinimalWebApi> {
    const holder: { api?: MinimalWebApi } = {};
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const method = req.url?.split('/').pop() ?? '';
        if (method === 'chat.postMessage' && holder.api) holder.api.posts += 1;
        const body =
          method === 'auth.test'
            ? { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0BENCH' }
            : method === 'chat.postMessage'
              ? { ok: true, channel: 'D0BENCH', ts: '1800000000.000001' }
              : { ok: true };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.api = new MinimalWebApi(server, `http://127.0.0.1:${port}/api/`);
    return holder.api;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export interface EventRate {
  events: number;
  seconds: number;
  perSecond: number;
  /** Time to the HTTP acknowledgement of each event, ms. */
  acks: number[];
}

/**
 * Sends `count` DM events to `url` (…/slack/events), `concurrency` at a time, and waits until `api` saw as many replies.
 * Events are numbered from `firstEvent`: a second run on the same app sends new messages, not retries it would skip.
 */
export async function measureEventRate(url: string, api: MinimalWebApi, count: number, concurrency: number, questions: readonly string[], firstEvent = 0): Promise<EventRate> {
  const start = api.posts;
  const acks: number[] = [];
  let next = firstEvent;
  const end = firstEvent + count;
  const began = performance.now();
  const worker = async () => {
    while (next < end) {
      const i = next++;
      const body = JSON.stringify({
        type: 'event_callback',
        team_id: 'T0BENCH',
        api_app_id: 'A0BENCH',
        event_id: `EvBENCH${process.pid}${i}${Math.random().toString(36).slice(2, 8)}`,
        event_time: Math.floor(Date.now() / 1000),
        event: { type: 'message', channel: `D0BENCH${i % 50}`, channel_type: 'im', user: `U0USER${i % 200}`, text: questions[i % questions.length], ts: `1700000000.${String(i).padStart(6, '0')}`, team: 'T0BENCH' },
      });
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = `v0=${createHmac('sha256', BENCH_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      const t = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature }, body });
      await res.arrayBuffer();
      acks.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const deadline = Date.now() + 60_000;
  while (api.posts - start < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  const seconds = (performance.now() - began) / 1000;
  return { events: api.posts - start, seconds, perSecond: (api.posts - start) / seconds, acks };
}
