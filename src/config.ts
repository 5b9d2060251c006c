/**
 * Startup configuration, read from the environment. Pure: `readConfig(env)`
 * decides the mode (terminal, Socket Mode or HTTP) or explains, in one
 * message, what is missing and where to find it. No Slack imports here.
 */
import { parseLevel, type Level } from './log.js';

export const DEFAULT_PORT = 3000;
/** Exit code for an environment that cannot start (half-configured, malformed values). */
export const CONFIG_EXIT_CODE = 2;

/** Where each credential lives in the Slack app settings (https://api.slack.com/apps → your app). */
export const WHERE = {
  SLACK_BOT_TOKEN: '"OAuth & Permissions" → "Bot User OAuth Token" (install the app to your workspace first; it starts with xoxb-)',
  SLACK_APP_TOKEN: '"Basic Information" → "App-Level Tokens" → "Generate Token and Scopes" with the connections:write scope (it starts with xapp-)',
  SLACK_SIGNING_SECRET: '"Basic Information" → "App Credentials" → "Signing Secret"',
} as const;

interface Common {
  logLevel: Level;
  /** Web API base URL, always ending in "/"; undefined means Slack's default. */
  slackApiUrl?: string;
}

export interface HttpConfig extends Common {
  mode: 'http';
  botToken: string;
  signingSecret: string;
  port: number;
}

export interface SocketConfig extends Common {
  mode: 'socket';
  botToken: string;
  appToken: string;
}

export type SlackConfig = HttpConfig | SocketConfig;

export interface TerminalConfig extends Common {
  mode: 'terminal';
}

export interface ConfigProblem {
  /** The variable at fault. */
  variable: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it, including where to find the value. */
  fix: string;
}

export interface InvalidConfig {
  mode: 'invalid';
  problems: ConfigProblem[];
}

export type Config = TerminalConfig | SlackConfig | InvalidConfig;

export type Env = Readonly<Record<string, string | undefined>>;

/** A variable's value, trimmed; empty counts as unset. */
function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/** Decides how to run from the environment. Never throws. */
export function readConfig(env: Env): Config {
  const problems: ConfigProblem[] = [];
  const botToken = value(env, 'SLACK_BOT_TOKEN');
  const appToken = value(env, 'SLACK_APP_TOKEN');
  const signingSecret = value(env, 'SLACK_SIGNING_SECRET');
  const logLevel = parseLevel(value(env, 'LOG_LEVEL'));

  const slackApiUrl = normaliseApiUrl(value(env, 'SLACK_API_URL'));
  if (slackApiUrl === null) {
    problems.push({
      variable: 'SLACK_API_URL',
      message: `SLACK_API_URL is not an http(s) URL.`,
      fix: 'Leave it unset to use Slack itself, or set a full URL such as https://slack.com/api/ (GovSlack: https://slack-gov.com/api/).',
    });
  }
  const common: Common = { logLevel, ...(slackApiUrl ? { slackApiUrl } : {}) };

  if (!botToken) {
    // Terminal mode, unless the environment clearly meant Slack.
    const stray = [appToken && 'SLACK_APP_TOKEN', signingSecret && 'SLACK_SIGNING_SECRET'].filter((x): x is string => Boolean(x));
    if (stray.length > 0) {
      problems.push({
        variable: 'SLACK_BOT_TOKEN',
        message: `${stray.join(' and ')} ${stray.length > 1 ? 'are' : 'is'} set but SLACK_BOT_TOKEN is not.`,
        fix: `Add SLACK_BOT_TOKEN from ${WHERE.SLACK_BOT_TOKEN}. To use the terminal instead, unset ${stray.join(' and ')}.`,
      });
    }
    return problems.length > 0 ? { mode: 'invalid', problems } : { mode: 'terminal', ...common };
  }

  if (!botToken.startsWith('xoxb-')) {
    problems.push({
      variable: 'SLACK_BOT_TOKEN',
      message: `SLACK_BOT_TOKEN does not look like a bot token (it should start with xoxb-, not ${describePrefix(botToken)}).`,
      fix: `Copy the ${WHERE.SLACK_BOT_TOKEN}.`,
    });
  }
  if (appToken && !appToken.startsWith('xapp-')) {
    problems.push({
      variable: 'SLACK_APP_TOKEN',
      message: `SLACK_APP_TOKEN does not look like an app-level token (it should start with xapp-, not ${describePrefix(appToken)}).`,
      fix: `Create one under ${WHERE.SLACK_APP_TOKEN}, or unset it to use HTTP mode.`,
    });
  }
  if (!appToken && !signingSecret) {
    problems.push({
      variable: 'SLACK_APP_TOKEN',
      message: 'SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is.',
      fix:
        `For Socket Mode (no public URL needed) add SLACK_APP_TOKEN from ${WHERE.SLACK_APP_TOKEN}. ` +
        `For HTTP mode add SLACK_SIGNING_SECRET from ${WHERE.SLACK_SIGNING_SECRET}. ` +
        'To use the terminal instead, unset SLACK_BOT_TOKEN.',
    });
  }
  if (!appToken && signingSecret && /\s/.test(signingSecret)) {
    problems.push({ variable: 'SLACK_SIGNING_SECRET', message: 'SLACK_SIGNING_SECRET contains spaces.', fix: `Copy it again from ${WHERE.SLACK_SIGNING_SECRET}.` });
  }
  const port = parsePort(value(env, 'PORT'));
  if (!appToken && port === null) {
    problems.push({ variable: 'PORT', message: 'PORT is not a port number (0–65535).', fix: `Set PORT to a number such as ${DEFAULT_PORT}, or unset it.` });
  }

  if (problems.length > 0) return { mode: 'invalid', problems };
  if (appToken) return { mode: 'socket', botToken, appToken, ...common };
  return { mode: 'http', botToken, signingSecret: signingSecret as string, port: port ?? DEFAULT_PORT, ...common };
}

/** The one message printed for an invalid environment: every problem, each with its fix. */
export function formatConfigProblems(problems: ConfigProblem[]): string {
  const lines = ["iot-or-m2m can't start: the Slack settings are incomplete."];
  for (const p of problems) lines.push(`  • ${p.message}`, `    ${p.fix}`);
  lines.push('Slack app settings: https://api.slack.com/apps → your app. Every variable is described in .env.example.');
  return lines.join('\n');
}

/** "https://x/api" → "https://x/api/"; undefined when unset; null when not an http(s) URL. */
export function normaliseApiUrl(raw: string | undefined): string | undefined | null {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** undefined when unset, null when not a valid port. */
function parsePort(raw: string | undefined): number | undefined | null {
  if (raw === undefined) return undefined;
  if (!/^\d{1,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= 65535 ? n : null;
}

/** Shows what a token starts with without revealing it. */
function describePrefix(token: string): string {
  const m = /^([a-z]{3,5}-)/i.exec(token);
  return m ? `"${m[1]}"` : 'something else';
}
