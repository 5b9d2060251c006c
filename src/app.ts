/**
 * Entry point (`node dist/app.js`): reads `.env` and the environment, loads
 * the knowledge base, then runs the terminal front end (no SLACK_BOT_TOKEN),
 * Socket Mode (bot + app token) or HTTP mode (bot token + signing secret).
 * Slack modes also open the store (PostgreSQL at DATABASE_URL, else the
 * SQLite file at DATABASE_PATH): pruned at
 * start and daily, closed after the last handler on a graceful stop. A
 * database that cannot be used disables feedback; the bot keeps answering.
 * `main()` takes its environment and streams as arguments, so tests run it
 * in-process; the process-level wiring is runAsProcess(), at the bottom
 * (scripts/start.mjs calls it after rebuilding when a source changed).
 */
import { config as loadDotenv } from 'dotenv';
import { CONFIG_EXIT_CODE, formatConfigProblems, readConfig, secretsIn, WHERE, type Env, type SlackConfig } from './config.js';
import { openStore } from './store/openStore.js';
import type { Store } from './store/store.js';
import { knowledgeDir } from './knowledge/load.js';
import { ContentError, formatContentError } from './knowledge/problems.js';
import { isEntryPoint } from './entryPoint.js';
import { createLogger, secretScrubber, type Logger } from './log.js';
import { loadServices, type Services } from './services.js';
import { describeError } from './slack/plumbing/describeError.js';
// Types only: Bolt itself is loaded lazily, for Slack modes.
import type { SlackStartError } from './slack/slackApp.js';

export interface MainIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  /** Emits SIGTERM / SIGINT (the process, or a test's EventEmitter). */
  signals: NodeJS.EventEmitter;
  /** Called on a second stop signal to give up waiting (the process: process.exit). */
  forceExit?: (code: number) => void;
}

const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const;
/** Slack errors that mean the bot token itself is wrong. */
const BAD_TOKEN = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'not_allowed_token_type']);

/** Runs the app until its input ends (terminal) or a stop signal arrives (Slack). Resolves to the exit code. */
export async function main(env: Env, io: MainIO): Promise<number> {
  // No message or log line may quote a configured secret (whatever printed it, even a
  // malformed token in a library's error): everything written to stderr is scrubbed.
  const scrub = secretScrubber(secretsIn(env));
  const say: Say = (text) => void io.stderr.write(scrub(text) + '\n');
  const config = readConfig(env);
  if (config.mode === 'invalid') {
    say(formatConfigProblems(config.problems));
    return CONFIG_EXIT_CODE;
  }
  const logger = createLogger(config.logLevel, say);

  const loaded = loadOrExplain(() => loadServices({ knowledge: knowledgeDir(undefined, env), logger }), say);
  if (!loaded) return 1;

  if (config.mode === 'terminal') {
    // The terminal records no feedback: no database is opened.
    const { runTerminal } = await import('./terminal/chat.js');
    await runTerminal(loaded, { input: io.stdin, output: io.stdout, interactive: Boolean(io.stdin.isTTY && io.stdout.isTTY) });
    return 0;
  }

  // Never throws: a database that cannot be used logs one clear error and gives a disabled store.
  const store = await openStore(config.feedback, {
    logger,
    hashKey: config.feedback.hashKey,
    recordQuestions: config.feedback.recordQuestions,
    retentionDays: config.feedback.retentionDays,
  });
  if (store.enabled) logger.info('feedback.opened', { location: store.location, recordQuestions: config.feedback.recordQuestions, retentionDays: config.feedback.retentionDays });
  else if (config.mode === 'oauth') {
    // Installed in many workspaces, the app keeps each one's token in the database: without it, it can answer no one.
    say(`The app is set up to be installed in many workspaces (SLACK_CLIENT_ID), which keeps each workspace's installation in the database, but the database cannot be used: ${store.reason ?? 'unknown reason'}`);
    await closeStore(store, logger);
    return 1;
  }
  const stopPrune = store.startDailyPrune();
  const services = loaded.with({ store });
  // What admins taught applies from the first question, and other instances' additions arrive within seconds.
  const stopTeaching = await services.startTeachingSync();
  try {
    return await runSlack(config, services, io, logger, say);
  } finally {
    // runSlack returns once handlers have finished (or the drain timed out), so votes are not cut off.
    stopPrune();
    stopTeaching();
    await closeStore(store, logger);
  }
}

/** Writes one message (a line or more) to stderr, scrubbed of secrets. */
type Say = (text: string) => void;

/** Loads the content; a content problem is printed (file, item, field, fix) and gives null. */
function loadOrExplain(load: () => Services, say: Say): Services | null {
  try {
    return load();
  } catch (error) {
    if (error instanceof ContentError) {
      say(formatContentError(error));
      return null;
    }
    throw error;
  }
}

async function closeStore(store: Store, logger: Logger): Promise<void> {
  try {
    await store.close();
  } catch (error) {
    logger.warn('feedback.close_failed', { error: describeError(error) });
  }
}

/** Connects to Slack and runs until a stop signal; resolves to the exit code once every handler has finished. */
async function runSlack(config: SlackConfig, services: Services, io: MainIO, logger: Logger, say: Say): Promise<number> {
  // Bolt is loaded only for Slack modes.
  const { createSlackApp } = await import('./slack/slackApp.js');
  const slack = createSlackApp(config, services);

  let signalled: (signal: string) => void = () => {};
  const stopSignal = new Promise<string>((resolve) => (signalled = resolve));
  let signals = 0;
  const onSignal = (signal: string) => {
    signals += 1;
    if (signals === 1) {
      logger.info('app.stopping', { signal });
      signalled(signal);
    } else {
      logger.warn('app.force_exit', { signal, pending: slack.inflight.size });
      io.forceExit?.(130);
    }
  };
  for (const s of STOP_SIGNALS) io.signals.on(s, onSignal);

  try {
    // A stop signal may arrive while still connecting (Socket Mode retries without network).
    const started = slack.start().then(
      () => ({ ok: true as const }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    const first = await Promise.race([started, stopSignal.then(() => null)]);
    if (first && !first.ok) {
      await slack.stop();
      return startFailure(first.error, config, say, logger);
    }
    await stopSignal;
    await slack.stop();
    return 0;
  } finally {
    for (const s of STOP_SIGNALS) io.signals.off(s, onSignal);
  }
}

/** Explains why connecting to Slack failed, in one message, and picks the exit code. */
function startFailure(error: unknown, config: SlackConfig, say: Say, logger: Logger): number {
  const start = error instanceof Error && error.name === 'SlackStartError' ? (error as SlackStartError) : undefined;
  const phase = start?.phase ?? 'connect';
  const code = start?.code;
  let message: string;
  let exit = 1;
  if (code && BAD_TOKEN.has(code)) {
    exit = CONFIG_EXIT_CODE;
    message =
      phase === 'auth'
        ? `Slack rejected SLACK_BOT_TOKEN (${code}). Copy the ${WHERE.SLACK_BOT_TOKEN} again; reinstall the app if it was removed.`
        : `Slack rejected SLACK_APP_TOKEN (${code}). Generate a new one under ${WHERE.SLACK_APP_TOKEN}.`;
  } else if (code === 'EADDRINUSE' && config.mode !== 'socket') {
    message = `Port ${config.port} is already in use. Stop the other program or set PORT to a free port.`;
  } else if (code === 'EACCES' && config.mode !== 'socket') {
    message = `Not allowed to listen on port ${config.port}. Use a port above 1024, e.g. PORT=3000.`;
  } else {
    const detail = code ?? (error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error));
    message = `Could not ${phase === 'auth' ? 'reach Slack to check SLACK_BOT_TOKEN' : config.mode !== 'socket' ? `listen on port ${config.port}` : 'connect to Slack in Socket Mode'}: ${detail}`;
  }
  logger.error('app.start_failed', { phase, code });
  say(message);
  return exit;
}

/**
 * `node dist/app.js`: .env, then main() on the process's streams and signals,
 * with the process-level safety nets. Exported for scripts/start.mjs.
 */
export async function runAsProcess(): Promise<void> {
  loadDotenv({ quiet: true });
  const scrub = secretScrubber(secretsIn(process.env));
  // `npm start | head`: the reader closing stdout early is a normal end, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  process.on('unhandledRejection', (reason) => {
    createLogger(undefined, (line) => process.stderr.write(scrub(line) + '\n')).error('app.unhandled_rejection', { error: describeError(reason) });
  });
  let code: number;
  try {
    code = await main(process.env, {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      signals: process,
      forceExit: (c) => process.exit(c),
    });
  } catch (error) {
    process.stderr.write(scrub(`iot-or-m2m stopped: ${error instanceof Error ? error.message : String(error)}`) + '\n');
    code = 1;
  }
  process.exitCode = code;
  // Leave time for output to flush; a lingering socket must not keep a stopped app alive.
  setTimeout(() => process.exit(code), 2000).unref();
}

if (isEntryPoint(import.meta.url)) await runAsProcess();
