/**
 * The welcome DM end to end: team_join → conversations.open + chat.postMessage;
 * nothing for bots, deleted users, the bot itself or WELCOME_NEW_MEMBERS=false;
 * the optional ONBOARDING_CHANNEL (member_joined_channel); the DM's buttons.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { skipWelcome } from '../../../../src/slack/features/welcome/welcome.js';
import { METHOD_SCOPES } from '../../../../src/slack/plumbing/capabilities.js';
import { BOT_USER_ID, OPENED_DM } from '../../../support/fakeSlack.js';
import { buttonsOf, type Harness, startHarness, textOf } from '../../../support/harness.js';
import { memberJoinedChannel, teamJoin } from '../../../support/payloads.js';

const ONBOARDING = 'C0ONBOARD';

function afterChecks(get: () => Harness) {
  afterEach(async () => {
    await get().settle();
    get().fake.reset();
  });
  afterAll(async () => {
    const h = get();
    expect(h.fake.blocked).toEqual([]);
    for (const call of h.fake.history) if (call.method !== 'response_url') expect(Object.keys(METHOD_SCOPES)).toContain(call.method);
    await h.close();
  });
}

describe('team_join', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ features: { onboardingChannel: ONBOARDING } });
  });
  afterChecks(() => h);

  it('DMs a new member: conversations.open, then chat.postMessage to that channel with the three ways and two buttons', async () => {
    const { response } = await h.sendEvent(teamJoin({ id: 'U0NEW1' }));
    expect(response.status).toBe(200);
    const [open] = await h.fake.waitFor('conversations.open');
    expect(open!.body.users).toBe('U0NEW1');
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.channel).toBe(OPENED_DM);
    const text = textOf(post!.body);
    expect(text).toMatch(/I'm \*iot-or-m2m\*/);
    expect(text).toMatch(/direct message[\s\S]*Mention @iot-or-m2m[\s\S]*\/iot-or-m2m/);
    expect(buttonsOf(post!.body).map((b) => b.action_id)).toEqual(['quiz:start', 'chooser:start']);
    expect(typeof post!.body.text).toBe('string');
  });

  it('sends nothing to bots, app users, Slackbot, deleted users or the bot itself', async () => {
    for (const user of [{ id: 'U0BOT2', is_bot: true }, { id: 'U0APP', is_app_user: true }, { id: 'USLACKBOT' }, { id: 'U0GONE', deleted: true }, { id: BOT_USER_ID }]) {
      await h.sendEvent(teamJoin(user));
    }
    await h.settle();
    expect(h.fake.calls).toEqual([]);
    expect(h.logs.filter((l) => l.includes('slack.welcome_skipped')).length).toBeGreaterThanOrEqual(5);
  });

  it('welcomes someone once, even when they also join the onboarding channel', async () => {
    await h.sendEvent(teamJoin({ id: 'U0TWICE' }));
    await h.fake.waitFor('chat.postMessage');
    await h.sendEvent(memberJoinedChannel(ONBOARDING, 'U0TWICE'));
    await h.sendEvent(teamJoin({ id: 'U0TWICE' }));
    await h.settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('the DM\'s buttons start the quiz and the chooser as new messages in the DM (the welcome stays)', async () => {
    await h.sendEvent(teamJoin({ id: 'U0BUTTONS' }));
    const [welcome] = await h.fake.waitFor('chat.postMessage');
    for (const [actionId, expected] of [
      ['quiz:start', /Question 1 of 5/],
      ['chooser:start', /^Question 1 of \d+/],
    ] as const) {
      h.fake.reset();
      await h.clickButton(welcome!, actionId, { userId: 'U0BUTTONS' });
      const [post] = await h.fake.waitFor('chat.postMessage');
      expect(post!.body.channel).toBe(OPENED_DM);
      expect(post!.body.text as string).toMatch(expected);
      expect(h.fake.callsTo('chat.update')).toEqual([]);
    }
  });
});

describe('ONBOARDING_CHANNEL (member_joined_channel)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ features: { onboardingChannel: ONBOARDING, welcomeNewMembers: false } });
    h.fake.users.set('U0ROBOT', { is_bot: true });
    h.fake.users.set('U0LEFT', { deleted: true });
    h.fake.reset();
  });
  afterChecks(() => h);

  it('DMs a person who joins the onboarding channel, after checking with users.info (even with WELCOME_NEW_MEMBERS=false)', async () => {
    await h.sendEvent(memberJoinedChannel(ONBOARDING, 'U0JOINER'));
    const [info] = await h.fake.waitFor('users.info');
    expect(info!.body.user).toBe('U0JOINER');
    const [open] = await h.fake.waitFor('conversations.open');
    expect(open!.body.users).toBe('U0JOINER');
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post!.body.channel).toBe(OPENED_DM);
  });

  it('ignores other channels, bots, deleted users, the bot itself, and a failed lookup', async () => {
    await h.sendEvent(memberJoinedChannel('C0OTHER', 'U0JOINER2'));
    await h.sendEvent(memberJoinedChannel(ONBOARDING, BOT_USER_ID));
    await h.sendEvent(memberJoinedChannel(ONBOARDING, 'U0ROBOT'));
    await h.sendEvent(memberJoinedChannel(ONBOARDING, 'U0LEFT'));
    await h.settle();
    h.fake.failNext('users.info', 'user_not_found');
    await h.sendEvent(memberJoinedChannel(ONBOARDING, 'U0UNKNOWN'));
    await h.settle();
    // Other channels and the bot itself need no lookup.
    expect(h.fake.callsTo('users.info').map((c) => c.body.user).sort()).toEqual(['U0LEFT', 'U0ROBOT', 'U0UNKNOWN']);
    expect(h.logs.some((l) => l.includes('slack.welcome_lookup_failed') && l.includes('user_not_found'))).toBe(true);
    expect(h.fake.callsTo('conversations.open')).toEqual([]);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('WELCOME_NEW_MEMBERS=false: team_join sends nothing', async () => {
    await h.sendEvent(teamJoin({ id: 'U0NEWBIE2' }));
    await h.settle();
    expect(h.fake.calls).toEqual([]);
  });
});

describe('no ONBOARDING_CHANNEL', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    h.fake.reset();
  });
  afterChecks(() => h);

  it('member_joined_channel sends nothing', async () => {
    await h.sendEvent(memberJoinedChannel(ONBOARDING, 'U0JOINER'));
    await h.settle();
    expect(h.fake.calls).toEqual([]);
  });
});

describe('skipWelcome (pure)', () => {
  it('welcomes people only', () => {
    expect(skipWelcome({ id: 'U1' }, 'U0BOT')).toBeNull();
    expect(skipWelcome(undefined)).toBe('no_user');
    expect(skipWelcome({ id: 'U0BOT' }, 'U0BOT')).toBe('self');
    expect(skipWelcome({ id: 'U1', is_bot: true })).toBe('bot');
    expect(skipWelcome({ id: 'U1', deleted: true })).toBe('deleted');
  });
});
