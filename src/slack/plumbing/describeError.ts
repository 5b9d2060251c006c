/**
 * Errors as short strings for logs and decisions. Logs get codes, not
 * payloads: an error's message can quote what was being sent or received,
 * so it is only used, shortened, when there is no code at all.
 */

/** Longest error message logged when an error has no code. */
const MAX_MESSAGE_CHARS = 200;

/** Slack's error code for a failed Web API call ("not_in_channel"), or a system one ("EADDRINUSE"), when there is one. */
export function errorCode(error: unknown): string | undefined {
  const e = error as { data?: { error?: unknown }; code?: unknown } | undefined | null;
  if (typeof e?.data?.error === 'string') return e.data.error;
  if (typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code)) return e.code;
  return undefined;
}

/** An error as a short string for logs: its code when it has one, else its class and (shortened) message. */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  if (code) return code;
  if (error instanceof Error) {
    const text = `${error.name}: ${error.message}`;
    return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}…` : text;
  }
  return typeof error === 'string' ? error.slice(0, MAX_MESSAGE_CHARS) : typeof error;
}
