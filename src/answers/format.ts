/** Text helpers for Slack mrkdwn that any front end may use; no Slack imports. */

/** Escapes the three characters Slack treats as markup, so `<!channel>` or `<url|label>` stay literal. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Makes user-typed text safe to show in a Slack message: escaped, and with
 * anything Slack would auto-link (URLs, domains, emails, @mentions) broken
 * by a zero-width space.
 */
export function quoteUserText(text: string, max = 200): string {
  const short = text.length > max ? `${Array.from(text).slice(0, max).join('')}…` : text;
  return escapeMrkdwn(short)
    .replace(/:\/\//g, ':\u200B//')
    .replace(/([\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '$1.\u200B')
    .replace(/@/g, '@\u200B')
    .replace(/[*_~`]/g, (c) => `${c}\u200B`);
}

/** Renders mrkdwn as plain text for the terminal and notification fallbacks. */
export function mrkdwnToPlain(text: string): string {
  return text
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/(^|[\s(])[*_~]([^*_~\n]+)[*_~](?=$|[\s).,!?:;])/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
