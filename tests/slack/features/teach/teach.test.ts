/**
 * Teaching end to end, through signed requests to the real Bolt app and the
 * fake Web API, on a real SQLite file: a question nobody could answer shows
 * up on an admin's Home tab, the admin adds it to an entry in a modal, and
 * the next person asking gets that entry, with no restart; still after a
 * restart; `npm run kb:export` writes it into the YAML; Undo takes it back.
 * Forged clicks, entry searches and submissions by non-admins are refused.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as kbExport } from '../../../../src/cli/kbExport.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../../src/knowledge/load.js';
import { silentLogger } from '../../../../src/log.js';
import { loadServices, type Services } from '../../../../src/services.js';
import { ADD_TO_ENTRY_VIEW, ENTRY_PICKER_ACTION, NEW_ENTRY_VIEW } from '../../../../src/slack/features/teach/teachBlocks.js';
import { openSqliteStore } from '../../../../src/store/sqliteStore.js';
import type { Store } from '../../../../src/store/store.js';
import { tempDir } from '../../../feedback/helpers.js';
import type { RecordedCall } from '../../../support/fakeSlack.js';
import { TEAM_ID } from '../../../support/fakeSlack.js';
import { AUTO_LINK, buttonsOf, LIVE_MARKUP, messageOf, startHarness, textOf, type Harness } from '../../../support/harness.js';
import { APP_ID, dm, nextTs } from '../../../support/payloads.js';

const ADMIN = 'U0ADMIN';
const ASKER = 'U0ASKER';
const OTHER = 'U0OTHER';
const GAP = 'does each widget marry exactly one partner';
const TARGET = 'm2m-point-to-point';

let folder: ReturnType<typeof tempDir>;
let path: string;
let store: Store;
let services: Services;
let h: Harness;

async function start(): Promise<void> {
  store = openSqliteStore({ path, hashKey: 'k'.repeat(40), logger: silentLogger });
  services = loadServices({ logger: silentLogger, store });
  // As src/app.ts does at start: what was taught applies from the first question.
  await services.startTeachingSync();
  h = await startHarness({ base: services, services: { store }, features: { adminUserIds: [ADMIN] } });
}

async function stop(): Promise<void> {
  await h.close();
  await store.close();
}

beforeAll(async () => {
  folder = tempDir('teach-');
  path = join(folder.dir, 'bot.db');
  await start();
});

afterAll(async () => {
  await stop();
  folder.cleanup();
});

/** Sends a DM from `user` and returns the reply's text. */
async function ask(question: string, user: string): Promise<string> {
  h.fake.reset();
  await h.sendEvent(dm(question, { user, channel: `D0${user}` }));
  const [reply] = await h.fake.waitFor('chat.postMessage');
  await h.settle();
  return textOf(reply!.body);
}

async function openHome(user: string): Promise<RecordedCall> {
  h.fake.reset();
  await h.sendEvent({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: nextTs() });
  const [publish] = await h.fake.waitFor('views.publish');
  return publish!;
}

function form(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

const who = (id: string) => ({ id, username: id.toLowerCase(), name: id.toLowerCase(), team_id: TEAM_ID });

/** What Slack posts when someone submits a modal with these values. */
async function submit(user: string, callbackId: string, values: Record<string, Record<string, unknown>>, privateMetadata = ''): Promise<Response> {
  const payload = {
    type: 'view_submission',
    team: { id: TEAM_ID, domain: 'test' },
    user: who(user),
    api_app_id: APP_ID,
    token: 'legacy-verification-token',
    trigger_id: '111.222.abc',
    view: { id: 'V0MODAL', type: 'modal', callback_id: callbackId, private_metadata: privateMetadata, state: { values }, hash: 'h1', blocks: [], title: { type: 'plain_text', text: 'x' } },
    response_urls: [],
  };
  return h.post(form(payload), 'application/x-www-form-urlencoded');
}

async function entrySearch(user: string, typed: string): Promise<{ value: string }[]> {
  const payload = { type: 'block_suggestion', user: who(user), container: { type: 'view', view_id: 'V0MODAL' }, api_app_id: APP_ID, token: 'legacy-verification-token', action_id: ENTRY_PICKER_ACTION, block_id: 'entry', value: typed, team: { id: TEAM_ID, domain: 'test' }, view: { id: 'V0MODAL', type: 'modal', callback_id: ADD_TO_ENTRY_VIEW, private_metadata: '', state: { values: {} }, hash: 'h1' } };
  const res = await h.post(form(payload), 'application/x-www-form-urlencoded');
  return ((await res.json()) as { options: { value: string }[] }).options;
}

const plainInput = (value: string) => ({ value: { type: 'plain_text_input', value } });
const picked = (actionId: string, value: string) => ({ [actionId]: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: value }, value } } });
const answerOf = (id: string) => services.kb.byId.get(id)!.answer.trim().slice(0, 40);

describe('teaching from Slack', () => {
  it('an admin adds an unanswered question to an entry, and the next person asking gets that entry, without a restart', async () => {
    expect(await ask(GAP, ASKER)).not.toContain(answerOf(TARGET));

    // Everyone else's Home tab has no teaching; the admin's lists the gap.
    expect(buttonsOf(messageOf(await openHome(ASKER))).some((b) => b.action_id.startsWith('teach:'))).toBe(false);
    const home = await openHome(ADMIN);
    expect(textOf(messageOf(home))).toContain(`“${GAP}”, asked once`);

    await h.clickButton(home, (b) => b.action_id.startsWith('teach:add:'), { userId: ADMIN });
    const [opened] = await h.fake.waitFor('views.open');
    const modal = opened!.body.view as { callback_id: string; private_metadata: string; blocks: { block_id: string; element: { initial_value?: string } }[] };
    expect(modal.callback_id).toBe(ADD_TO_ENTRY_VIEW);
    expect(modal.blocks.find((b) => b.block_id === 'question')?.element.initial_value).toBe(GAP);

    // The entry picker is the fuzzy question search, half-typed words and all.
    expect((await entrySearch(ADMIN, 'point to poin')).map((o) => o.value)).toContain(TARGET);

    h.fake.reset();
    const res = await submit(ADMIN, ADD_TO_ENTRY_VIEW, { entry: { [ENTRY_PICKER_ACTION]: { type: 'external_select', selected_option: { text: { type: 'plain_text', text: 'x' }, value: TARGET } } }, question: plainInput(GAP) }, modal.private_metadata);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    // The Home tab is published again: the gap is gone, the addition is listed with Undo.
    const [refreshed] = await h.fake.waitFor('views.publish');
    expect(textOf(messageOf(refreshed!))).not.toContain(`asked once`);
    expect(textOf(messageOf(refreshed!))).toContain('Taught here');
    expect(buttonsOf(messageOf(refreshed!)).map((b) => b.action_id)).toContain('teach:undo:0');

    expect(await ask(GAP, OTHER)).toContain(answerOf(TARGET));
  });

  it('is refused to anyone not in ADMIN_USER_IDS, on every click, search and submission, and each refusal is logged', async () => {
    const before = (await store.additions())?.length;
    await ask('what is the wattage of a flux widget', ASKER);
    const home = await openHome(ADMIN);
    h.logs.length = 0;
    h.fake.reset();
    for (const kind of ['add', 'new', 'dismiss', 'undo']) {
      const button = buttonsOf(messageOf(home)).find((b) => b.action_id.startsWith(`teach:${kind}:`));
      expect(button, kind).toBeDefined();
      await h.clickButton(home, button!.action_id, { userId: ASKER });
    }
    await h.settle();
    expect(h.fake.callsTo('views.open')).toEqual([]);
    expect(h.fake.callsTo('views.publish')).toEqual([]);
    expect((await store.additions())?.filter((a) => a.undoneAt === null)).toHaveLength(1);
    expect(await store.dismissedGaps()).toEqual(new Set());

    expect(await entrySearch(ASKER, 'point')).toEqual([]);

    const res = await submit(ASKER, ADD_TO_ENTRY_VIEW, { entry: picked(ENTRY_PICKER_ACTION, 'iot-definition'), question: plainInput('a forged way of asking for iot') });
    expect(await res.json()).toEqual({ response_action: 'errors', errors: { entry: expect.stringContaining('Only the admins') } });
    const forgedEntry = await submit(ASKER, NEW_ENTRY_VIEW, { questions: plainInput('forged one\nforged two\nforged three'), answer: plainInput('Forged.'), source: picked('value', 'What is IoT?') });
    expect(((await forgedEntry.json()) as { response_action: string }).response_action).toBe('errors');
    await h.settle();
    expect((await store.additions())?.length).toBe(before);
    expect(h.logs.filter((l) => l.includes('"event":"slack.teach_refused"'))).toHaveLength(7);
  });

  it('shows gaps as typed but never live (mentions, links), and hides one for good when dismissed', async () => {
    const hostile = '<!channel> is zigbee@example.com from https://evil.example a thing <@U0BOSS>';
    await ask(hostile, ASKER);
    const home = await openHome(ADMIN);
    const view = messageOf(home);
    // The teaching section (the settings section above it names the admins, picked in Slack's user picker, as mentions on purpose).
    const teaching = (view.blocks as { block_id?: string }[]).filter((b) => b.block_id?.startsWith('teach_'));
    expect(teaching.length).toBeGreaterThan(2);
    expect(JSON.stringify(teaching)).not.toMatch(LIVE_MARKUP);
    // Slack's markup is taken out of the question before it is recorded; what remains would auto-link, and must not.
    const gapLine = textOf(view).split('\n').find((line) => line.includes('zigbee'));
    expect(gapLine).toBeDefined();
    expect(gapLine).not.toMatch(AUTO_LINK);
    const dismiss = buttonsOf(view).find((b) => b.action_id.startsWith('teach:dismiss:') && b.value.includes('zigbee'));
    expect(dismiss).toBeDefined();
    h.fake.reset();
    await h.clickButton(home, dismiss!.action_id, { userId: ADMIN });
    const [refreshed] = await h.fake.waitFor('views.publish');
    expect(textOf(messageOf(refreshed!))).not.toContain('zigbee');
    // Asked again, it stays dismissed.
    await ask(hostile, OTHER);
    expect(textOf(messageOf(await openHome(ADMIN)))).not.toContain('zigbee');
  });

  it('shows what is wrong with a new entry on the modal’s fields, then adds it when it is right', async () => {
    await ask('what colour are the status lights on the widget box', ASKER);
    const homeWithGap = await openHome(ADMIN);
    await h.clickButton(homeWithGap, (b) => b.action_id.startsWith('teach:new:') && b.value.includes('status lights'), { userId: ADMIN });
    const [opened] = await h.fake.waitFor('views.open');
    const modal = opened!.body.view as { callback_id: string; blocks: { block_id: string; element: { initial_value?: string } }[] };
    expect(modal.callback_id).toBe(NEW_ENTRY_VIEW);
    expect(modal.blocks.find((b) => b.block_id === 'questions')?.element.initial_value).toBe('what colour are the status lights on the widget box');

    const bad = await submit(ADMIN, NEW_ENTRY_VIEW, { questions: plainInput('what colour are the status lights on the widget box\n\n'), answer: plainInput('x'.repeat(1300)), source: picked('value', 'What is IoT?') });
    const { errors } = (await bad.json()) as { errors: Record<string, string> };
    expect(Object.keys(errors).sort()).toEqual(['answer', 'questions']);
    expect(errors.questions).toContain('at least 3');
    // A question the bot declines by name (LoRaWAN is in knowledge/scope.yml) would stay declined: refused, saying why.
    const declined = await submit(ADMIN, NEW_ENTRY_VIEW, { questions: plainInput('is lorawan m2m\nlorawan and m2m\ndoes m2m use lorawan'), answer: plainInput('It does not say.'), source: picked('value', 'What is IoT?') });
    expect(((await declined.json()) as { errors: Record<string, string> }).errors.questions).toMatch(/LoRa and LoRaWAN, which the article does not cover/);
    // Markup that would mention people or link is refused in what is taught.
    const markup = await submit(ADMIN, NEW_ENTRY_VIEW, { questions: plainInput('a\nb c\nd e'), answer: plainInput('Ask <!channel> or see <https://example.com|this>.'), source: picked('value', 'What is IoT?') });
    expect(Object.keys(((await markup.json()) as { errors: Record<string, string> }).errors)).toContain('answer');

    const good = await submit(ADMIN, NEW_ENTRY_VIEW, {
      questions: plainInput('what colour are the status lights on the widget box\nwidget box status light colours\nwhich colour do the widget lights show'),
      answer: plainInput('The article does not say: it never describes any hardware’s lights.'),
      source: picked('value', 'What is IoT?'),
      topic: { value: { type: 'static_select', selected_option: null } },
    });
    expect(await good.text()).toBe('');
    await h.settle();
    expect(await ask('which colour do the widget lights show?', OTHER)).toContain('never describes any hardware');
  });

  it('still answers with what was taught after a restart, and kb:export writes it into the YAML, which kb:check accepts', async () => {
    await stop();
    await start();
    expect(await ask(GAP, OTHER)).toContain(answerOf(TARGET));

    const knowledge = join(folder.dir, 'knowledge');
    cpSync(DEFAULT_KNOWLEDGE_DIR, knowledge, { recursive: true });
    const out: string[] = [];
    await kbExport(['--knowledge', knowledge], { stdout: (t) => out.push(t), env: { DATABASE_PATH: path } });
    expect(out.join('')).toContain('Added 1 way of asking and 1 entry');
    expect(readFileSync(join(knowledge, 'faq', 'm2m.yml'), 'utf8')).toContain(`      - ${GAP}\n`);
    const exported = loadServices({ knowledge, logger: silentLogger });
    expect(exported.kb.byId.get(TARGET)?.questions).toContain(GAP);
    expect(exported.kb.entries.some((e) => e.questions.includes('widget box status light colours'))).toBe(true);
  });

  it('takes an addition back with Undo on the Home tab', async () => {
    const home = await openHome(ADMIN);
    const undo = buttonsOf(messageOf(home)).filter((b) => b.action_id.startsWith('teach:undo:'));
    expect(undo).toHaveLength(2);
    // The newest first: the new entry, then the way of asking.
    h.fake.reset();
    await h.clickButton(home, 'teach:undo:1', { userId: ADMIN });
    await h.fake.waitFor('views.publish');
    expect(await ask(GAP, OTHER)).not.toContain(answerOf(TARGET));
    expect((await store.additions())?.filter((a) => a.undoneAt === null)).toHaveLength(1);
  });
});

describe('teaching without a database', () => {
  it('says on the Home tab that it is off and why, and a submission is refused with the reason, keeping the form', async () => {
    const offline = await startHarness({ base: loadServices({ logger: silentLogger }), features: { adminUserIds: [ADMIN] } });
    try {
      await offline.sendEvent({ type: 'app_home_opened', user: ADMIN, channel: 'D0HOME', tab: 'home', event_ts: nextTs() });
      const [publish] = await offline.fake.waitFor('views.publish');
      expect(textOf(messageOf(publish!))).toContain('Teaching is off: there is no database');
      const payload = { type: 'view_submission', team: { id: TEAM_ID, domain: 'test' }, user: who(ADMIN), api_app_id: APP_ID, token: 't', trigger_id: '1.2.a', view: { id: 'V1', type: 'modal', callback_id: ADD_TO_ENTRY_VIEW, private_metadata: '', state: { values: { entry: picked(ENTRY_PICKER_ACTION, TARGET), question: plainInput(GAP) } }, hash: 'h' } };
      const res = await offline.post(form(payload), 'application/x-www-form-urlencoded');
      expect(await res.json()).toEqual({ response_action: 'errors', errors: { entry: expect.stringContaining('Not saved: there is no database') } });
    } finally {
      await offline.close();
    }
  });
});
