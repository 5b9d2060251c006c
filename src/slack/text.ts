/** Slack message text → the plain question the engine reads. Pure and total. */

/** Longest raw text processed; the engine keeps far less (cleanInput), this only bounds the regex work. */
const MAX_RAW_CHARS = 8_000;

/**
 * Turns Slack's formatted text into what the person typed:
 * - `<@BOT>` / `<@BOT|name>` mentions of the bot are dropped, other user mentions become "@name" or "@user";
 * - `<#C123|general>` → "#general", `<!subteam^S1|@team>` → "@team", `<!here>` and friends → "@here";
 * - `<https://x|label>` → "label", `<https://x>` → "https://x", `<mailto:a@b|a@b>` → "a@b";
 * - `&lt; &gt; &amp;` decoded (last, so decoded text is never re-parsed as markup).
 */
export function slackToQuestion(text: unknown, botUserId?: string): string {
  let t = typeof text === 'string' ? text : '';
  if (t.length > MAX_RAW_CHARS) t = t.slice(0, MAX_RAW_CHARS);
  t = t.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const [target = '', label] = splitLabel(inner);
    if (target.startsWith('@')) {
      const id = target.slice(1);
      if (botUserId && id === botUserId) return ' ';
      return label ? `@${label.replace(/^@/, '')}` : '@user';
    }
    if (target.startsWith('#')) return label ? `#${label}` : '#channel';
    if (target.startsWith('!')) {
      if (label) return label;
      const special = target.slice(1).split('^')[0] ?? '';
      return special ? `@${special}` : ' ';
    }
    return label ?? target;
  });
  return t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

function splitLabel(inner: string): [string, string | undefined] {
  const bar = inner.indexOf('|');
  if (bar < 0) return [inner, undefined];
  const label = inner.slice(bar + 1);
  return [inner.slice(0, bar), label.length > 0 ? label : undefined];
}
