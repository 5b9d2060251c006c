/** Which messages the bot never answers. */
import { describe, expect, it } from 'vitest';
import { ignoreDirectMessage, ignoreMention } from '../../../../src/slack/features/ask/ignoredMessages.js';

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
    expect(ignoreDirectMessage({ ...person, user: 'USLACKBOT', text: 'You have been removed from #general' })).toBe('slackbot');
  });
  it('answers mentions in channels, not in DMs (message.im covers those)', () => {
    const m = { type: 'app_mention', channel: 'C1', user: 'U1', text: '<@U0BOT> hi', ts: '1.1' };
    expect(ignoreMention(m, 'U0BOT')).toBeNull();
    expect(ignoreMention({ ...m, channel: 'D1' })).toBe('dm_mention');
    expect(ignoreMention({ ...m, bot_id: 'B2' })).toBe('bot');
  });
});
