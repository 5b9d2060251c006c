/**
 * The App Home tab: the pure builder (primer from the knowledge base, Slack
 * limits, unique action ids, graceful fallback) and, end to end,
 * app_home_opened → views.publish, Browse topics → a topic → an answer in the DM.
 */
import { describe, expect, it } from 'vitest';
import { SLASH_COMMAND } from '../../../../src/commands.js';
import { entryLabel, type KnowledgeBase, topics } from '../../../../src/knowledge/types.js';
import { silentLogger } from '../../../../src/log.js';
import { loadServices } from '../../../../src/services.js';
import { decodeHomeState, encodeHomeState, firstSentences, homeBlocks, type HomeState, homeView, MAX_HOME_TOPIC_ENTRIES, MAX_HOME_TOPICS, PRIMER_ENTRIES } from '../../../../src/slack/features/home/homeBlocks.js';
import { LIMITS } from '../../../../src/slack/plumbing/blockKit.js';
import { SEARCH_ACTION } from '../../../../src/slack/plumbing/launchButtons.js';
import { actionIdsOf, checkMessage, textsOf } from '../../../support/checks.js';
import { OPENED_DM, type RecordedCall } from '../../../support/fakeSlack.js';
import { buttonsOf, textOf, useHarness } from '../../../support/harness.js';
import { HUMAN, nextTs } from '../../../support/payloads.js';

const { kb } = loadServices({ logger: silentLogger });

/**
 * Checks the builder's own output, before finalize (which would cut it to
 * fit): within Slack's limits, every id unique, and the parts that must never
 * be cut (the three buttons, how to ask) present. Then the view as sent.
 */
function checkView(state: HomeState, base: KnowledgeBase = kb) {
  const built = homeBlocks({ kb: base, command: SLASH_COMMAND, state });
  expect(built.length).toBeLessThanOrEqual(LIMITS.viewBlocks);
  checkMessage(built, LIMITS.viewBlocks);
  for (const t of textsOf(built)) expect(t.length).toBeLessThanOrEqual(LIMITS.sectionText);
  for (const b of built) if (b.type === 'actions') expect(b.elements.length).toBeLessThanOrEqual(LIMITS.actionsElements);
  expect(actionIdsOf(built).slice(0, 3)).toEqual(['chooser:start', 'quiz:start', 'home:browse']);
  expect(textsOf(built).some((t) => t.startsWith('*How to ask me:*'))).toBe(true);

  const view = homeView({ kb: base, command: SLASH_COMMAND, state });
  expect(view.type).toBe('home');
  // Nothing was cut: the view is exactly what the builder built.
  expect(view.blocks).toEqual(built);
  expect(view.private_metadata.length).toBeLessThanOrEqual(LIMITS.privateMetadata);
  return view;
}

describe('homeView (pure)', () => {
  it('has the question search box, which Slack fills from the search feature', () => {
    const search = homeBlocks({ kb, command: SLASH_COMMAND, state: {} }).find((b) => b.block_id === 'home_search');
    expect(search?.type === 'section' && search.accessory).toMatchObject({ type: 'external_select', action_id: SEARCH_ACTION, min_query_length: 2 });
  });

  it('is within Slack limits in every state without being cut: ≤100 blocks, texts ≤3000, unique ids, how to ask and the three buttons', () => {
    checkView({});
    checkView({ quiz: { score: 3, total: 5 } });
    checkView({ browse: true });
    for (const { topic } of topics(kb)) checkView({ browse: true, topic, quiz: { score: 5, total: 5 } });
  });

  it('derives the primer from the knowledge base: IoT and M2M in two sentences, differences, when to pick which', () => {
    const text = textsOf(homeView({ kb, command: SLASH_COMMAND }).blocks).join('\n');
    const answer = (id: string) => kb.byId.get(id)!.answer.trim();
    expect(text).toContain(`*IoT in two lines*\n${firstSentences(answer(PRIMER_ENTRIES.iot), 2)}`);
    expect(text).toContain(`*M2M in two lines*\n${firstSentences(answer(PRIMER_ENTRIES.m2m), 2)}`);
    expect(text).toContain('*Key differences*');
    expect(text).toContain('*Pick M2M when*');
    expect(text).toContain('*Pick IoT when*');
    expect(text).toContain(firstSentences(answer(PRIMER_ENTRIES.choose), 1));
    // How to ask, and how to get a quiz score.
    expect(text).toMatch(/direct message.*mention.*\/iot-or-m2m your question/s);
    expect(text).toContain('Take the quiz to see your score here');
  });

  it('has Start the chooser, Take the quiz and Browse topics; the topic list and a topic\'s entries on demand', () => {
    expect(actionIdsOf(homeView({ kb, command: SLASH_COMMAND }).blocks)).toEqual(['chooser:start', 'quiz:start', 'home:browse']);
    const list = topics(kb);
    const browsing = homeView({ kb, command: SLASH_COMMAND, state: { browse: true } });
    expect(actionIdsOf(browsing.blocks).filter((id) => id.startsWith('home:topic:'))).toHaveLength(list.length);
    const open = list[list.length - 1]!;
    const view = homeView({ kb, command: SLASH_COMMAND, state: { browse: true, topic: open.topic } });
    const entryButtons = buttonsOf(view as unknown as Record<string, unknown>).filter((b) => b.action_id.startsWith('ask:entry:'));
    expect(entryButtons.map((b) => b.value)).toEqual(open.entries.map((e) => e.id));
  });

  it('shows the last quiz score when it has one', () => {
    expect(textsOf(homeView({ kb, command: SLASH_COMMAND, state: { quiz: { score: 4, total: 5 } } }).blocks).join('\n')).toContain('Your last quiz score:* 4 of 5');
  });

  it('falls back gracefully when primer entries are missing, and stays valid with a huge knowledge base', () => {
    const primerIds = new Set<string>(Object.values(PRIMER_ENTRIES));
    const entries = kb.entries.filter((e) => !primerIds.has(e.id));
    const without: KnowledgeBase = { ...kb, entries, byId: new Map(entries.map((e) => [e.id, e])) };
    const view = checkView({ browse: true, topic: entries[0]!.topic! }, without);
    const text = textsOf(view.blocks).join('\n');
    expect(text).not.toContain('IoT in two lines');
    expect(text).not.toContain('Key differences');
    expect(actionIdsOf(view.blocks)).toContain('chooser:start');

    // 80 topics (more than fit), one with 300 entries (more than fit), primer answers of 15,000 characters, one without any sentence break.
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...kb.entries[i % kb.entries.length]!, id: `e-${i}`, topic: i < 300 ? 'Big topic' : `Topic ${i % 79} ${'x'.repeat(100)}`, questions: [`${'Q'.repeat(300)} ${i}`], answer: 'word. '.repeat(2000) }));
    const long = (e: (typeof kb.entries)[number], i: number) => ({ ...e, answer: i % 2 ? 'Long sentence. '.repeat(1000) : 'x'.repeat(15_000) });
    const huge: KnowledgeBase = { ...kb, entries: many, byId: new Map([...many.map((e) => [e.id, e] as const), ...kb.entries.map((e, i) => [e.id, long(e, i)] as const)]) };
    expect(topics(huge).length).toBeGreaterThan(MAX_HOME_TOPICS);
    const big = checkView({ browse: true, topic: 'Big topic' }, huge);
    expect(actionIdsOf(big.blocks).filter((id) => id.startsWith('home:topic:'))).toHaveLength(MAX_HOME_TOPICS);
    expect(actionIdsOf(big.blocks).filter((id) => id.startsWith('ask:entry:'))).toHaveLength(MAX_HOME_TOPIC_ENTRIES);
    expect(textsOf(big.blocks).join('\n')).toMatch(/more topics[\s\S]*more in this topic/);
  });

  it('private_metadata round-trips and junk is ignored', () => {
    const state: HomeState = { quiz: { score: 2, total: 5 }, browse: true, topic: 'Choosing' };
    expect(decodeHomeState(encodeHomeState(state))).toEqual(state);
    expect(decodeHomeState(encodeHomeState({ topic: 'ignored without browse' }))).toEqual({});
    for (const junk of [undefined, '', 'x', '[]', 'null', '{"q":[9,5]}', '{"q":[-1,5]}', '{"q":["1",5]}', '{"b":true}', 'x'.repeat(4000)]) {
      expect(decodeHomeState(junk)).toEqual({});
    }
  });
});

describe('App Home end to end', () => {
  const h = useHarness();

  async function open(view?: { private_metadata: string }): Promise<RecordedCall> {
    await h.sendEvent({ type: 'app_home_opened', user: HUMAN, channel: 'D0HOME', tab: 'home', event_ts: nextTs(), ...(view ? { view: { id: 'V0HOME', type: 'home', blocks: [], ...view } } : {}) });
    const [publish] = await h.fake.waitFor('views.publish');
    return publish!;
  }

  async function click(call: RecordedCall, actionId: string, method = 'views.publish'): Promise<RecordedCall> {
    h.fake.reset();
    await h.clickButton(call, actionId);
    const [next] = await h.fake.waitFor(method);
    return next!;
  }

  it('app_home_opened publishes exactly what the builder builds', async () => {
    const publish = await open();
    expect(publish.body.user_id).toBe(HUMAN);
    expect(publish.body.view).toEqual(JSON.parse(JSON.stringify(homeView({ kb: h.services.kb, command: SLASH_COMMAND, state: {} }))));
  });

  it('keeps the last quiz score the previous view remembered', async () => {
    const publish = await open({ private_metadata: encodeHomeState({ quiz: { score: 4, total: 5 } }) });
    expect(publish.body.view).toEqual(JSON.parse(JSON.stringify(homeView({ kb: h.services.kb, command: SLASH_COMMAND, state: { quiz: { score: 4, total: 5 } } }))));
    expect(textOf(publish.body.view as Record<string, unknown>)).toContain('4 of 5');
  });

  it('Browse topics lists the topics; a topic lists its entries; an entry\'s answer comes in the DM', async () => {
    const home = await open({ private_metadata: encodeHomeState({ quiz: { score: 1, total: 5 } }) });
    const browsing = await click(home, 'home:browse');
    const list = topics(h.services.kb);
    const topicButtons = buttonsOf(browsing.body.view as Record<string, unknown>).filter((b) => b.action_id.startsWith('home:topic:'));
    expect(topicButtons.map((b) => b.text)).toEqual(list.map((t) => t.topic));

    const chosen = list[1] ?? list[0]!;
    const opened = await click(browsing, `home:topic:${list.indexOf(chosen)}`);
    const view = opened.body.view as Record<string, unknown>;
    const entries = buttonsOf(view).filter((b) => b.action_id.startsWith('ask:entry:'));
    expect(entries.map((b) => b.value)).toEqual(chosen.entries.map((e) => e.id));
    expect(entries.map((b) => b.text)).toEqual(chosen.entries.map((e) => entryLabel(e)));
    // The quiz score survives the navigation.
    expect(decodeHomeState(view.private_metadata)).toEqual({ quiz: { score: 1, total: 5 }, browse: true, topic: chosen.topic });

    const entry = chosen.entries[chosen.entries.length - 1]!;
    const answer = await click(opened, `ask:entry:${chosen.entries.length - 1}`, 'chat.postMessage');
    expect(answer.body.channel).toBe(OPENED_DM);
    expect(textOf(answer.body)).toContain(entry.answer.trim());
    expect(h.fake.callsTo('conversations.open')[0]?.body.users).toBe(HUMAN);

    const hidden = await click(opened, 'home:browse');
    expect(decodeHomeState((hidden.body.view as Record<string, unknown>).private_metadata)).toEqual({ quiz: { score: 1, total: 5 } });
  });

  it('a views.publish failure is logged, never thrown', async () => {
    h.fake.failNext('views.publish', 'internal_error');
    await open();
    await h.settle();
    expect(h.logs.some((l) => l.includes('slack.home_failed') && l.includes('internal_error'))).toBe(true);
  });
});
