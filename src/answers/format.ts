/** Text helpers for Slack mrkdwn that any front end may use; no Slack imports. */

/** Escapes the three characters Slack treats as markup, so `<!channel>` or `<url|label>` stay literal. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
