/**
 * Entry point (`node dist/app.js`): reads `.env` and the environment, loads
 * the knowledge base, then runs the terminal front end (no SLACK_BOT_TOKEN),
 * Socket Mode (bot + app token) or HTTP mode (bot token + signing secret).
 * Slack modes also open the feedback database (DATABASE_PATH): pruned at
 * start and daily, closed after the last handler on a graceful stop. A
 * database that cannot be used disables feedback; the bot keeps answering.
 * `main()` takes its environment and streams as arguments, so tests run it
 * in-process; the process-level wiring is at the bottom.
 */
import { config as loadDotenv } from 'dotenv';
import { CONFIG_EXIT_CODE, formatConfigProblems, readConfig, WHERE, type Env, type SlackConfig } from './config.js';
import { openFeedbackStore, type FeedbackStore } from './feedback/index.js';
import { knowledgeDir } from './knowledge/load.js';
import { ContentError, formatContentError } from './knowledge/problems.js';
import { isEntryPoint } from './entryPoint.js';
import { createLogger, type Logger } from './log.js';
import { loadServices, type Services } from './services.js';
import { describeError } from './slack/errors.js';
import { withoutSecrets } from './slack/secrets.js';
// Types only: Bolt itself is loaded lazily, for Slack modes.
import type { SlackStartError } from './slack/createApp.js';

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
  const config = readConfig(env);
  if (config.mode === 'invalid') {
    io.stderr.write(formatConfigProblems(config.problems) + '\n');
    return CONFIG_EXIT_CODE;
  }
  const written = createLogger(config.logLevel, (line) => io.stderr.write(line + '\n'));
  // In Slack modes nothing logged may quote the tokens or the signing secret, whatever the field.
  const logger = config.mode === 'terminal' ? written : withoutSecrets(written, [config.botToken, config.mode === 'http' ? config.signingSecret : config.appToken]);

  const loaded = loadOrExplain(() => loadServices({ knowledge: knowledgeDir(undefined, env), logger }), io);
  if (!loaded) return 1;

  if (config.mode === 'terminal') {
    // The terminal records no feedback: no database is opened.
    const { runTerminal } = await import('./terminal/chat.js');
    await runTerminal(loaded, { input: io.stdin, output: io.stdout, interactive: Boolean(io.stdin.isTTY && io.stdout.isTTY) });
    return 0;
  }

  // Never throws: a database that cannot be used logs one clear error and gives a disabled store.
  const feedback = openFeedbackStore({
    path: config.feedback.databasePath,
    logger,
    hashKey: config.feedback.hashKey,
    recordQuestions: config.feedback.recordQuestions,
    retentionDays: config.feedback.retentionDays,
  });
  if (feedback.enabled) logger.info('feedback.opened', { file: feedback.path, recordQuestions: config.feedback.recordQuestions, retentionDays: config.feedback.retentionDays });
  const stopPrune = feedback.startDailyPrune();
  try {
    return await runSlack(config, { ...loaded, feedback }, io, logger);
  } finally {
    // runSlack returns once handlers have finished (or the drain timed out), so votes are not cut off.
    stopPrune();
    closeStore(feedback, logger);
  }
}

/** Loads the content; a content problem is printed (file, item, field, fix) and gives null. */
function loadOrExplain(load: () => Services, io: MainIO): Services | null {
  try {
    return load();
  } catch (error) {
    if (error instanceof ContentError) {
      io.stderr.write(formatContentError(error) + '\n');
      return null;
    }
    throw error;
  }
}

function closeStore(store: FeedbackStore, logger: Logger): void {
  try {
    store.close();
  } catch (error) {
    logger.warn('feedback.close_failed', { error: describeError(error) });
  }
}

/** Connects to Slack and runs until a stop signal; resolves to the exit code once every handler has finished. */
async function runSlack(config: SlackConfig, services: Services, io: MainIO, logger: Logger): Promise<number> {
  // Bolt is loaded only for Slack modes.
  const { createSlackApp } = await import('./slack/createApp.js');
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
      return startFailure(first.error, config, io, logger);
    }
    await stopSignal;
    await slack.stop();
    return 0;
  } finally {
    for (const s of STOP_SIGNALS) io.signals.off(s, onSignal);
  }
}

/** Explains why connecting to Slack failed, in one message, and picks the exit code. */
function startFailure(error: unknown, config: SlackConfig, io: MainIO, logger: Logger): number {
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
  } else if (code === 'EADDRINUSE' && config.mode === 'http') {
    message = `Port ${config.port} is already in use. Stop the other program or set PORT to a free port.`;
  } else if (code === 'EACCES' && config.mode === 'http') {
    message = `Not allowed to listen on port ${config.port}. Use a port above 1024, e.g. PORT=3000.`;
  } else {
    const detail = code ?? (error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error));
    message = `Could not ${phase === 'auth' ? 'reach Slack to check SLACK_BOT_TOKEN' : config.mode === 'http' ? `listen on port ${config.port}` : 'connect to Slack in Socket Mode'}: ${detail}`;
  }
  logger.error('app.start_failed', { phase, code });
  io.stderr.write(message + '\n');
  return exit;
}

if (isEntryPoint(import.meta.url)) {
  loadDotenv({ quiet: true });
  process.on('unhandledRejection', (reason) => {
    const secrets = [process.env.SLACK_SIGNING_SECRET, process.env.SLACK_BOT_TOKEN, process.env.SLACK_APP_TOKEN];
    withoutSecrets(createLogger(), secrets).error('app.unhandled_rejection', { error: describeError(reason) });
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
    process.stderr.write(`iot-or-m2m stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    code = 1;
  }
  process.exitCode = code;
  // Leave time for output to flush; a lingering socket must not keep a stopped app alive.
  setTimeout(() => process.exit(code), 2000).unref();
}
