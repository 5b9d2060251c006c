/**
 * A fake Slack Web API on 127.0.0.1 for end-to-end tests: answers the
 * methods the app calls like Slack does, records every call (method and
 * parsed body, form-encoded or JSON), and also receives response_url posts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** Web API method ("chat.postMessage"), or "response_url" for posts to a response URL. */
  method: string;
  body: Record<string, unknown>;
  /** The bearer token sent, if any. */
  token?: string;
  /** For response_url posts: the id in the URL. */
  responseId?: string;
  /** What the fake answered (Web API calls), e.g. the ts of a posted message. */
  response?: Record<string, unknown>;
}

/** A workspace installing the app through OAuth: what the fake's oauth.v2.access hands out for one code. */
export interface Install {
  clientId: string;
  clientSecret: string;
  teamId: string;
  token: string;
  installerId: string;
  enterpriseId?: string;
  scope?: string;
}

export const BOT_USER_ID = 'U0BOT';
export const BOT_ID = 'B0BOT';
export const TEAM_ID = 'T0TEAM';
/** The DM channel conversations.open returns. */
export const OPENED_DM = 'D0OPENED';

export class FakeSlack {
  /** Calls since the last reset(). */
  calls: RecordedCall[] = [];
  /** Every call since start, never reset. */
  readonly history: RecordedCall[] = [];
  /** Outgoing requests the guarded fetch refused (anything not to 127.0.0.1). */
  readonly blocked: string[] = [];
  private readonly failures = new Map<string, string[]>();
  private readonly delays = new Map<string, number>();
  /** Calls to answer with HTTP 429 and Retry-After, as Slack does when a method's rate limit is hit. */
  private readonly rateLimits: { method: string; retryAfter: number; when: (body: Record<string, unknown>) => boolean }[] = [];
  /** response_url ids that never answer (the connection stays open until close()). */
  private readonly silentResponses = new Set<string>();
  /** users.info answers by user id (merged over a default person); kept across reset(). */
  readonly users = new Map<string, Record<string, unknown>>();
  /** OAuth: what oauth.v2.access answers for each code (a workspace installing the app); kept across reset(). */
  readonly installs = new Map<string, Install>();
  /** Bot tokens of installed workspaces, for auth.test; tokens revoked are refused like Slack does. */
  private readonly tokens = new Map<string, Install>();
  readonly revoked = new Set<string>();
  private tsCounter = 0;

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<FakeSlack> {
    const holder: { fake?: FakeSlack } = {};
    const server = createServer((req, res) => {
      void holder.fake?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.fake = new FakeSlack(server, `http://127.0.0.1:${port}`);
    return holder.fake;
  }

  /** Base URL for SLACK_API_URL / clientOptions.slackApiUrl. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A response_url that posts back here, recorded as method "response_url". */
  responseUrl(id = 'r1'): string {
    return `${this.origin}/response/${encodeURIComponent(id)}`;
  }

  /** A fetch that only reaches 127.0.0.1/localhost; anything else is refused and remembered in `blocked`. */
  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
      this.blocked.push(url.href);
      throw new Error(`test fetch refused a non-local request to ${url.host}`);
    }
    return fetch(input, init);
  };

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Makes the next call(s) to `method` fail like Slack does: `{ ok: false, error }`. */
  failNext(method: string, error = 'internal_error', times = 1): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push(error);
    this.failures.set(method, list);
  }

  /** Delays every answer to `method` by `ms` (until reset), e.g. to catch a handler in flight. */
  delay(method: string, ms: number): void {
    this.delays.set(method, ms);
  }

  /** Answers the next call to `method` (whose body `when` accepts) with HTTP 429 and `Retry-After: retryAfter`. */
  rateLimitNext(method: string, retryAfter: number, when: (body: Record<string, unknown>) => boolean = () => true): void {
    this.rateLimits.push({ method, retryAfter, when });
  }

  /** Posts to the response_url `id` are recorded but never answered. */
  neverAnswer(responseId: string): void {
    this.silentResponses.add(responseId);
  }

  /** Waits until at least `count` calls to `method` were recorded (since reset), then returns them. */
  async waitFor(method: string, count = 1, timeoutMs = 3000): Promise<RecordedCall[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.callsTo(method).length < count) {
      if (Date.now() > deadline) {
        const seen = this.calls.map((c) => c.method).join(', ') || 'nothing';
        throw new Error(`expected ${count} call(s) to ${method} within ${timeoutMs} ms; recorded: ${seen}`);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    return this.callsTo(method);
  }

  reset(): void {
    this.calls = [];
    this.failures.clear();
    this.delays.clear();
    this.rateLimits.length = 0;
    this.silentResponses.clear();
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `1800000000.${String(this.tsCounter).padStart(6, '0')}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.origin);
    const body = parseBody(raw, String(req.headers['content-type'] ?? ''));
    const auth = String(req.headers.authorization ?? '');
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : typeof body.token === 'string' ? body.token : undefined;

    const responseMatch = /^\/response\/([^/]+)$/.exec(url.pathname);
    if (responseMatch && req.method === 'POST') {
      const responseId = decodeURIComponent(responseMatch[1] ?? '');
      this.record({ method: 'response_url', body, responseId });
      if (this.silentResponses.has(responseId)) return;
      return send(res, 200, { ok: true });
    }
    const apiMatch = /^\/api\/([A-Za-z0-9.]+)$/.exec(url.pathname);
    if (!apiMatch) return send(res, 404, { ok: false, error: 'not_found' });
    const method = apiMatch[1] as string;
    const call: RecordedCall = { method, body, ...(token !== undefined ? { token } : {}) };
    this.record(call);
    if (method === 'oauth.v2.access') {
      call.response = this.exchange(body, auth);
      return send(res, 200, call.response);
    }

    const limited = this.rateLimits.findIndex((r) => r.method === method && r.when(body));
    if (limited >= 0) {
      const [rule] = this.rateLimits.splice(limited, 1);
      call.response = { ok: false, error: 'ratelimited' };
      res.writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(rule?.retryAfter ?? 1) });
      res.end(JSON.stringify(call.response));
      return;
    }
    const delay = this.delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const failure = this.failures.get(method)?.shift();
    let answer: Record<string, unknown>;
    if (failure) answer = { ok: false, error: failure };
    else if (!token || !token.startsWith('xoxb-')) answer = { ok: false, error: token ? 'invalid_auth' : 'not_authed' };
    else if (this.revoked.has(token)) answer = { ok: false, error: 'token_revoked' };
    else if (method === 'auth.test' && this.tokens.has(token)) answer = this.authTest(this.tokens.get(token) as Install);
    else answer = this.answer(method, body);
    call.response = answer;
    send(res, 200, answer);
  }

  /** oauth.v2.access: a code from `installs` for the app's client id and secret (HTTP Basic or form fields), once. */
  private exchange(body: Record<string, unknown>, auth: string): Record<string, unknown> {
    const basic = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':') : [];
    const clientId = basic[0] ?? body.client_id;
    const clientSecret = basic[1] ?? body.client_secret;
    const install = typeof body.code === 'string' ? this.installs.get(body.code) : undefined;
    if (!install) return { ok: false, error: 'invalid_code' };
    if (clientId !== install.clientId || clientSecret !== install.clientSecret) return { ok: false, error: 'invalid_client' };
    this.installs.delete(body.code as string);
    this.tokens.set(install.token, install);
    return {
      ok: true,
      app_id: 'A0APP',
      authed_user: { id: install.installerId },
      scope: install.scope ?? 'commands,chat:write',
      token_type: 'bot',
      access_token: install.token,
      bot_user_id: `U0BOT${install.teamId}`,
      // An org-wide install names the organisation, not a workspace.
      team: install.enterpriseId ? null : { id: install.teamId, name: `Workspace ${install.teamId}` },
      enterprise: install.enterpriseId ? { id: install.enterpriseId, name: 'Grid' } : null,
      is_enterprise_install: Boolean(install.enterpriseId),
    };
  }

  private authTest(install: Install): Record<string, unknown> {
    return { ok: true, url: `https://${install.teamId.toLowerCase()}.slack.com/`, team: `Workspace ${install.teamId}`, user: 'iot-or-m2m', team_id: install.teamId, user_id: `U0BOT${install.teamId}`, bot_id: `B0BOT${install.teamId}`, is_enterprise_install: Boolean(install.enterpriseId) };
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    this.history.push(call);
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const channel = typeof body.channel === 'string' ? body.channel : undefined;
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'iot-or-m2m', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID, is_enterprise_install: false };
      case 'chat.postMessage': {
        const ts = this.nextTs();
        return {
          ok: true,
          channel,
          ts,
          message: { type: 'message', user: BOT_USER_ID, bot_id: BOT_ID, text: body.text, blocks: body.blocks, ts, ...(body.thread_ts ? { thread_ts: body.thread_ts } : {}) },
        };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'chat.update':
        return { ok: true, channel, ts: body.ts, text: body.text, message: { text: body.text, blocks: body.blocks } };
      case 'views.publish':
      case 'views.open':
      case 'views.update':
      case 'views.push': {
        const view = (typeof body.view === 'object' && body.view) || {};
        return { ok: true, view: { id: 'V0VIEW', hash: 'h1', ...view } };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: OPENED_DM } };
      case 'users.info': {
        const id = typeof body.user === 'string' ? body.user : 'U0HUMAN';
        const user = { id, name: 'pat', real_name: 'Pat Example', tz: 'Europe/London', is_bot: false, deleted: false, profile: { display_name: 'pat' }, ...this.users.get(id) };
        return { ok: true, user };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Form fields holding JSON (blocks, view, …) are decoded, as Slack does. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw.length === 0) return {};
  if (contentType.includes('application/json')) {
    try {
      const parsed = JSON.parse(raw) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return { _raw: raw };
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(value)) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // not JSON after all
      }
    }
    out[key] = value;
  }
  return out;
}

function send(res: ServerResponse, status: number, data: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(data));
}
