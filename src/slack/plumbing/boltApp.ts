/**
 * The Bolt app for either connection mode, with our logger, in-flight
 * tracking, the duplicate-event filter and /healthz (HTTP), but no feature:
 * src/slack/slackApp.ts adds those. `start()` / `stop()` are what src/app.ts
 * and the tests use.
 */
import type { AddressInfo } from 'node:net';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { App, type AppOptions } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { Services } from '../../services.js';
import { boltLevel, boltLogger } from './boltLogger.js';
import { describeError, errorCode } from './describeError.js';
import { dropDuplicateEvents, RecentIds } from './duplicateEvents.js';
import { Inflight, trackInflight } from './inflight.js';
import { withoutSecrets } from './withoutSecrets.js';
import { WorkspaceSettingsCache } from '../../workspaceSettings.js';
import { botScopes } from './capabilities.js';
import { deleteOnUninstall, StoredInstallations } from './installations.js';
import { INSTALL_PATH, installedPage, installFailedPage, installPage, PRIVACY_PATH, privacyPage, REDIRECT_PATH } from './installPages.js';
import { workspaceScope } from './workspaceScope.js';

export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';
/** Event ids remembered to drop Slack's redeliveries. */
export const RECENT_EVENT_IDS = 1000;

export interface SlackAppOptions {
  /** Used for every outgoing request (Web API and response_url). Tests pass one that only reaches 127.0.0.1. */
  fetch?: typeof fetch;
  /**
   * Web API retries on network errors and 5xx (default 0). A retry after a
   * timeout can post an answer twice when Slack did complete the first call,
   * so nothing is retried blindly; rate limits are waited out per call
   * (delivery.ts).
   */
  retries?: number;
  /** Timeout in ms of every outgoing request, Web API and response_url alike (default 10 s). */
  timeoutMs?: number;
  /** How long stop() waits for running handlers (default 10 s). */
  drainTimeoutMs?: number;
}

/** Why start() failed: checking the bot token (auth.test), or connecting (Socket Mode) / listening (HTTP). */
export class SlackStartError extends Error {
  constructor(
    readonly phase: 'auth' | 'connect',
    /** Slack's error code ("invalid_auth") or the system one ("EADDRINUSE"), when there is one. */
    readonly code: string | undefined,
    options: { cause: unknown },
  ) {
    super(`${phase === 'auth' ? 'checking the bot token' : 'connecting'} failed: ${code ?? describeError(options.cause)}`, options);
    this.name = 'SlackStartError';
  }
}

export interface SlackApp {
  readonly app: App;
  /** The services with a logger that never writes this app's secrets: what features must use. */
  readonly services: Services;
  readonly mode: SlackConfig['mode'];
  /** The port listened on, in HTTP mode after start(); in Socket Mode, the /healthz port when PORT is set. */
  readonly port: number | undefined;
  readonly inflight: Inflight;
  /** Each workspace's settings (admins, onboarding channel, welcome DM), over the environment's. */
  readonly workspaceSettings: WorkspaceSettingsCache;
  /** Checks the token (auth.test), then connects (Socket Mode) or listens (HTTP). */
  start(): Promise<void>;
  /** Stops taking new work, waits for running handlers, disconnects. Safe to call twice. */
  stop(): Promise<void>;
}

export function createBoltApp(config: SlackConfig, appServices: Services, options: SlackAppOptions = {}): SlackApp {
  // Everything the Slack front end logs (its own events and Bolt's) goes through this one, which never writes the secrets.
  const secrets = config.mode === 'oauth' ? [config.clientSecret, config.stateSecret, config.signingSecret] : [config.botToken, config.mode === 'http' ? config.signingSecret : config.appToken];
  const logger = withoutSecrets(appServices.logger, secrets);
  const services = appServices.with({ logger });
  const inflight = new Inflight();
  let state: 'new' | 'starting' | 'running' | 'stopping' | 'stopped' = 'new';
  let port: number | undefined;
  let stopping: Promise<void> | undefined;
  let server: Server | undefined;

  const timeoutMs = options.timeoutMs ?? 10_000;
  const common: AppOptions = {
    ...(config.mode === 'oauth' ? {} : { token: config.botToken }),
    logger: boltLogger(logger, config.logLevel),
    // Without it Bolt sets its logger to info, whatever LOG_LEVEL says.
    logLevel: boltLevel(config.logLevel),
    // auth.test runs in start(), so a bad token fails there with a clear error, not in a stray promise.
    deferInitialization: true,
    convoStore: false,
    clientOptions: {
      ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
      // Every call, Web API and response_url alike, times out in this fetch; the client's own timeout
      // (AbortSignal.timeout) stays off: its timers and weak references live 10 s per call, whatever the answer.
      fetch: withTimeout(options.fetch ?? fetch, timeoutMs),
      retryConfig: { retries: options.retries ?? 0, factor: 2, minTimeout: 250, maxTimeout: 2000 },
      // A 429 on one call must not pause everyone's replies: the call fails at once and is waited out alone.
      rejectRateLimitedCalls: true,
    },
  };

  // Ready while connected; the store's state is reported beside it (answers keep flowing without it).
  const health = async (_req: unknown, res: ServerResponse) => {
    const ok = state === 'running';
    const store = await services.store.health();
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ ok, mode: config.mode, entries: services.kb.entries.length, store, ...(ok ? {} : { state }) }));
  };
  let healthServer: Server | undefined;

  // Installed in many workspaces, ADMIN_USER_IDS would name admins of every one of them: each starts with its installer instead.
  const settings = new WorkspaceSettingsCache(services.store, config.mode === 'oauth' ? { ...config.features, adminUserIds: [] } : config.features);
  const installations = config.mode === 'oauth' ? new StoredInstallations(services.store, settings, logger) : undefined;
  const privacy = (_req: unknown, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(privacyPage(config.feedback.retentionDays, config.feedback.recordQuestions));
  };
  const routes = [
    { path: HEALTH_PATH, method: ['GET', 'HEAD'], handler: health },
    { path: PRIVACY_PATH, method: ['GET'], handler: privacy },
  ];

  let app: App;
  if (config.mode === 'http') {
    app = new App({ ...common, signingSecret: config.signingSecret, endpoints: EVENTS_PATH, customRoutes: routes });
  } else if (config.mode === 'oauth') {
    app = new App({
      ...common,
      signingSecret: config.signingSecret,
      endpoints: EVENTS_PATH,
      customRoutes: routes,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      stateSecret: config.stateSecret,
      scopes: botScopes(),
      ...(installations ? { installationStore: installations } : {}),
      installerOptions: {
        installPath: INSTALL_PATH,
        redirectUriPath: REDIRECT_PATH,
        directInstall: false,
        renderHtmlForInstallPath: installPage,
        // oauth.v2.access and the auth.test after it go where every other call goes (SLACK_API_URL).
        clientOptions: { ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}), fetch: withTimeout(options.fetch ?? fetch, timeoutMs) },
        callbackOptions: {
          success: (installation, _options, _req, res) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end(installedPage(installation.team?.id ?? '', installation.appId));
          },
          failure: (error, _options, _req, res) => {
            logger.warn('slack.install_failed', { code: error.code });
            res.writeHead(error.code === 'store_unavailable' ? 503 : 400, { 'content-type': 'text/html; charset=utf-8' });
            res.end(installFailedPage(error.code));
          },
        },
      },
    });
  } else {
    app = new App({ ...common, socketMode: true, appToken: config.appToken });
  }

  app.use(trackInflight(inflight));
  app.use(workspaceScope(services, settings, config.mode === 'oauth'));
  app.use(dropDuplicateEvents({ claim: (keys) => services.store.claim(keys) }, new RecentIds(RECENT_EVENT_IDS), logger));
  if (installations) deleteOnUninstall(app, services, installations, settings, logger);
  app.error(async (error) => {
    logger.error('slack.unhandled_error', { error: describeError(error), code: error.code });
  });

  /**
   * Loads what the responder would otherwise load inside the first request
   * that needs it (the typo lookup, the English word list, the learned model)
   * and answers a few thousand practice questions so the answering code is
   * compiled (1.5 to 2.5 s in all). Done before listening, so no request waits for it.
   */
  const warmUp = () => {
    const started = Date.now();
    services.responder.warmUp();
    logger.debug('slack.warmed_up', { ms: Date.now() - started });
  };

  return {
    app,
    services,
    mode: config.mode,
    inflight,
    workspaceSettings: settings,
    get port() {
      return port;
    },
    async start() {
      if (state !== 'new') throw new Error(`cannot start: the app is ${state}`);
      state = 'starting';
      try {
        await app.init();
      } catch (error) {
        throw new SlackStartError('auth', errorCode(error), { cause: error });
      }
      warmUp();
      try {
        if (config.mode !== 'socket') {
          server = await app.start(config.port);
          port = (server.address() as AddressInfo).port;
        } else {
          await app.start();
          if (config.mode === 'socket' && config.healthPort !== undefined) {
            healthServer = await serveHealth(config.healthPort, health);
            port = (healthServer.address() as AddressInfo).port;
          }
        }
      } catch (error) {
        throw new SlackStartError('connect', errorCode(error), { cause: error });
      }
      if (state !== 'starting') return; // stop() was called meanwhile
      state = 'running';
      logger.info('slack.started', { mode: config.mode, ...(port !== undefined ? { port, path: EVENTS_PATH } : {}) });
    },
    stop() {
      stopping ??= (async () => {
        // A Socket Mode start can retry for long without network: stopping then closes the client too.
        const wasRunning = state === 'running' || (state === 'starting' && config.mode === 'socket');
        state = 'stopping';
        const drainMs = options.drainTimeoutMs ?? 10_000;
        const drain = async () => {
          if (!(await inflight.idle(drainMs))) logger.warn('slack.stop_timeout', { pending: inflight.size });
        };
        const close = async () => {
          if (!wasRunning) return;
          try {
            await app.stop();
          } catch (error) {
            logger.warn('slack.stop_failed', { error: describeError(error) });
          }
        };
        if (config.mode !== 'socket') {
          // Stop listening first; requests already received finish, and so do their handlers.
          const closed = close();
          await drain();
          // Keep-alive connections would hold the server open: close the idle ones, then any left.
          server?.closeIdleConnections();
          const timer = setTimeout(() => server?.closeAllConnections(), 1000);
          await closed;
          clearTimeout(timer);
        } else {
          // Socket Mode acks over the socket: let handlers finish before disconnecting.
          await drain();
          await close();
          await drain();
        }
        if (healthServer) await new Promise<void>((resolve) => healthServer?.close(() => resolve()));
        state = 'stopped';
        if (wasRunning) logger.info('slack.stopped', { mode: config.mode });
      })();
      return stopping;
    },
  };
}

/** Statuses whose response has no body, which a Response built anew must not be given. */
const NO_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * `fetch` that gives up after `ms`, body included. The timer is cleared as
 * soon as the answer is read, so a busy app keeps no timers for calls long
 * done (AbortSignal.timeout keeps each for the whole `ms`). A signal of the
 * caller's own still aborts the call.
 */
export function withTimeout(base: typeof fetch, ms: number): typeof fetch {
  return async (input, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')), ms);
    const callerSignal = init?.signal;
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) onCallerAbort();
    else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    try {
      const response = await base(input, { ...init, signal: controller.signal });
      // Slack's answers are small: reading them here keeps the body under the same timeout. The Response
      // built anew has no url; the Web API client reads it only for file downloads, which this app never makes.
      const body = NO_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  };
}

/** /healthz on its own port, for Socket Mode (which has no HTTP listener of its own); 404 elsewhere. */
export async function serveHealth(port: number, health: (req: unknown, res: ServerResponse) => void): Promise<Server> {
  const server = createServer((req, res) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && req.url?.split('?')[0] === HEALTH_PATH) return health(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });
  return server;
}
