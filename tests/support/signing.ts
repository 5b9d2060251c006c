/** Slack request signing (v0): HMAC-SHA256 over `v0:timestamp:body`, as Slack sends it. */
import { createHmac } from 'node:crypto';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Headers for a signed request; `timestamp` defaults to now. */
export function signedHeaders(secret: string, body: string, timestamp = nowSeconds()): Record<string, string> {
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(secret, timestamp, body) };
}
