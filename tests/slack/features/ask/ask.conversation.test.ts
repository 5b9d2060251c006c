/**
 * What the bot reads in a message, end to end through Bolt: follow-ups read
 * with the conversation's last turn (kept in a real SQLite store, so another
 * instance or a restart would read it too), scenarios with "Refine in the
 * chooser", two questions in one, and questions the article does not cover.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeChooserState } from '../../../../src/chooser/index.js';
import { silentLogger } from '../../../../src/log.js';
import { escapeMrkdwn } from '../../../../src/mrkdwn.js';
import { RESUME_CHOOSER_ACTION } from '../../../../src/slack/plumbing/launchButtons.js';
import { openSqliteStore } from '../../../../src/store/sqliteStore.js';
import type { Store } from '../../../../src/store/store.js';
import { buttonsOf, type Harness, startHarness, textOf } from '../../../support/harness.js';
import { CHANNEL, dm, mention, nextTs } from '../../../support/payloads.js';

let dir: string;
let store: Store;
let h: Harness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iot-or-m2m-conversation-'));
  store = openSqliteStore({ path: join(dir, 'feedback.db'), logger: silentLogger });
  h = await startHarness({ services: { store } });
});
afterEach(async () => {
  await h.settle();
  h.fake.reset();
});
afterAll(async () => {
  expect(h.fake.blocked).toEqual([]);
  await h.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ask(event: Parameters<Harness['sendEvent']>[0]) {
  await h.sendEvent(event);
  const [reply] = await h.fake.waitFor('chat.postMessage');
  h.fake.reset();
  return reply!;
}

const answerOf = (id: string) => h.services.kb.byId.get(id)!.answer.trim().slice(0, 60);

describe('follow-ups', () => {
  it('in a DM, "and iot?" asks the question before about the other side', async () => {
    const channel = 'D0FOLLOW';
    await ask(dm('what does m2m stand for?', { channel }));
    const reply = await ask(dm('and iot?', { channel }));
    expect(textOf(reply.body)).toContain(answerOf('iot-acronym'));
    expect((await store.lastTurn(`${channel}:`))?.entryIds).toEqual(['iot-acronym']);
  });

  it('in a thread, a follow-up mention is read with the thread; another thread is not', async () => {
    const thread = nextTs();
    await ask(mention('who wrote the article?', { ts: thread }));
    const inThread = await ask(mention('when?', { thread_ts: thread }));
    expect(inThread.body.thread_ts).toBe(thread);
    expect(textOf(inThread.body)).toContain(answerOf('source-date'));
    const elsewhere = await ask(mention('when?', { channel: CHANNEL }));
    expect(textOf(elsewhere.body)).not.toContain(answerOf('source-date'));
  });
});

describe('scenarios', () => {
  it('recommends a side, says what it read as which criterion, and opens the chooser with those answers filled in', async () => {
    const reply = await ask(dm('We run eight pumps at a remote quarry with no wifi, each pump reports to its own controller. IoT or M2M?', { channel: 'D0SCEN' }));
    const text = textOf(reply.body);
    expect(text).toContain('M2M looks like the better fit');
    expect(text).toMatch(/“no wifi”/);
    expect(text).toContain(escapeMrkdwn(h.services.kb.byId.get('m2m-fit-no-wifi')!.source));
    const refine = buttonsOf(reply.body).find((b) => b.action_id === RESUME_CHOOSER_ACTION)!;
    const state = decodeChooserState(h.services.chooser, refine.value);
    expect(state.ok && state.answers.filter((a) => a === 'yes').length).toBeGreaterThanOrEqual(2);

    await h.clickButton(reply, RESUME_CHOOSER_ACTION, { channel: 'D0SCEN' });
    const [chooser] = await h.fake.waitFor('chat.postMessage');
    const answered = state.ok ? state.answers.length : 0;
    expect(String(chooser!.body.text)).toMatch(new RegExp(`^Question ${answered + 1} of ${h.services.chooser.questions.length}`));
  });
});

describe('two questions, and what the article does not cover', () => {
  it('answers both questions of a message, each with its source', async () => {
    const reply = await ask(dm('What does M2M stand for, and which industries use IoT?', { channel: 'D0TWO' }));
    const text = textOf(reply.body);
    expect(text).toContain(answerOf('m2m-acronym'));
    expect(text).toContain(answerOf('iot-industries'));
    expect(text).toContain(`Source: ${escapeMrkdwn(h.services.kb.byId.get('iot-industries')!.source)}`);
  });

  it('declines a near miss by name, without a confident answer about something else', async () => {
    const reply = await ask(dm('How does SCADA fit into an M2M setup?', { channel: 'D0NEAR' }));
    expect(textOf(reply.body)).toContain("The article doesn't cover SCADA and PLCs");
  });
});
