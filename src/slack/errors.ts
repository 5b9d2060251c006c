/** Errors as short strings for logs and decisions. */

/** An error as a short string for logs: Slack API error code when there is one, else the message. */
export function describeError(error: unknown): string {
  if (error && typeof error === 'object') {
    const data = (error as { data?: { error?: unknown } }).data;
    if (data && typeof data.error === 'string') return data.error;
    if (error instanceof Error) return error.message;
  }
  return String(error);
}

/** Slack's error code for a failed Web API call ("not_in_channel"), when there is one. */
export function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
