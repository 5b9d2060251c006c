/**
 * Question search through the real Bolt app: Slack asking for the search
 * box's options as someone types (a signed block_suggestion request), a
 * picked question answered in their DM, and `/iot-or-m2m search <words>`.
 */
import { describe, expect, it } from 'vitest';
import { SEARCH_ACTION } from '../../../../src/slack/plumbing/launchButtons.js';
import { OPENED_DM, TEAM_ID } from '../../../support/fakeSlack.js';
import { buttonsOf, textOf, useHarness } from '../../../support/harness.js';
import { APP_ID, HUMAN } from '../../../support/payloads.js';

const h = useHarness({}, { noErrorLogs: true });

/** What Slack posts when someone types `value` into the search box on the Home tab. */
function suggestionRequest(value: string): string {
  const payload = {
    type: 'block_suggestion',
    user: { id: HUMAN, username: 'pat', name: 'pat', team_id: TEAM_ID },
    container: { type: 'view', view_id: 'V0HOME' },
    api_app_id: APP_ID,
    token: 'legacy-verification-token',
    action_id: SEARCH_ACTION,
    block_id: 'home_search',
    value,
    team: { id: TEAM_ID, domain: 'test' },
    view: { id: 'V0HOME', type: 'home', blocks: [], private_metadata: '', callback_id: '', state: { values: {} }, hash: 'h1' },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

async function optionsFor(value: string): Promise<{ text: { type: string; text: string }; value: string }[]> {
  const res = await h.post(suggestionRequest(value), 'application/x-www-form-urlencoded');
  expect(res.status).toBe(200);
  return ((await res.json()) as { options: { text: { type: string; text: string }; value: string }[] }).options;
}

describe('the search box', () => {
  it('offers the questions matching half-typed and misspelt words, as plain text', async () => {
    expect((await optionsFor('who wro'))[0]?.value).toBe('source-author');
    expect((await optionsFor('gatway'))[0]?.value).toBe('iot-gateways');
    const options = await optionsFor('cellul');
    expect(options.map((o) => o.value)).toContain('m2m-networks');
    for (const o of options) {
      expect(o.text.type).toBe('plain_text');
      expect(o.text.text.length).toBeLessThanOrEqual(75);
    }
    expect(await optionsFor('zqxjv')).toEqual([]);
  });

  it('answers the picked question in the DM', async () => {
    const res = await h.click({ actionId: SEARCH_ACTION, value: '', view: {} });
    expect(res.status).toBe(200);
    await h.settle();
    // A click without a pick says nothing; a pick of a question answers it.
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
    const payload = {
      type: 'block_actions',
      user: { id: HUMAN, username: 'pat', name: 'pat', team_id: TEAM_ID },
      api_app_id: APP_ID,
      token: 'legacy-verification-token',
      trigger_id: '111.222.abc',
      team: { id: TEAM_ID, domain: 'test' },
      container: { type: 'view', view_id: 'V0HOME' },
      view: { id: 'V0HOME', type: 'home', blocks: [], private_metadata: '', callback_id: '', state: { values: {} }, hash: 'h1' },
      actions: [{ type: 'external_select', action_id: SEARCH_ACTION, block_id: 'home_search', selected_option: { text: { type: 'plain_text', text: 'Who wrote the article?' }, value: 'source-author' }, action_ts: '1.1' }],
    };
    await h.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
    const [answer] = await h.fake.waitFor('chat.postMessage');
    expect(answer!.body.channel).toBe(OPENED_DM);
    expect(textOf(answer!.body)).toContain(h.services.kb.byId.get('source-author')!.answer.trim().slice(0, 40));
  });
});

describe('/iot-or-m2m search', () => {
  it('lists the matching questions as buttons that answer them, and says so when nothing matches', async () => {
    await h.command('search gatway', { responseId: 'search' });
    const [reply] = await h.fake.waitFor('response_url');
    expect(buttonsOf(reply!.body).map((b) => b.value)).toContain('iot-gateways');
    h.fake.reset();
    await h.command('search <!channel> zqxjv', { responseId: 'none' });
    const [none] = await h.fake.waitFor('response_url');
    expect(textOf(none!.body)).toMatch(/No question I can answer matches/);
    expect(JSON.stringify(none!.body)).not.toContain('<!channel>');
  });
});
