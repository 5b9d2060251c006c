/**
 * Starts the real app in HTTP mode, in-process, against the fake Web API,
 * and sends it signed requests the way Slack does.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { HttpConfig, SlackFeatures } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { blockIdBase } from '../../src/slack/plumbing/blockKit.js';
import { loadServices, type Services } from '../../src/services.js';
import type { Store } from '../../src/store/store.js';
import { METHOD_SCOPES } from '../../src/slack/plumbing/capabilities.js';
import { createSlackApp, EVENTS_PATH, type SlackApp } from '../../src/slack/slackApp.js';
import { FakeSlack, type RecordedCall } from './fakeSlack.js';
import { blockActions, CHANNEL, type ClickOptions, envelope, type SlackEvent, slashCommand } from './payloads.js';
import { signedHeaders } from './signing.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-test-token';

export interface SendOptions {
  /** Sets x-slack-retry-num (and a retry reason), as Slack does on redelivery. */
  retryNum?: number;
  /** Request timestamp in seconds (default now); the signature is computed for it. */
  timestamp?: number;
  /** Overrides the computed signature. */
  signature?: string;
}

export interface Harness {
  fake: FakeSlack;
  slack: SlackApp;
  services: Services;
  /** http://127.0.0.1:PORT of the app. */
  url: string;
  /** JSON log lines the app wrote. */
  logs: string[];
  /** POSTs a raw body to /slack/events, signed. */
  post(body: string, contentType: string, options?: SendOptions): Promise<Response>;
  /** Sends an Events API event (wrapped in its envelope); returns the response and the event_id used. */
  sendEvent(event: SlackEvent, options?: SendOptions & { eventId?: string }): Promise<{ response: Response; eventId: string }>;
  /** Sends a block_actions click; response_url defaults to the fake's. */
  click(options: Omit<ClickOptions, 'responseUrl'> & { responseUrl?: string }): Promise<Response>;
  /** Sends `/iot-or-m2m <text>`; the reply arrives at the fake as method "response_url" with `responseId` (default "command"). */
  command(text: string, options?: { responseId?: string; userId?: string; channel?: string }): Promise<Response>;
  /**
   * Clicks a button of a message the app sent (a recorded response_url post,
   * chat.postMessage, chat.update or views.publish), from where that message
   * is, with the value the app put on the button. `responseId` names the
   * click's response_url (default "click").
   */
  clickButton(call: RecordedCall, button: string | ((b: ButtonInfo) => boolean), options?: { userId?: string; responseId?: string; channel?: string; threadTs?: string }): Promise<Response>;
  /** Resolves once no handler is running (for asserting that nothing was posted). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

let shared: Services | undefined;

export const DEFAULT_FEATURES: SlackFeatures = { adminUserIds: [], welcomeNewMembers: true };

export interface HarnessOptions {
  services?: { store?: Store };
  /** Services of the test's own, instead of the ones shared by the file's harnesses (a test that teaches the bot changes its knowledge). */
  base?: Services;
  features?: Partial<SlackFeatures>;
}

/**
 * One harness for a test file: started before its tests, settled and reset
 * between them, and checked at the end: nothing tried to leave 127.0.0.1,
 * every Web API method called is covered by the manifest's scopes, and (with
 * `noErrorLogs`) nothing was logged as an error.
 */
export function useHarness(options: HarnessOptions = {}, checks: { noErrorLogs?: boolean } = {}): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(options);
  });
  afterEach(async () => {
    await started?.settle();
    started?.fake.reset();
  });
  afterAll(async () => {
    if (!started) return;
    expect(started.fake.blocked).toEqual([]);
    for (const call of started.fake.history) if (call.method !== 'response_url') expect(Object.keys(METHOD_SCOPES)).toContain(call.method);
    if (checks.noErrorLogs) expect(started.logs.filter((l) => l.includes('"level":"error"'))).toEqual([]);
    await started.close();
  });
  // The harness exists only once beforeAll has run; tests reach it through this stand-in.
  return new Proxy({} as Harness, { get: (_, key) => (started as unknown as Record<PropertyKey, unknown>)[key] });
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeSlack.start();
  const logs: string[] = [];
  const logger = createLogger('debug', (line) => logs.push(line));
  const base = options.base ?? (shared ??= loadServices({ logger }));
  const services = base.with({ logger, ...options.services });
  const config: HttpConfig = {
    mode: 'http',
    port: 0,
    signingSecret: SIGNING_SECRET,
    botToken: BOT_TOKEN,
    slackApiUrl: fake.apiUrl,
    logLevel: 'debug',
    // The harness passes the feedback store in `services`; these settings are only read by src/app.ts.
    feedback: { databasePath: ':unused:', recordQuestions: true, retentionDays: 90 },
    features: { ...DEFAULT_FEATURES, ...options.features },
  };
  const slack = createSlackApp(config, services, { fetch: fake.fetch, retries: 0, drainTimeoutMs: 2000 });
  await slack.start();
  const url = `http://127.0.0.1:${slack.port}`;

  const post: Harness['post'] = (body, contentType, o = {}) => {
    const headers: Record<string, string> = { 'content-type': contentType, ...signedHeaders(SIGNING_SECRET, body, o.timestamp) };
    if (o.signature !== undefined) headers['x-slack-signature'] = o.signature;
    if (o.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(o.retryNum);
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    return fetch(`${url}${EVENTS_PATH}`, { method: 'POST', headers, body });
  };

  return {
    fake,
    slack,
    services,
    url,
    logs,
    post,
    async sendEvent(event, o = {}) {
      const body = envelope(event, o.eventId);
      const response = await post(JSON.stringify(body), 'application/json', o);
      return { response, eventId: body.event_id as string };
    },
    click(o) {
      const payload = blockActions({ ...o, responseUrl: o.responseUrl ?? fake.responseUrl('click') });
      return post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
    },
    command(text, o = {}) {
      const fields = slashCommand(text, fake.responseUrl(o.responseId ?? 'command'), { ...(o.userId ? { userId: o.userId } : {}), ...(o.channel ? { channel: o.channel } : {}) });
      return post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
    },
    clickButton(call, which, o = {}) {
      const found = buttonsOf(messageOf(call)).find((b) => (typeof which === 'string' ? b.action_id === which : which(b)));
      if (!found) throw new Error(`no button ${typeof which === 'string' ? which : 'matching'} in the ${call.method} message; buttons: ${buttonsOf(messageOf(call)).map((b) => b.action_id).join(', ')}`);
      const click = { actionId: found.action_id, value: found.value, responseUrl: fake.responseUrl(o.responseId ?? 'click'), ...(o.userId ? { userId: o.userId } : {}) };
      const body = call.body;
      let payload: Record<string, unknown>;
      switch (call.method) {
        case 'response_url':
          // An ephemeral message: Slack sends no message body, only where it is.
          payload = blockActions({ ...click, channel: o.channel ?? CHANNEL, ephemeral: true });
          break;
        case 'chat.postMessage':
        case 'chat.update': {
          const ts = call.method === 'chat.update' ? String(body.ts) : String(call.response?.ts);
          // A message posted in a thread is clicked inside it; chat.update keeps the thread, so the caller says which.
          const threadTs = o.threadTs ?? (typeof body.thread_ts === 'string' ? body.thread_ts : undefined);
          payload = blockActions({ ...click, channel: String(body.channel), messageTs: ts, blocks: blocksOf(body), text: String(body.text ?? ''), ...(threadTs ? { threadTs } : {}) });
          break;
        }
        case 'views.publish': {
          const view = body.view as { private_metadata?: string; blocks?: unknown[] };
          payload = blockActions({ ...click, view: { private_metadata: view.private_metadata ?? '', blocks: view.blocks ?? [] } });
          break;
        }
        default:
          throw new Error(`cannot click a button of a ${call.method} call`);
      }
      return post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
    },
    async settle() {
      await new Promise((r) => setImmediate(r));
      await slack.inflight.idle(3000);
      await new Promise((r) => setImmediate(r));
    },
    async close() {
      await slack.stop();
      await fake.close();
    },
  };
}

/** Every string inside a value (texts of blocks, fallback text, …), for content checks. */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

/**
 * Every string Slack shows or parses (texts, fallback text), without the ids
 * and button values, which are handed back to the app but never rendered.
 */
export function shownStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) shownStrings(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!['value', 'action_id', 'block_id', 'private_metadata'].includes(key)) shownStrings(v, out);
  }
  return out;
}

export interface BlockLike {
  type: string;
  block_id?: string;
  text?: { type: string; text: string };
  elements?: ElementLike[];
  accessory?: ElementLike;
}

type ElementLike = { type: string; text?: unknown; action_id?: string; value?: string; style?: string; accessibility_label?: string };

export function blocksOf(body: Record<string, unknown>): BlockLike[] {
  return Array.isArray(body.blocks) ? (body.blocks as BlockLike[]) : [];
}

export interface ButtonInfo {
  action_id: string;
  value: string;
  text: string;
  style?: string;
  accessibility_label?: string;
}

/** The message of a recorded call: the body, or the view for views.publish. */
export function messageOf(call: RecordedCall): Record<string, unknown> {
  return call.method === 'views.publish' ? ((call.body.view as Record<string, unknown>) ?? {}) : call.body;
}

/** Blocks with the revision that updates add to block ids taken off, to compare an updated message with the original. */
export function withoutRevisions<T extends { block_id?: string }>(blocks: readonly T[]): T[] {
  return blocks.map((b) => (b.block_id === undefined ? b : { ...b, block_id: blockIdBase(b.block_id) }));
}

/** Every button in a message, in order: in actions blocks, and beside a section's text. */
export function buttonsOf(body: Record<string, unknown>): ButtonInfo[] {
  return blocksOf(body)
    .flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : b.type === 'section' && b.accessory ? [b.accessory] : []))
    .filter((e) => e.type === 'button')
    .map((e) => ({ action_id: e.action_id ?? '', value: e.value ?? '', text: (e.text as { text?: string } | undefined)?.text ?? '', ...(e.style ? { style: e.style } : {}), ...(e.accessibility_label ? { accessibility_label: e.accessibility_label } : {}) }));
}

/** All visible text of a message (sections, fields, contexts, buttons), joined by newlines. */
export function textOf(body: Record<string, unknown>): string {
  return allStrings(blocksOf(body)).join('\n');
}

/** Slack markup that would notify people or render a link if it came out live. */
export const LIVE_MARKUP = /<!(?:channel|here|everyone)\b|<!subteam\^|<(?:https?|mailto):[^>]*>|<@[UW][A-Z0-9]+>|<#C[A-Z0-9]+/i;

/**
 * Plain text Slack would turn into a link or a mention by itself: a scheme
 * ("https://"), a domain or an email (a dot between letters or digits:
 * "evil.example", "www.x"), an @handle ("@channel"). User text echoed back
 * must have none of these; quoted text breaks them with a zero-width space.
 */
export const AUTO_LINK = /:\/\/|[\p{L}\p{N}]\.[\p{L}\p{N}]|@[\p{L}\p{N}]/u;

/**
 * Literal markup and linkable text a person might type, as Slack delivers it
 * (`<`, `>` and `&` escaped): once decoded, each would be live if echoed raw.
 */
export const INJECTIONS = [
  '&lt;!channel&gt;',
  '&lt;!here&gt;',
  '&lt;!everyone&gt;',
  '&lt;@U0VICTIM&gt;',
  '&lt;https://evil.example|click&gt;',
  'https://evil.example/x',
  'www.evil.example',
  'evil.example',
  'mallory@evil.example',
  '@channel',
  '*bold*',
];

/** A question the engine currently treats as `kind`, so tests follow the engine instead of hard-coding its output. */
export function questionOfKind(services: Services, kind: 'clarify' | 'fallback' | 'answer'): string {
  const candidates: Record<typeof kind, string[]> = {
    clarify: ['iot', 'devices', 'machines talking', 'm2m', 'network', 'which one is better', 'how do they connect', 'connected', 'iot devices', 'iot gadgets', 'iot connection'],
    fallback: ['what is the weather in paris tomorrow', 'best pizza recipe with mozzarella', 'who won the football world cup'],
    answer: ['what does m2m stand for', 'what does iot stand for', 'what is m2m'],
  };
  // The same in a conversation as on its own, so a question asked in a DM after another keeps its kind and choices.
  const before = { question: 'what does m2m stand for', kind: 'answer' as const, entryIds: ['m2m-acronym'] };
  const reading = (r: ReturnType<Services['responder']['respond']>) => `${r.kind}:${r.kind === 'clarify' ? r.choices.map((c) => c.entry.id).join(',') : r.kind === 'answer' ? r.entry.id : ''}`;
  const found = candidates[kind].find((q) => services.responder.respond(q).kind === kind && reading(services.responder.respond(q, before)) === reading(services.responder.respond(q)));
  if (!found) throw new Error(`none of the sample questions is a ${kind} for the bot any more; add one to questionOfKind`);
  return found;
}
