/** Bolt's and the Web API client's logs, through our structured logger (JSON lines, secrets redacted). */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Level, Logger } from '../../log.js';

const TO_BOLT: Record<Level, LogLevel> = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR };

/** Bolt's name for one of our log levels. */
export function boltLevel(level: Level): LogLevel {
  return TO_BOLT[level];
}
const BOLT_ORDER: readonly LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

function describe(parts: unknown[]): { message: string; error?: string; code?: unknown } {
  const text: string[] = [];
  let error: string | undefined;
  let code: unknown;
  for (const p of parts) {
    if (p instanceof Error) {
      error = p.message;
      code = (p as { code?: unknown }).code;
    } else if (typeof p === 'string') text.push(p);
    else {
      try {
        text.push(JSON.stringify(p));
      } catch {
        text.push(String(p));
      }
    }
  }
  const message = text.join(' ').slice(0, 2000) || error || '';
  return { message, ...(error !== undefined ? { error } : {}), ...(code !== undefined ? { code } : {}) };
}

/** A Bolt Logger writing `{"event":"bolt", "component": name, "message": …}` through `logger`. */
export function boltLogger(logger: Logger, level: Level = 'info'): BoltLogger {
  let current: LogLevel = TO_BOLT[level];
  let name = 'bolt';
  // Bolt and the Web API client log at debug on every request: below the level, nothing is built.
  const shows = (at: LogLevel) => BOLT_ORDER.indexOf(at) >= BOLT_ORDER.indexOf(current);
  return {
    debug: (...msg: unknown[]) => shows(LogLevel.DEBUG) && logger.debug('bolt', { component: name, ...describe(msg) }),
    info: (...msg: unknown[]) => shows(LogLevel.INFO) && logger.info('bolt', { component: name, ...describe(msg) }),
    warn: (...msg: unknown[]) => shows(LogLevel.WARN) && logger.warn('bolt', { component: name, ...describe(msg) }),
    error: (...msg: unknown[]) => logger.error('bolt', { component: name, ...describe(msg) }),
    setLevel: (l: LogLevel) => {
      current = l;
    },
    getLevel: () => current,
    setName: (n: string) => {
      name = n;
    },
  };
}

