/**
 * OAuth distribution end to end, on SQLite and on PostgreSQL: two
 * workspaces install the app through the real install pages (the fake Web
 * API answers oauth.v2.access), each is answered with its own token and
 * sees only its own stats and report, a forged or expired state is refused
 * with a page that says so, an org-wide install is refused, and after one
 * workspace uninstalls, its data is gone and its events go unanswered while
 * the other keeps working.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main as report } from '../../src/cli/report.js';
import type { OAuthConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';
import { createSlackApp, EVENTS_PATH, type SlackApp } from '../../src/slack/slackApp.js';
import type { Store } from '../../src/store/store.js';
import { backends, type Place } from '../store/backends.js';
import { FakeSlack } from '../support/fakeSlack.js';
import { textOf } from '../support/harness.js';
import { nextEventId, nextTs } from '../support/payloads.js';
import { signedHeaders } from '../support/signing.js';

const SIGNING = 'oauth-signing-secret-0123456789';
const CLIENT = { clientId: '1111.2222', clientSecret: 'oauth-client-secret-value' };
const STATE = 'state-secret-'.repeat(4);
const A = { teamId: 'T0AAA', token: 'xoxb-token-of-aaa', installerId: 'U0ADMINA' };
const B = { teamId: 'T0BBB', token: 'xoxb-token-of-bbb', installerId: 'U0ADMINB' };

for (const backend of backends) describe.skipIf(backend.skip !== undefined)(`OAuth distribution on ${backend.name}`, () => {
  let place: Place;
  let store: Store;
  let fake: FakeSlack;
  let slack: SlackApp;
  let url: string;
  const logs: string[] = [];

  beforeAll(async () => {
    place = await backend.place();
    ({ store } = await place.open());
    fake = await FakeSlack.start();
    const logger = createLogger('debug', (line) => logs.push(line));
    const config: OAuthConfig = {
      mode: 'oauth',
      ...CLIENT,
      stateSecret: STATE,
      signingSecret: SIGNING,
      port: 0,
      slackApiUrl: fake.apiUrl,
      logLevel: 'debug',
      feedback: { databasePath: ':unused:', recordQuestions: true, retentionDays: 90 },
      features: { adminUserIds: ['U0ENVADMIN'], welcomeNewMembers: false },
    };
    slack = createSlackApp(config, loadServices({ logger, store }), { fetch: fake.fetch, retries: 0 });
    await slack.start();
    url = `http://127.0.0.1:${slack.port}`;
  }, 30_000);

  afterAll(async () => {
    if (!slack) return;
    await slack.stop();
    await fake.close();
    await place.remove();
    // No token or secret ever reached the log.
    for (const secret of [A.token, B.token, CLIENT.clientSecret, STATE, SIGNING]) expect(logs.join('\n')).not.toContain(secret);
  });

  /** The browser's side of an install: the install page sets the state cookie, Slack redirects back with a code. */
  async function install(team: { teamId: string; token: string; installerId: string; enterpriseId?: string }, tamper?: (state: string) => string): Promise<Response> {
    const page = await fetch(`${url}/slack/install`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const authorize = new URL(/href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '');
    expect(authorize.searchParams.get('client_id')).toBe(CLIENT.clientId);
    expect(authorize.searchParams.get('scope')?.split(',')).toContain('chat:write');
    const state = authorize.searchParams.get('state') ?? '';
    const code = `code-${team.teamId}-${nextTs()}`;
    fake.installs.set(code, { ...CLIENT, ...team });
    return fetch(`${url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(tamper ? tamper(state) : state)}`, { headers: { cookie } });
  }

  function post(body: string, contentType: string): Promise<Response> {
    return fetch(`${url}${EVENTS_PATH}`, { method: 'POST', headers: { 'content-type': contentType, ...signedHeaders(SIGNING, body) }, body });
  }

  function event(teamId: string, event: Record<string, unknown>): Promise<Response> {
    const envelope = {
      token: 'legacy',
      team_id: teamId,
      api_app_id: 'A0APP',
      event: { event_ts: nextTs(), ...event },
      type: 'event_callback',
      event_id: nextEventId(),
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ enterprise_id: null, team_id: teamId, user_id: `U0BOT${teamId}`, is_bot: true, is_enterprise_install: false }],
    };
    return post(JSON.stringify(envelope), 'application/json');
  }

  /** A DM from `user` in workspace `teamId`; resolves with the reply posted, if any, within a moment. */
  async function ask(teamId: string, user: string, text: string) {
    fake.reset();
    await event(teamId, { type: 'message', channel: `D0${user}`, channel_type: 'im', user, text, ts: nextTs(), team: teamId });
    await new Promise((r) => setTimeout(r, 50));
    await slack.inflight.idle(3000);
    return fake.callsTo('chat.postMessage')[0];
  }

  async function stats(teamId: string, user: string): Promise<string> {
    fake.reset();
    const fields = { token: 'legacy', team_id: teamId, team_domain: 'x', channel_id: 'C0ANY', channel_name: 'general', user_id: user, user_name: 'x', command: '/iot-or-m2m', text: 'stats', api_app_id: 'A0APP', response_url: fake.responseUrl(`stats-${teamId}`), trigger_id: '1.2.3' };
    await post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
    const [reply] = await fake.waitFor('response_url');
    return textOf(reply!.body) + String(reply!.body.text);
  }

  it('installs in two workspaces, with a page that says what to do next', async () => {
    for (const team of [A, B]) {
      const done = await install(team);
      expect(done.status).toBe(200);
      const page = await done.text();
      expect(page).toContain('Installed');
      expect(page).toContain(`team=${team.teamId}`);
      expect(page).not.toContain(team.token);
    }
    expect(await store.forWorkspace(A.teamId).installation()).toContain(A.token);
    // The install page links to the privacy page, which says what is kept, hashed, for how long, and what uninstalling deletes.
    expect(await (await fetch(`${url}/slack/install`)).text()).toContain('href="/privacy"');
    const privacy = await (await fetch(`${url}/privacy`)).text();
    for (const said of ['only as a keyed hash', '90 days', 'Uninstalling the app deletes all of your workspace’s data']) expect(privacy).toContain(said);
  });

  it('answers each workspace with its own token', async () => {
    const inA = await ask(A.teamId, 'U0PERSONA', 'what does m2m stand for?');
    const inB = await ask(B.teamId, 'U0PERSONB', 'what does m2m stand for?');
    expect(inA?.token).toBe(A.token);
    expect(inB?.token).toBe(B.token);
  });

  it('shows each workspace only its own stats and report, to its own admins', async () => {
    await ask(A.teamId, 'U0PERSONA', 'what is the weather in paris tomorrow');
    await ask(B.teamId, 'U0PERSONB', 'who won the zorblax cup last year');
    const inA = await stats(A.teamId, A.installerId);
    expect(inA).toContain('paris');
    expect(inA).not.toContain('zorblax');
    const inB = await stats(B.teamId, B.installerId);
    expect(inB).toContain('zorblax');
    expect(inB).not.toContain('paris');
    // The installer of one workspace is no admin of the other, nor is an ADMIN_USER_IDS of the environment.
    expect(await stats(B.teamId, A.installerId)).toMatch(/only admins/);
    expect(await stats(A.teamId, 'U0ENVADMIN')).toMatch(/only admins/);

    const printed: string[] = [];
    const env = backend.name === 'SQLite' ? { DATABASE_PATH: place.location } : { DATABASE_URL: place.location };
    await report(['--workspace', A.teamId, '--json'], { stdout: (t) => printed.push(t), env });
    const questions = (JSON.parse(printed.join('')) as { unanswered: { question: string }[] }).unanswered.map((u) => u.question);
    expect(questions).toContain('what is the weather in paris tomorrow');
    expect(questions.join(' ')).not.toContain('zorblax');
  });

  it('lets the installer name the workspace’s admins and switch the welcome off in App Home; nobody else can', async () => {
    const home = async (teamId: string, user: string) => {
      fake.reset();
      await event(teamId, { type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home' });
      const [publish] = await fake.waitFor('views.publish');
      return publish!.body.view as { private_metadata: string; blocks: { type: string; block_id?: string; elements?: { action_id?: string }[] }[] };
    };
    const hasSettings = (view: Awaited<ReturnType<typeof home>>) => view.blocks.some((b) => b.elements?.some((e) => e.action_id === 'settings:edit'));
    expect(hasSettings(await home(A.teamId, A.installerId))).toBe(true);
    expect(hasSettings(await home(A.teamId, 'U0PERSONA'))).toBe(false);
    expect(hasSettings(await home(B.teamId, A.installerId))).toBe(false);

    const submit = (teamId: string, user: string, admins: string[], welcome: 'on' | 'off') => {
      const values = {
        admins: { value: { type: 'multi_users_select', selected_users: admins } },
        welcome: { value: { type: 'radio_buttons', selected_option: { text: { type: 'plain_text', text: welcome }, value: welcome } } },
        onboarding: { value: { type: 'conversations_select', selected_conversation: null } },
      };
      const payload = { type: 'view_submission', team: { id: teamId, domain: 'x' }, user: { id: user, team_id: teamId }, api_app_id: 'A0APP', token: 'legacy', trigger_id: '1.2.3', view: { id: 'V0SET', type: 'modal', callback_id: 'workspace_settings', private_metadata: '', state: { values }, hash: 'h' } };
      return post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
    };
    // A forged submission from someone who may not: refused, nothing saved.
    const forged = await submit(A.teamId, 'U0PERSONA', ['U0PERSONA'], 'on');
    expect(((await forged.json()) as { response_action: string }).response_action).toBe('errors');
    expect(await stats(A.teamId, 'U0PERSONA')).toMatch(/only admins/);
    expect(logs.some((l) => l.includes('"event":"slack.settings_refused"'))).toBe(true);

    expect(await (await submit(A.teamId, A.installerId, ['U0NEWADMIN'], 'off')).text()).toBe('');
    expect(await stats(A.teamId, 'U0NEWADMIN')).toContain('paris');
    // The installer keeps the right to change the settings, though no longer listed as an admin.
    expect(hasSettings(await home(A.teamId, A.installerId))).toBe(true);
    expect(JSON.parse((await store.forWorkspace(A.teamId).settings()) ?? '{}')).toMatchObject({ adminUserIds: ['U0NEWADMIN'], welcomeNewMembers: false, installerUserId: A.installerId });
    // The other workspace is untouched.
    expect(JSON.parse((await store.forWorkspace(B.teamId).settings()) ?? '{}')).toMatchObject({ adminUserIds: [B.installerId], welcomeNewMembers: false });
  });

  it('refuses a forged or expired state, and an org-wide install, each with a page that says what happened', async () => {
    const forged = await install({ teamId: 'T0EVIL', token: 'xoxb-evil', installerId: 'U0EVIL' }, (state) => `${state.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(400);
    expect(await forged.text()).toMatch(/expired, or was opened in another browser/);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      const page = await fetch(`${url}/slack/install`);
      const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const state = new URL(/href="([^"]+)"/.exec(await page.text())?.[1]?.replace(/&amp;/g, '&') ?? '').searchParams.get('state') ?? '';
      vi.setSystemTime(Date.now() + 60 * 60 * 1000);
      fake.installs.set('code-late', { ...CLIENT, teamId: 'T0LATE', token: 'xoxb-late', installerId: 'U0LATE' });
      const late = await fetch(`${url}/slack/oauth_redirect?code=code-late&state=${encodeURIComponent(state)}`, { headers: { cookie } });
      expect(late.status).toBe(400);
      expect(await late.text()).toMatch(/expired/);
    } finally {
      vi.useRealTimers();
    }
    const grid = await install({ teamId: 'T0GRID', token: 'xoxb-grid', installerId: 'U0GRID', enterpriseId: 'E0GRID' });
    expect(await grid.text()).toMatch(/Enterprise Grid organisation is not supported/);
    for (const team of ['T0EVIL', 'T0LATE', 'T0GRID', 'E0GRID']) expect(await store.forWorkspace(team).installation()).toBeNull();
  });

  it('deletes a workspace’s data when it uninstalls (or revokes the bot token), stops answering it, and keeps answering the other', async () => {
    await event(A.teamId, { type: 'app_uninstalled' });
    await new Promise((r) => setTimeout(r, 50));
    await slack.inflight.idle(3000);
    fake.revoked.add(A.token);
    for (const table of ['votes', 'questions', 'conversations', 'claims', 'welcomes', 'additions', 'dismissals', 'installations', 'workspace_settings']) {
      expect(await place.rows(`SELECT * FROM ${table} WHERE team_id = '${A.teamId}'`), table).toEqual([]);
    }
    expect((await place.rows(`SELECT * FROM questions WHERE team_id = '${B.teamId}'`)).length).toBeGreaterThan(0);
    expect(await ask(A.teamId, 'U0PERSONA', 'what does m2m stand for?')).toBeUndefined();
    expect((await ask(B.teamId, 'U0PERSONB', 'what does m2m stand for?'))?.token).toBe(B.token);
    // A revoked user token is not an uninstall: B keeps its data; its bot token revoked, B's data goes too.
    await event(B.teamId, { type: 'tokens_revoked', tokens: { oauth: ['U0PERSONB'], bot: [] } });
    await slack.inflight.idle(3000);
    expect(await store.forWorkspace(B.teamId).installation()).toContain(B.token);
    await event(B.teamId, { type: 'tokens_revoked', tokens: { bot: [`U0BOT${B.teamId}`] } });
    await new Promise((r) => setTimeout(r, 50));
    await slack.inflight.idle(3000);
    expect(await place.rows(`SELECT * FROM questions WHERE team_id = '${B.teamId}'`)).toEqual([]);
    expect(await store.forWorkspace(B.teamId).installation()).toBeNull();
  });
});
