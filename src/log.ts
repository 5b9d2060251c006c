/** Structured logging: one JSON line per event on stderr, never a secret. */

export type Level = 'debug' | 'info' | 'warn' | 'error';
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

export function parseLevel(value: string | undefined): Level {
  const v = (value ?? '').toLowerCase();
  return v in ORDER ? (v as Level) : 'info';
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
