/** Structured logging: one JSON line per event on stderr, never a secret. */

export const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type Level = (typeof LEVELS)[number];
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type Fields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: Fields): void;
  info(event: string, fields?: Fields): void;
  warn(event: string, fields?: Fields): void;
  error(event: string, fields?: Fields): void;
}

// Slack tokens, signing secrets and anything that looks like them.
const SECRET_VALUE = /\bxox[a-z]-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+/g;
const SECRET_KEY = /token|secret|password|authorization|key/i;

/** Removes anything that looks like a credential from a log field. */
export function redact(value: unknown, key = ''): unknown {
  if (SECRET_KEY.test(key) && value !== undefined && value !== null && value !== '') return '[redacted]';
  if (typeof value === 'string') return value.replace(SECRET_VALUE, '[redacted]');
  if (value instanceof Error) return redact(value.message);
  if (Array.isArray(value)) return value.map((v) => redact(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Fields).map(([k, v]) => [k, redact(v, k)]));
  }
  return value;
}

export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

/** Lenient, for loggers made before the configuration is read: anything unknown is "info" (config.ts rejects it). */
export function parseLevel(value: string | undefined): Level {
  const v = (value ?? '').trim().toLowerCase();
  return isLevel(v) ? v : 'info';
}

/** Secret parts shorter than this are not searched for: they would match ordinary words. */
const MIN_SECRET_PART_CHARS = 8;

/**
 * A function that replaces the given secrets with "[redacted]" in any text: each
 * value as set and trimmed, each whitespace-separated part of it (a token broken
 * by a stray newline is printed in pieces), and their JSON-escaped forms (log lines).
 */
export function secretScrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of [secret, secret.trim(), ...secret.split(/\s+/)]) {
      if (form.length < MIN_SECRET_PART_CHARS) continue;
      forms.add(form);
      forms.add(JSON.stringify(form).slice(1, -1));
    }
  }
  // Longest first, so a whole secret is replaced before its parts.
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((out, form) => out.split(form).join('[redacted]'), text);
}

/** A logger writing JSON lines to `write` (stderr by default) at `level` and above. */
export function createLogger(level: Level = parseLevel(process.env.LOG_LEVEL), write: (line: string) => void = (line) => process.stderr.write(line + '\n')): Logger {
  const emit = (at: Level, event: string, fields: Fields = {}) => {
    if (ORDER[at] < ORDER[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, event, ...(redact(fields) as Fields) }));
  };
  return {
    debug: (event, fields) => emit('debug', event, fields),
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}

/** A logger that drops everything, for tests and `--json` output. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
