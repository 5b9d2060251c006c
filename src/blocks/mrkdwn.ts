/** Showing user-typed text inside Slack mrkdwn. Pure. */
import { escapeMrkdwn } from '../answers/format.js';

/**
 * Makes user-typed text safe to show in a Slack message: shortened to `max`
 * characters, escaped (`&`, `<`, `>`, so `<!channel>` or `<url|label>` stay
 * literal), and with anything Slack would auto-link or format (URLs,
 * domains, emails, @mentions, *bold*) broken by a zero-width space.
 */
export function quoteUserText(text: string, max = 200): string {
  const chars = Array.from(text);
  const short = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return escapeMrkdwn(short)
    .replace(/:\/\//g, ':\u200B//')
    .replace(/([\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '$1.\u200B')
    .replace(/@/g, '@\u200B')
    .replace(/[*_~`]/g, (c) => `${c}\u200B`);
}
