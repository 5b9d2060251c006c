/**
 * Slack mrkdwn, both ways: escaping what we show (answers, quoted user text)
 * and reading what people type. Pure, no Slack imports: the domain writes
 * answers in mrkdwn and the terminal renders them as plain text.
 */

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


/** Longest raw text processed; the engine keeps far less (cleanInput), this only bounds the regex work. */
const MAX_RAW_CHARS = 8_000;

/**
 * Turns Slack's formatted text into what the person asked:
 * - every user mention (`<@U123>`, `<@U123|name>`, the bot's or a colleague's),
 *   user group (`<!subteam^S1|@team>`) and special mention (`<!here>`,
 *   `<!channel>`, `<!everyone>`) is removed: a name is not part of the
 *   question, and to the engine it would only be an unknown word;
 * - `<#C123|general>` → "#general";
 * - `<https://x|label>` → "label", `<https://x>` → "https://x", `<mailto:a@b|a@b>` → "a@b";
 *   other `<!…|label>` markup (dates) → its label;
 * - `&lt; &gt; &amp;` decoded (last, so decoded text is never re-parsed as markup).
 */
export function questionFromMrkdwn(text: unknown): string {
  let t = typeof text === 'string' ? text : '';
  if (t.length > MAX_RAW_CHARS) t = t.slice(0, MAX_RAW_CHARS);
  t = t.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const [target = '', label] = splitLabel(inner);
    if (target.startsWith('@')) return ' ';
    if (target.startsWith('#')) return label ? `#${label}` : '#channel';
    if (target.startsWith('!')) {
      const special = target.slice(1).split('^')[0] ?? '';
      return special === 'subteam' || special === 'here' || special === 'channel' || special === 'everyone' || !label ? ' ' : label;
    }
    return label ?? target;
  });
  return t
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .trim();
}

function splitLabel(inner: string): [string, string | undefined] {
  const bar = inner.indexOf('|');
  if (bar < 0) return [inner, undefined];
  const label = inner.slice(bar + 1);
  return [inner.slice(0, bar), label.length > 0 ? label : undefined];
}
