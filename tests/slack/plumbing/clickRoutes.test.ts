/** Clicks on buttons no feature handles (a message from an older version): acknowledged and answered, never an error in Slack. */
import { describe, expect, it } from 'vitest';
import { App } from '@slack/bolt';
import { ClickRoutes } from '../../../src/slack/plumbing/clickRoutes.js';
import { OUTDATED_CLICK_TEXT } from '../../../src/slack/plumbing/commonMessages.js';
import { START_CHOOSER_ACTION, START_QUIZ_ACTION } from '../../../src/slack/plumbing/launchButtons.js';
import { buttonsOf, useHarness } from '../../support/harness.js';
import { CHANNEL, HUMAN, nextTs } from '../../support/payloads.js';

const h = useHarness({}, { noErrorLogs: true });

describe('an unknown button', () => {
  it('is acknowledged, and the person is told the message is out of date, with ways to start fresh', async () => {
    const res = await h.click({ actionId: 'legacy:feature:1', value: 'x', channel: CHANNEL, messageTs: nextTs(), userId: HUMAN });
    expect(res.status).toBe(200);
    const [note] = await h.fake.waitFor('response_url');
    expect(note?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(note?.body.text)).toBe(OUTDATED_CLICK_TEXT);
    expect(buttonsOf(note!.body).map((b) => b.action_id)).toEqual([START_CHOOSER_ACTION, START_QUIZ_ACTION]);
    expect(h.logs.some((l) => l.includes('slack.unknown_click') && l.includes('legacy:feature:1'))).toBe(true);
  });

  it('on the Home tab (no response_url) is answered in the DM', async () => {
    await h.click({ actionId: 'home:retired', value: 'x', view: {}, userId: HUMAN });
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(String(post?.body.text)).toBe(OUTDATED_CLICK_TEXT);
  });

  it('leaves known buttons to their feature', async () => {
    const before = h.logs.length;
    await h.click({ actionId: START_QUIZ_ACTION, value: '', channel: CHANNEL, ephemeral: true, userId: HUMAN });
    const [quiz] = await h.fake.waitFor('response_url');
    expect(String(quiz?.body.text)).toMatch(/Question 1 of 5/);
    expect(h.logs.slice(before).some((l) => l.includes('slack.unknown_click'))).toBe(false);
  });
});

describe('the click routes', () => {
  it('serve one app: routes for a second app are refused, not quietly attached to the first', () => {
    const routes = new ClickRoutes();
    const first = new App({ token: 'xoxb-1', signingSecret: 's'.repeat(32), deferInitialization: true });
    const second = new App({ token: 'xoxb-2', signingSecret: 's'.repeat(32), deferInitialization: true });
    routes.on(first, 'a:one', async () => {});
    routes.on(first, /^a:two/, async () => {});
    expect(routes.knows('a:one') && routes.knows('a:two:3') && !routes.knows('b')).toBe(true);
    expect(() => routes.on(second, 'b', async () => {})).toThrow(/one app/);
  });
});
