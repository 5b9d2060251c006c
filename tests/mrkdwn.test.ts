/** Slack markup in and out: what people typed, and quoting it safely. */
import { describe, expect, it } from 'vitest';
import { questionFromMrkdwn } from '../src/mrkdwn.js';

describe('questionFromMrkdwn', () => {
  it('drops every mention (the bot, colleagues, user groups, @here) and unwraps Slack markup', () => {
    expect(questionFromMrkdwn('<@U0BOT> what is m2m?')).toBe('what is m2m?');
    expect(questionFromMrkdwn('<@U0BOT|iot-or-m2m> hi')).toBe('hi');
    expect(questionFromMrkdwn('hey <@U0ALICE>, what is m2m?')).toBe('hey, what is m2m?');
    expect(questionFromMrkdwn('ask <@U0OTHER> or <@W0PAT|pat>')).toBe('ask or');
    expect(questionFromMrkdwn('see <http://x.example/a|the article> and <https://y.example>')).toBe('see the article and https://y.example');
    expect(questionFromMrkdwn('in <#C123|general> and <#C456>')).toBe('in #general and #channel');
    expect(questionFromMrkdwn('<!here> <!subteam^S1|@devs> <!subteam^S2> <!channel> <!everyone|@everyone> m2m')).toBe('m2m');
    expect(questionFromMrkdwn('since <!date^1392734382^{date_short}|Feb 18, 2014>')).toBe('since Feb 18, 2014');
    expect(questionFromMrkdwn('a &lt;b&gt; &amp;amp; c')).toBe('a <b> &amp; c');
  });

  it('decodes entities last, so typed markup is text, not a link', () => {
    expect(questionFromMrkdwn('&lt;https://evil.example|x&gt;')).toBe('<https://evil.example|x>');
  });

  it('is total: any input gives a string, quickly, even 40 KB', () => {
    for (const v of [undefined, null, 42, {}, '', '<', '<<>>', '<@>', '<!>', '<|>']) expect(typeof questionFromMrkdwn(v)).toBe('string');
    const started = Date.now();
    questionFromMrkdwn('<'.repeat(40_000) + '<@U1|' + 'a'.repeat(40_000));
    expect(Date.now() - started).toBeLessThan(500);
  });
});
