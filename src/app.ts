/**
 * Entry point (`node dist/app.js`): reads `.env` and the environment, loads
 * the knowledge base, then runs the terminal front end (no SLACK_BOT_TOKEN),
 * Socket Mode (bot + app token) or HTTP mode (bot token + signing secret).
 * `main()` takes its environment and streams as arguments, so tests run it
 * in-process; the process-level wiring is at the bottom.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { CONFIG_EXIT_CODE, formatConfigProblems, readConfig, WHERE, type Env } from './config.js';
import { ContentError, formatContentError } from './knowledge/problems.js';
import { createLogger, type Logger } from './log.js';
import { loadServices, type Services } from './services.js';

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
  const logger = createLogger(config.logLevel, (line) => io.stderr.write(line + '\n'));

  let services: Services;
  try {
    services = loadServices({ knowledge: env.KNOWLEDGE_DIR, logger });
  } catch (error) {
    if (error instanceof ContentError) {
      io.stderr.write(formatContentError(error) + '\n');
      return 1;
    }
    throw error;
  }

  if (config.mode === 'terminal') {
    const { runTerminal } = await import('./terminal/chat.js');
    await runTerminal(services, { input: io.stdin, output: io.stdout, interactive: Boolean(io.stdin.isTTY && io.stdout.isTTY) });
    return 0;
  }

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
    try {
      await slack.start();
    } catch (error) {
      await slack.stop();
      return startFailure(error, io, logger);
    }
    await stopSignal;
    await slack.stop();
    return 0;
  } finally {
    for (const s of STOP_SIGNALS) io.signals.off(s, onSignal);
  }
}

/** Explains why connecting to Slack failed, in one message, and picks the exit code. */
function startFailure(error: unknown, io: MainIO, logger: Logger): number {
  const code = (error as { data?: { error?: unknown } } | undefined)?.data?.error;
  if (typeof code === 'string' && BAD_TOKEN.has(code)) {
    io.stderr.write(`Slack rejected SLACK_BOT_TOKEN (${code}). Copy the ${WHERE.SLACK_BOT_TOKEN} again, and reinstall the app if it was removed.\n`);
    return CONFIG_EXIT_CODE;
  }
  const message = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  logger.error('app.start_failed', { error: message });
  io.stderr.write(`Could not connect to Slack: ${message}\n`);
  return 1;
}

function isEntryPoint(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  loadDotenv({ quiet: true });
  process.on('unhandledRejection', (reason) => {
    createLogger().error('app.unhandled_rejection', { error: reason instanceof Error ? reason.message : String(reason) });
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
