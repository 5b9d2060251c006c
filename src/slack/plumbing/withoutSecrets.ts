/** A logger that never writes the app's own secrets. No Bolt here: the entry point uses it too. */
import type { Fields, Logger } from '../../log.js';

/** Secrets shorter than this are not searched for (they would match ordinary words). */
const MIN_SECRET_CHARS = 8;

function scrub(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), value);
  if (value instanceof Error) return scrub(value.message, secrets);
  if (Array.isArray(value)) return value.map((v) => scrub(v, secrets));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value as Fields).map(([k, v]) => [k, scrub(v, secrets)]));
  return value;
}

/**
 * `logger`, with every occurrence of the given secrets (the signing secret,
 * the tokens) replaced by "[redacted]" in any field, whatever its name. The
 * shared logger redacts by field name and token shape; a signing secret has
 * no recognisable shape, so the Slack front end adds this.
 */
export function withoutSecrets(logger: Logger, secrets: readonly (string | undefined)[]): Logger {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_CHARS);
  if (known.length === 0) return logger;
  const clean = (fields: Fields | undefined) => (fields === undefined ? undefined : (scrub(fields, known) as Fields));
  return {
    debug: (event, fields) => logger.debug(event, clean(fields)),
    info: (event, fields) => logger.info(event, clean(fields)),
    warn: (event, fields) => logger.warn(event, clean(fields)),
    error: (event, fields) => logger.error(event, clean(fields)),
  };
}
