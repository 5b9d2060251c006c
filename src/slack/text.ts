/** Slack message text → the plain question the engine reads. Pure and total. */

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
export function slackToQuestion(text: unknown): string {
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
