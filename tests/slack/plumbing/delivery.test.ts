/** Where replies go, from the payload: DMs, threads, clicks, ephemeral messages. */
import { describe, expect, it } from 'vitest';
import { clickFromAction, messageRefForAction, placeForAction, placeForDirectMessage, placeForMention } from '../../../src/slack/plumbing/delivery.js';

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

});
