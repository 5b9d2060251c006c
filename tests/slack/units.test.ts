/** The pure pieces listeners rely on: text conversion, routing, ignoring, placing, dedupe, in-flight tracking. */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { boltLogger } from '../../src/slack/boltLogger.js';
import { withoutSecrets } from '../../src/slack/secrets.js';
import { describeError, errorCode } from '../../src/slack/errors.js';
import { parseCommand } from '../../src/slack/commands.js';
import { RecentIds } from '../../src/slack/dedupe.js';
import { ignoreDirectMessage, ignoreMention } from '../../src/slack/ignore.js';
import { Inflight } from '../../src/slack/inflight.js';
import { clickFromAction, messageRefForAction, placeForAction, placeForDirectMessage, placeForMention } from '../../src/slack/place.js';
import {
  chooserActionId,
  decodeAskValue,
  encodeAskValue,
  homeActionId,
  parseChooserActionId,
  parseHomeActionId,
  parseQuizActionId,
  quizActionId,
} from '../../src/blocks/actionIds.js';
import { voterId } from '../../src/slack/feedback.js';
import { slackToQuestion } from '../../src/slack/text.js';

describe('slackToQuestion', () => {
  it('drops every mention (the bot, colleagues, user groups, @here) and unwraps Slack markup', () => {
    expect(slackToQuestion('<@U0BOT> what is m2m?')).toBe('what is m2m?');
    expect(slackToQuestion('<@U0BOT|iot-or-m2m> hi')).toBe('hi');
    expect(slackToQuestion('hey <@U0ALICE>, what is m2m?')).toBe('hey, what is m2m?');
    expect(slackToQuestion('ask <@U0OTHER> or <@W0PAT|pat>')).toBe('ask or');
    expect(slackToQuestion('see <http://x.example/a|the article> and <https://y.example>')).toBe('see the article and https://y.example');
    expect(slackToQuestion('in <#C123|general> and <#C456>')).toBe('in #general and #channel');
    expect(slackToQuestion('<!here> <!subteam^S1|@devs> <!subteam^S2> <!channel> <!everyone|@everyone> m2m')).toBe('m2m');
    expect(slackToQuestion('since <!date^1392734382^{date_short}|Feb 18, 2014>')).toBe('since Feb 18, 2014');
    expect(slackToQuestion('a &lt;b&gt; &amp;amp; c')).toBe('a <b> &amp; c');
  });

  it('decodes entities last, so typed markup is text, not a link', () => {
    expect(slackToQuestion('&lt;https://evil.example|x&gt;')).toBe('<https://evil.example|x>');
  });

  it('is total: any input gives a string, quickly, even 40 KB', () => {
    for (const v of [undefined, null, 42, {}, '', '<', '<<>>', '<@>', '<!>', '<|>']) expect(typeof slackToQuestion(v)).toBe('string');
    const started = Date.now();
    slackToQuestion('<'.repeat(40_000) + '<@U1|' + 'a'.repeat(40_000));
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('parseCommand', () => {
  it('routes keywords and treats anything else as a question', () => {
    expect(parseCommand('')).toEqual({ kind: 'chooser' });
    expect(parseCommand('   ')).toEqual({ kind: 'chooser' });
    expect(parseCommand('Help')).toEqual({ kind: 'help' });
    expect(parseCommand('quiz')).toEqual({ kind: 'quiz' });
    expect(parseCommand(' STATS ')).toEqual({ kind: 'stats' });
    expect(parseCommand('quiz me on m2m')).toEqual({ kind: 'question', text: 'quiz me on m2m' });
    expect(parseCommand('what  is\nm2m')).toEqual({ kind: 'question', text: 'what is m2m' });
    expect(parseCommand(undefined)).toEqual({ kind: 'chooser' });
  });
});

describe('ignoring', () => {
  const person = { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text: 'hi', ts: '1.1' };
  it('answers a person in a DM only', () => {
    expect(ignoreDirectMessage(person, 'U0BOT')).toBeNull();
    expect(ignoreDirectMessage({ ...person, subtype: 'file_share' })).toBeNull();
    expect(ignoreDirectMessage({ ...person, channel_type: 'channel' })).toBe('not_dm');
    expect(ignoreDirectMessage({ ...person, channel_type: 'mpim' })).toBe('not_dm');
    expect(ignoreDirectMessage({ ...person, subtype: 'message_changed' })).toBe('subtype');
    expect(ignoreDirectMessage({ ...person, subtype: 'message_deleted' })).toBe('subtype');
    expect(ignoreDirectMessage({ ...person, subtype: 'bot_message' })).toBe('subtype');
    expect(ignoreDirectMessage({ ...person, bot_id: 'B1' })).toBe('bot');
    expect(ignoreDirectMessage({ ...person, user: 'U0BOT' }, 'U0BOT')).toBe('self');
    expect(ignoreDirectMessage({ ...person, user: undefined })).toBe('no_user');
  });
  it('answers mentions in channels, not in DMs (message.im covers those)', () => {
    const m = { type: 'app_mention', channel: 'C1', user: 'U1', text: '<@U0BOT> hi', ts: '1.1' };
    expect(ignoreMention(m, 'U0BOT')).toBeNull();
    expect(ignoreMention({ ...m, channel: 'D1' })).toBe('dm_mention');
    expect(ignoreMention({ ...m, bot_id: 'B2' })).toBe('bot');
  });
});

describe('places', () => {
  it('DM: same channel, same thread if any; mention: always a thread', () => {
    expect(placeForDirectMessage({ channel: 'D1' })).toEqual({ kind: 'channel', channel: 'D1' });
    expect(placeForDirectMessage({ channel: 'D1', thread_ts: '5.5' })).toEqual({ kind: 'channel', channel: 'D1', threadTs: '5.5' });
    expect(placeForMention({ channel: 'C1', ts: '7.7' })).toEqual({ kind: 'channel', channel: 'C1', threadTs: '7.7' });
    expect(placeForMention({ channel: 'C1', ts: '7.7', thread_ts: '6.6' })).toEqual({ kind: 'channel', channel: 'C1', threadTs: '6.6' });
  });
  it('clicks: where the clicked message is', () => {
    const user = { id: 'U1' };
    expect(placeForAction({ user, container: { channel_id: 'C1', message_ts: '9.9' }, message: { ts: '9.9', thread_ts: '8.8' } })).toEqual({ kind: 'channel', channel: 'C1', threadTs: '8.8' });
    // A top-level message that has replies is not inside a thread.
    expect(placeForAction({ user, container: { channel_id: 'D1' }, message: { ts: '9.9', thread_ts: '9.9' } })).toEqual({ kind: 'channel', channel: 'D1' });
    expect(placeForAction({ user, channel: { id: 'C2' }, container: { is_ephemeral: true } })).toEqual({ kind: 'ephemeral' });
    expect(placeForAction({ user, container: { type: 'view' }, view: { type: 'home' } })).toEqual({ kind: 'dm', user: 'U1' });
  });
});

describe('clicked messages (for updates in place)', () => {
  const user = { id: 'U1', team_id: 'T1' };
  it('ephemeral → response_url; a bot message → chat.update; the Home tab → nothing to replace', () => {
    expect(messageRefForAction({ user, container: { type: 'message', channel_id: 'C1', message_ts: '9.9', is_ephemeral: true } })).toEqual({ kind: 'ephemeral' });
    expect(messageRefForAction({ user, container: { type: 'message', channel_id: 'D1', message_ts: '9.9' }, message: { ts: '9.9' } })).toEqual({ kind: 'message', channel: 'D1', ts: '9.9' });
    expect(messageRefForAction({ user, container: { type: 'view' }, view: { type: 'home' } })).toEqual({ kind: 'view' });
  });
  it('a click knows who, which workspace, where to post and which conversation', () => {
    expect(clickFromAction({ user, team: { id: 'T9' }, container: { type: 'message', channel_id: 'C1', message_ts: '9.9', is_ephemeral: true }, channel: { id: 'C1' } })).toEqual({
      userId: 'U1',
      teamId: 'T9',
      place: { kind: 'ephemeral' },
      ref: { kind: 'ephemeral' },
      channelId: 'C1',
    });
    expect(clickFromAction({ user, container: { type: 'view' } })).toEqual({ userId: 'U1', teamId: 'T1', place: { kind: 'dm', user: 'U1' }, ref: { kind: 'view' } });
  });
  it('votes are keyed per workspace', () => {
    expect(voterId('U1', 'T1')).toBe('T1:U1');
    expect(voterId('U1')).toBe('U1');
  });
});

describe('action ids and values', () => {
  it('round-trip, and anything else is rejected', () => {
    for (const a of [{ kind: 'start' }, { kind: 'restart' }, { kind: 'back' }, { kind: 'share' }, { kind: 'ask' }, { kind: 'answer', answer: 'not_sure' }] as const) {
      expect(parseChooserActionId(chooserActionId(a))).toEqual(a);
    }
    for (const a of [{ kind: 'start' }, { kind: 'restart' }, { kind: 'answer', option: 3 }] as const) expect(parseQuizActionId(quizActionId(a))).toEqual(a);
    for (const a of [{ kind: 'browse' }, { kind: 'topic', index: 12 }] as const) expect(parseHomeActionId(homeActionId(a))).toEqual(a);
    for (const junk of ['chooser:answer:maybe', 'chooser:start_2', 'quiz:answer:x', 'quiz:answer:123', 'home:topic:', 'home:browse:1']) {
      expect([parseChooserActionId(junk), parseQuizActionId(junk), parseHomeActionId(junk)]).toEqual([null, null, null]);
    }
  });
  it('ask values carry an entry id and, for "did you mean", the recorded question id', () => {
    expect(decodeAskValue(encodeAskValue({ entryId: 'm2m-acronym', questionId: 42 }))).toEqual({ entryId: 'm2m-acronym', questionId: 42 });
    expect(decodeAskValue(encodeAskValue({ entryId: 'm2m-acronym' }))).toEqual({ entryId: 'm2m-acronym' });
    expect(decodeAskValue(undefined)).toEqual({ entryId: '' });
    expect(decodeAskValue('x|y')).toEqual({ entryId: 'x|y' });
  });
  it('ask values can carry the question asked, within the button value limit', () => {
    const value = { entryId: 'm2m-acronym', questionId: 42, question: 'what does "m2m" mean? | <!here>' };
    expect(decodeAskValue(encodeAskValue(value))).toEqual(value);
    expect(decodeAskValue(encodeAskValue({ entryId: 'm2m-acronym', question: 'q' }))).toEqual({ entryId: 'm2m-acronym', question: 'q' });
    const long = encodeAskValue({ entryId: 'm2m-acronym', questionId: 7, question: '"🙂\\'.repeat(1000) });
    expect(long.length).toBeLessThanOrEqual(2000);
    expect(decodeAskValue(long)).toMatchObject({ entryId: 'm2m-acronym', questionId: 7, question: expect.stringMatching(/^("🙂\\)+/) });
    // Junk is an unknown entry id (answered as "out of date"), never an exception.
    for (const junk of ['{', '{"q":"x"}', '{"e":1}', '[]', '{"e":"x","n":-1,"q":5}']) expect(() => decodeAskValue(junk)).not.toThrow();
    expect(decodeAskValue('{"e":"x","n":-1,"q":5}')).toEqual({ entryId: 'x' });
    expect(decodeAskValue('{"q":"x"}').entryId).toBe('{"q":"x"}');
  });
});

describe('RecentIds', () => {
  it('remembers ids, forgetting the oldest beyond its capacity', () => {
    const recent = new RecentIds(3);
    expect(['a', 'b', 'c'].map((id) => recent.seen(id))).toEqual([false, false, false]);
    expect(recent.seen('a')).toBe(true);
    expect(recent.seen('d')).toBe(false);
    expect(recent.size).toBe(3);
    expect(recent.seen('a')).toBe(false);
  });
  it('stays bounded under many ids', () => {
    const recent = new RecentIds(1000);
    for (let i = 0; i < 5000; i++) recent.seen(`Ev${i}`);
    expect(recent.size).toBe(1000);
    expect(recent.seen('Ev4999')).toBe(true);
  });
});

describe('Inflight', () => {
  it('waits for running work, including work started while waiting', async () => {
    const inflight = new Inflight();
    const order: string[] = [];
    void inflight.track(new Promise<void>((r) => setTimeout(() => {
      order.push('first');
      void inflight.track(new Promise<void>((r2) => setTimeout(() => (order.push('second'), r2()), 10)));
      r();
    }, 10)));
    expect(await inflight.idle(1000)).toBe(true);
    expect(order).toEqual(['first', 'second']);
    expect(inflight.size).toBe(0);
  });
  it('gives up after the timeout, and passes errors through', async () => {
    const inflight = new Inflight();
    void inflight.track(new Promise(() => {}));
    expect(await inflight.idle(20)).toBe(false);
    await expect(inflight.track(Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});

describe('errors in logs', () => {
  it('are their code when they have one, else a short message', () => {
    const slack = Object.assign(new Error('An API error occurred: not_in_channel'), { data: { ok: false, error: 'not_in_channel' } });
    expect(errorCode(slack)).toBe('not_in_channel');
    expect(describeError(slack)).toBe('not_in_channel');
    const system = Object.assign(new Error('listen EADDRINUSE: address already in use :::3000'), { code: 'EADDRINUSE' });
    expect(errorCode(system)).toBe('EADDRINUSE');
    expect(describeError(new Error('disk full'))).toBe('Error: disk full');
    expect(describeError(new TypeError('x'.repeat(5000))).length).toBeLessThanOrEqual(201);
    expect(describeError({ body: 'secret' })).toBe('object');
    expect(errorCode(undefined)).toBeUndefined();
  });

  it('withoutSecrets removes the signing secret and tokens from any field, whatever its name', () => {
    const lines: string[] = [];
    const secret = 'abcdef0123456789abcdef0123456789';
    const log = withoutSecrets(createLogger('debug', (l) => lines.push(l)), [secret, 'xoxb-1-2-3', undefined, 'short']);
    log.error('x', { detail: `bad request v0:123:${secret}`, nested: { list: [secret, new Error(`boom ${secret}`)] }, short: 'short stays' });
    const out = lines.join('\n');
    expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
    expect(out).toContain('short stays');
  });
});

describe('boltLogger', () => {
  it('writes Bolt logs as JSON lines, with tokens redacted', () => {
    const lines: string[] = [];
    const log = boltLogger(createLogger('debug', (l) => lines.push(l)));
    log.setName('web-api');
    log.warn('http request failed for token xoxb-123-456-secret', new Error('socket hang up'));
    log.debug({ a: 1 });
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ level: 'warn', event: 'bolt', component: 'web-api', error: 'socket hang up' });
    expect(lines.join('\n')).not.toContain('xoxb-123');
    expect(lines).toHaveLength(2);
  });
});
