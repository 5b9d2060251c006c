/**
 * Startup configuration, read from the environment. Pure: `readConfig(env)`
 * decides the mode (terminal, Socket Mode or HTTP) or explains, in one
 * message, what is missing and where to find it. No Bolt imports here.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { MIN_HASH_KEY_CHARS } from './store/hashKey.js';
import { DEFAULT_DATABASE_PATH, DEFAULT_RETENTION_DAYS } from './store/store.js';
import { isLevel, LEVELS, type Level } from './log.js';
import { CHANNEL_ID, USER_ID } from './slackIds.js';

export const DEFAULT_PORT = 3000;
/** Exit code for an environment that cannot start (half-configured, malformed values). */
export const CONFIG_EXIT_CODE = 2;

/** Where each credential lives in the Slack app settings (https://api.slack.com/apps → your app). */
export const WHERE = {
  SLACK_BOT_TOKEN: '"OAuth & Permissions" → "Bot User OAuth Token" (install the app to your workspace first; it starts with xoxb-)',
  SLACK_APP_TOKEN: '"Basic Information" → "App-Level Tokens" → "Generate Token and Scopes" with the connections:write scope (it starts with xapp-)',
  SLACK_SIGNING_SECRET: '"Basic Information" → "App Credentials" → "Signing Secret"',
  SLACK_CLIENT_ID: '"Basic Information" → "App Credentials" → "Client ID"',
  SLACK_CLIENT_SECRET: '"Basic Information" → "App Credentials" → "Client Secret"',
  SLACK_STATE_SECRET: 'any long random string you choose (e.g. "openssl rand -hex 32"); it signs the install link',
} as const;

/** Settings whose values must never appear in a message or a log line. */
export const SECRET_VARIABLES = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'FEEDBACK_HASH_KEY'] as const;

/** The secret values set in `env`, as set (not trimmed), for scrubbing messages: DATABASE_URL's password among them. */
export function secretsIn(env: Env): string[] {
  const values = SECRET_VARIABLES.map((name) => env[name]);
  return [...values, ...passwordsIn(env.DATABASE_URL)].filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

/** The passwords a database URL holds: its user part's (as typed and decoded) and any in its query. */
function passwordsIn(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const parsed = new URL(url.trim());
    const found = [parsed.password, ...['password', 'sslpassword'].map((name) => parsed.searchParams.get(name) ?? '')];
    const decoded = found.flatMap((p) => {
      try {
        return [p, decodeURIComponent(p)];
      } catch {
        return [p];
      }
    });
    return [...new Set(decoded)].filter((p) => p !== '');
  } catch {
    return [];
  }
}

interface Common {
  logLevel: Level;
  /** Web API base URL, always ending in "/"; undefined means Slack's default. */
  slackApiUrl?: string;
}

/** Where and how feedback is stored (Slack modes only; the terminal records nothing). */
export interface FeedbackSettings {
  /** DATABASE_URL (postgres://…): PostgreSQL, shared by several instances; unset: SQLite at databasePath. */
  databaseUrl?: string;
  /** DATABASE_PATH, default data/iot-or-m2m.db. */
  databasePath: string;
  /** FEEDBACK_HASH_KEY; required with DATABASE_URL; unset with SQLite: a key is created beside the database. */
  hashKey?: string;
  /** RECORD_QUESTIONS (default true); false stores counts only, never question text. */
  recordQuestions: boolean;
  /** RETENTION_DAYS (default 90). */
  retentionDays: number;
}

/** Behaviour of the Slack front end that a team can switch. */
export interface SlackFeatures {
  /** ADMIN_USER_IDS: who may run `/iot-or-m2m stats`. */
  adminUserIds: string[];
  /** WELCOME_NEW_MEMBERS (default true): DM people who join the workspace (team_join). */
  welcomeNewMembers: boolean;
  /** ONBOARDING_CHANNEL: people who join this channel id get the welcome DM too. */
  onboardingChannel?: string;
}

interface SlackCommon extends Common {
  feedback: FeedbackSettings;
  features: SlackFeatures;
}

export interface HttpConfig extends SlackCommon {
  mode: 'http';
  botToken: string;
  signingSecret: string;
  port: number;
}

export interface SocketConfig extends SlackCommon {
  mode: 'socket';
  botToken: string;
  appToken: string;
  /** PORT, when set: GET /healthz is served there, for a load balancer or an orchestrator. */
  healthPort?: number;
}

/** OAuth distribution: installable in any workspace; one HTTP endpoint, each workspace's token from the store. */
export interface OAuthConfig extends SlackCommon {
  mode: 'oauth';
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  signingSecret: string;
  port: number;
}

export type SlackConfig = HttpConfig | SocketConfig | OAuthConfig;

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

  // A line break inside a quoted .env value, or two values pasted together: never right, and never echoed.
  const broken = new Set<string>();
  for (const [name, secret] of [['SLACK_BOT_TOKEN', botToken], ['SLACK_APP_TOKEN', appToken], ['SLACK_SIGNING_SECRET', signingSecret]] as const) {
    if (secret === undefined || !/\s/.test(secret)) continue;
    broken.add(name);
    problems.push(whitespaceProblem(name, `Copy it again from ${WHERE[name]}.`));
  }

  const levelRaw = value(env, 'LOG_LEVEL');
  const level = levelRaw?.toLowerCase() ?? 'info';
  if (!isLevel(level)) {
    problems.push({
      variable: 'LOG_LEVEL',
      message: `LOG_LEVEL is "${truncateValue(levelRaw ?? '')}", not one of ${LEVELS.join(', ')}.`,
      fix: `Set LOG_LEVEL to ${LEVELS.slice(0, -1).join(', ')} or ${LEVELS.at(-1)}, or unset it (default info).`,
    });
  }
  const logLevel: Level = isLevel(level) ? level : 'info';

  const slackApiUrl = normaliseApiUrl(value(env, 'SLACK_API_URL'));
  if (slackApiUrl === null) {
    problems.push({
      variable: 'SLACK_API_URL',
      message: `SLACK_API_URL is not an http(s) URL.`,
      fix: 'Leave it unset to use Slack itself, or set a full URL such as https://slack.com/api/ (GovSlack: https://slack-gov.com/api/).',
    });
  }
  const common: Common = { logLevel, ...(slackApiUrl ? { slackApiUrl } : {}) };

  const clientId = value(env, 'SLACK_CLIENT_ID');
  const clientSecret = value(env, 'SLACK_CLIENT_SECRET');
  const stateSecret = value(env, 'SLACK_STATE_SECRET');
  if (!botToken && (clientId || clientSecret || stateSecret)) return readOAuthConfig(env, common, { clientId, clientSecret, stateSecret, signingSecret, appToken }, problems);

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

  if (!broken.has('SLACK_BOT_TOKEN') && !botToken.startsWith('xoxb-')) {
    problems.push({
      variable: 'SLACK_BOT_TOKEN',
      message: `SLACK_BOT_TOKEN does not look like a bot token (it should start with xoxb-, not ${describePrefix(botToken)}).`,
      fix: `Copy the ${WHERE.SLACK_BOT_TOKEN}.`,
    });
  }
  if (appToken && !broken.has('SLACK_APP_TOKEN') && !appToken.startsWith('xapp-')) {
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
  const port = parsePort(value(env, 'PORT'));
  if (port === null) {
    problems.push({ variable: 'PORT', message: 'PORT is not a port number (0–65535).', fix: `Set PORT to a number such as ${DEFAULT_PORT}, or unset it.` });
  }

  const slack = readSlackSettings(env, problems);

  if (problems.length > 0) return { mode: 'invalid', problems };
  const shared = { ...common, ...slack };
  if (appToken) return { mode: 'socket', botToken, appToken, ...(port !== undefined && port !== null ? { healthPort: port } : {}), ...shared };
  return { mode: 'http', botToken, signingSecret: signingSecret as string, port: port ?? DEFAULT_PORT, ...shared };
}

/**
 * OAuth mode: chosen by SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and
 * SLACK_STATE_SECRET without SLACK_BOT_TOKEN. It needs SLACK_SIGNING_SECRET
 * and runs over HTTP; Socket Mode cannot be distributed.
 */
function readOAuthConfig(
  env: Env,
  common: Common,
  given: { clientId: string | undefined; clientSecret: string | undefined; stateSecret: string | undefined; signingSecret: string | undefined; appToken: string | undefined },
  problems: ConfigProblem[],
): Config {
  for (const name of ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_SIGNING_SECRET'] as const) {
    const v = { SLACK_CLIENT_ID: given.clientId, SLACK_CLIENT_SECRET: given.clientSecret, SLACK_STATE_SECRET: given.stateSecret, SLACK_SIGNING_SECRET: given.signingSecret }[name];
    if (v === undefined) problems.push({ variable: name, message: `${name} is not set, but the other OAuth settings are (installing the app in any workspace).`, fix: `Set ${name}: ${WHERE[name]}. To run in one workspace instead, unset SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET and set SLACK_BOT_TOKEN.` });
    else if (/\s/.test(v)) problems.push(whitespaceProblem(name, `Copy it again from ${WHERE[name]}.`));
  }
  if (given.stateSecret !== undefined && given.stateSecret.length < 16) {
    problems.push({ variable: 'SLACK_STATE_SECRET', message: 'SLACK_STATE_SECRET is shorter than 16 characters: an install link signed with it could be forged.', fix: 'Set it to a long random string, e.g. the output of "openssl rand -hex 32".' });
  }
  if (given.appToken) {
    problems.push({ variable: 'SLACK_APP_TOKEN', message: 'SLACK_APP_TOKEN is set together with the OAuth settings, but an app installed in many workspaces runs over HTTP, not Socket Mode.', fix: 'Unset SLACK_APP_TOKEN, or unset the OAuth settings to run in one workspace in Socket Mode.' });
  }
  const port = parsePort(value(env, 'PORT'));
  if (port === null) problems.push({ variable: 'PORT', message: 'PORT is not a port number (0–65535).', fix: `Set PORT to a number such as ${DEFAULT_PORT}, or unset it.` });
  const slack = readSlackSettings(env, problems);
  if (problems.length > 0) return { mode: 'invalid', problems };
  return {
    mode: 'oauth',
    clientId: given.clientId as string,
    clientSecret: given.clientSecret as string,
    stateSecret: given.stateSecret as string,
    signingSecret: given.signingSecret as string,
    port: port ?? DEFAULT_PORT,
    ...common,
    ...slack,
  };
}

export const MAX_RETENTION_DAYS = 36_500;

/** The feedback store and feature settings, only read for Slack modes; problems are added to `problems`. */
function readSlackSettings(env: Env, problems: ConfigProblem[]): { feedback: FeedbackSettings; features: SlackFeatures } {
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = value(env, name);
    const parsed = parseFlag(raw);
    if (parsed === null) {
      problems.push({ variable: name, message: `${name} is "${truncateValue(raw ?? '')}", not true or false.`, fix: `Set ${name}=true or ${name}=false, or unset it (default ${fallback}).` });
      return fallback;
    }
    return parsed ?? fallback;
  };

  const retentionRaw = value(env, 'RETENTION_DAYS');
  let retentionDays = DEFAULT_RETENTION_DAYS;
  if (retentionRaw !== undefined) {
    const n = /^\d{1,6}$/.test(retentionRaw) ? Number(retentionRaw) : NaN;
    if (!(n >= 1 && n <= MAX_RETENTION_DAYS)) {
      problems.push({
        variable: 'RETENTION_DAYS',
        message: `RETENTION_DAYS is "${truncateValue(retentionRaw)}", not a whole number of days from 1 to ${MAX_RETENTION_DAYS}.`,
        fix: `Set it to how many days feedback is kept, e.g. RETENTION_DAYS=${DEFAULT_RETENTION_DAYS}, or unset it (default ${DEFAULT_RETENTION_DAYS}).`,
      });
    } else retentionDays = n;
  }

  const hashKey = value(env, 'FEEDBACK_HASH_KEY');
  if (hashKey !== undefined && /\s/.test(hashKey)) {
    problems.push(whitespaceProblem('FEEDBACK_HASH_KEY', 'Generate one with "openssl rand -hex 32", or unset it to have a key created beside the database.'));
  } else if (hashKey !== undefined && hashKey.length < MIN_HASH_KEY_CHARS) {
    problems.push({
      variable: 'FEEDBACK_HASH_KEY',
      message: `FEEDBACK_HASH_KEY is shorter than ${MIN_HASH_KEY_CHARS} characters, too easy to guess.`,
      fix: 'Generate one with "openssl rand -hex 32", or unset it to have a key created beside the database.',
    });
  }

  const databaseUrl = value(env, 'DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/[^\s]+$/i.test(databaseUrl)) {
    problems.push({
      variable: 'DATABASE_URL',
      message: 'DATABASE_URL is not a PostgreSQL URL.',
      fix: 'Write it as postgres://user:password@host:5432/database (percent-encode special characters in the password), or unset it to use the SQLite file at DATABASE_PATH.',
    });
  } else if (databaseUrl !== undefined && hashKey === undefined) {
    problems.push({
      variable: 'FEEDBACK_HASH_KEY',
      message: 'FEEDBACK_HASH_KEY is required with DATABASE_URL, so that every instance hashes user ids alike.',
      fix: 'Generate one with "openssl rand -hex 32" and set the same value on every instance.',
    });
  }

  const admins = (value(env, 'ADMIN_USER_IDS') ?? '').split(/[\s,]+/).filter((id) => id !== '');
  const badAdmins = admins.filter((id) => !USER_ID.test(id));
  if (badAdmins.length > 0) {
    problems.push({
      variable: 'ADMIN_USER_IDS',
      message: `ADMIN_USER_IDS has ${badAdmins.length === 1 ? 'an entry' : 'entries'} that ${badAdmins.length === 1 ? 'is not a Slack member ID' : 'are not Slack member IDs'}: ${badAdmins.slice(0, 3).map((id) => `"${truncateValue(id)}"`).join(', ')}.`,
      fix: 'List member IDs separated by commas, e.g. U012AB3CD,U045EF6GH (in Slack: a profile → ⋯ → "Copy member ID"; names and @handles do not work).',
    });
  }

  const onboardingChannel = value(env, 'ONBOARDING_CHANNEL');
  if (onboardingChannel !== undefined && !CHANNEL_ID.test(onboardingChannel)) {
    problems.push({
      variable: 'ONBOARDING_CHANNEL',
      message: `ONBOARDING_CHANNEL is "${truncateValue(onboardingChannel)}", not a channel ID.`,
      fix: 'Use the channel ID, e.g. C012AB3CD (channel name → "About" → the ID at the bottom), not its #name; or unset it.',
    });
  }

  return {
    feedback: {
      ...(databaseUrl !== undefined ? { databaseUrl } : {}),
      databasePath: expandHome(value(env, 'DATABASE_PATH') ?? DEFAULT_DATABASE_PATH, env),
      ...(hashKey !== undefined ? { hashKey } : {}),
      recordQuestions: flag('RECORD_QUESTIONS', true),
      retentionDays,
    },
    features: {
      adminUserIds: [...new Set(admins.filter((id) => USER_ID.test(id)))],
      welcomeNewMembers: flag('WELCOME_NEW_MEMBERS', true),
      ...(onboardingChannel !== undefined && CHANNEL_ID.test(onboardingChannel) ? { onboardingChannel } : {}),
    },
  };
}

/** true / false for the usual spellings, undefined when unset, null for anything else. */
export function parseFlag(raw: string | undefined): boolean | undefined | null {
  if (raw === undefined) return undefined;
  const v = raw.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return null;
}

/** A secret with whitespace inside: named, never shown. */
function whitespaceProblem(name: string, where: string): ConfigProblem {
  return {
    variable: name,
    message: `${name} contains a space or line break, so it cannot be right (its value is not shown).`,
    fix: `Put the whole value on one line with nothing else, e.g. ${name}=… in .env (a line break inside quotes, or two values pasted together, are the usual slips). ${where}`,
  };
}

/**
 * "~/feedback.db" → the home folder's feedback.db ("~" alone: the home folder). Node
 * does not do this, and a shell only does it outside quotes and .env files; unexpanded,
 * "~" would be a folder of that name in the working directory.
 */
export function expandHome(path: string, env: Env = {}): string {
  if (path !== '~' && !path.startsWith('~/') && !path.startsWith('~\\')) return path;
  const home = env.HOME?.trim() || env.USERPROFILE?.trim() || homedir();
  return path === '~' ? home : join(home, path.slice(2));
}

/** A value shown in a config message, shortened so a pasted secret is not echoed in full. */
function truncateValue(raw: string): string {
  return raw.length > 24 ? `${raw.slice(0, 12)}…` : raw;
}

/** The one message printed for an invalid environment: every problem, each with its fix. */
export function formatConfigProblems(problems: ConfigProblem[]): string {
  const n = problems.length;
  const lines = [`iot-or-m2m can't start: ${n === 1 ? '1 setting needs' : `${n} settings need`} fixing.`];
  for (const p of problems) lines.push(`  • ${p.message}`, `    ${p.fix}`);
  const slack = problems.some((p) => p.variable.startsWith('SLACK_'));
  lines.push(`${slack ? 'Slack app settings: https://api.slack.com/apps → your app. ' : ''}Every variable is described in .env.example.`);
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
