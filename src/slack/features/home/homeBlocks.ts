/**
 * The App Home tab. Pure: knowledge base and the user's Home state in,
 * view out. The primer is taken from knowledge-base entries (looked up by
 * id; a missing entry drops its part of the primer), so it says what the
 * answers say. The state (last quiz score, open topic) is kept in the view's
 * own private_metadata: Slack stores it with the user's Home tab and sends it
 * back with app_home_opened and every click, so the app keeps nothing.
 */
import { sentences } from '../../../answers/text.js';
import { topics, type KnowledgeBase } from '../../../knowledge/types.js';
import { actions, button, context, divider, fields, finalize, header, LIMITS, sections, truncate, type Button, type HomeView, type KnownBlock } from '../../plumbing/blockKit.js';
import { entryButtons, questionSearchElement, startChooserButton, startQuizButton } from '../../plumbing/launchButtons.js';
import { homeActionId } from './homeActions.js';

/** The entries the primer is written from. */
export const PRIMER_ENTRIES = {
  iot: 'iot-definition',
  m2m: 'm2m-definition',
  differences: 'difference-summary',
  choose: 'which-to-choose',
  m2mWhen: 'm2m-when',
  iotWhen: 'iot-when',
} as const;

export interface HomeState {
  /** The user's last quiz score. */
  quiz?: { score: number; total: number };
  /** The topic list is open. */
  browse?: boolean;
  /** The topic whose entries are listed. */
  topic?: string;
}

export interface HomeData {
  kb: KnowledgeBase;
  /** The slash command, e.g. "/iot-or-m2m". */
  command: string;
  state?: HomeState;
  /** The admins' section (knowledge gaps, what was taught), shown above how to ask; empty for everyone else. */
  admin?: KnownBlock[];
}

/** Topic buttons on the tab, at most (two actions blocks); a longer list says how many more there are. */
export const MAX_HOME_TOPICS = 2 * LIMITS.actionsElements;
/** Entry buttons listed for the open topic, at most (four actions blocks). */
export const MAX_HOME_TOPIC_ENTRIES = 4 * LIMITS.actionsElements;

/** The first `count` sentences of a text. */
export function firstSentences(text: string, count: number): string {
  return sentences(text).slice(0, count).join(' ');
}

/** The "• …" lines of an answer, or the whole answer when it has none. */
export function bulletLines(text: string): string {
  const bullets = text.split('\n').filter((l) => /^\s*[•\-*]\s/.test(l));
  return (bullets.length > 0 ? bullets.map((l) => `• ${l.replace(/^\s*[•\-*]\s+/, '')}`) : [text.trim()]).join('\n');
}

/** The Home tab: the blocks, checked for Slack's limits, and the state to remember. */
export function homeView(data: HomeData): HomeView & { blocks: KnownBlock[]; private_metadata: string } {
  return { type: 'home', blocks: finalize(homeBlocks(data), LIMITS.viewBlocks), private_metadata: encodeHomeState(data.state ?? {}) };
}

/** Buttons in actions blocks of at most 25, with block ids `${blockId}_0`, `${blockId}_1`, … */
function buttonRows(buttons: Button[], blockId: string): KnownBlock[] {
  const rows: KnownBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.actionsElements) rows.push(actions(buttons.slice(i, i + LIMITS.actionsElements), `${blockId}_${i / LIMITS.actionsElements}`));
  return rows;
}

/**
 * The Home tab's blocks. Within Slack's view limits by construction, for any
 * knowledge base: every long text is cut to one section, and the topic and
 * entry lists are capped, so the tab never has to be cut and always ends with
 * how to ask.
 */
export function homeBlocks(data: HomeData): KnownBlock[] {
  const { kb, command } = data;
  const state = data.state ?? {};
  const answer = (id: string): string | undefined => kb.byId.get(id)?.answer.trim();
  const blocks: KnownBlock[] = [
    header('IoT or M2M?'),
    ...sections(
      'I explain the difference between the *Internet of Things* and *machine-to-machine* communication, and help you pick the right one for a project. Here is the short version, from the article.',
      'home_intro',
    ),
  ];

  // IoT and M2M in two lines each, side by side.
  const iot = answer(PRIMER_ENTRIES.iot);
  const m2m = answer(PRIMER_ENTRIES.m2m);
  const definitions = [iot && `*IoT in two lines*\n${firstSentences(iot, 2)}`, m2m && `*M2M in two lines*\n${firstSentences(m2m, 2)}`].filter((t): t is string => Boolean(t));
  if (definitions.length > 0) blocks.push(fields(definitions, 'home_definitions'));

  const differences = answer(PRIMER_ENTRIES.differences);
  if (differences) {
    const lines = sentences(differences).map((s) => `• ${s}`);
    blocks.push(...sections(truncate(`*Key differences*\n${lines.join('\n')}`, LIMITS.sectionText), 'home_differences'));
  }

  // When to pick which: the article's advice, then both lists of criteria side by side.
  const choose = answer(PRIMER_ENTRIES.choose);
  const m2mWhen = answer(PRIMER_ENTRIES.m2mWhen);
  const iotWhen = answer(PRIMER_ENTRIES.iotWhen);
  if (choose || m2mWhen || iotWhen) {
    blocks.push(...sections(truncate(`*When to pick which*${choose ? `\n${firstSentences(choose, 2)}` : ''}`, LIMITS.sectionText), 'home_choose'));
    const when = [m2mWhen && `*Pick M2M when*\n${bulletLines(m2mWhen)}`, iotWhen && `*Pick IoT when*\n${bulletLines(iotWhen)}`].filter((t): t is string => Boolean(t));
    if (when.length > 0) blocks.push(fields(when, 'home_when'));
  }

  blocks.push(
    divider(),
    {
      type: 'section',
      block_id: 'home_search',
      text: { type: 'mrkdwn', text: '*Search the questions.* Type a few letters, even half a word; I answer in our direct messages.' },
      accessory: questionSearchElement(),
    },
    actions(
      [
        startChooserButton({ style: 'primary', accessibilityLabel: 'Work out whether IoT or M2M fits your project' }),
        startQuizButton(),
        button({ text: state.browse ? 'Hide topics' : 'Browse topics', actionId: homeActionId({ kind: 'browse' }), value: state.browse ? 'hide' : 'show' }),
      ],
      'home_actions',
    ),
    context(
      state.quiz
        ? `*Your last quiz score:* ${state.quiz.score} of ${state.quiz.total}. Take the quiz again to beat it.`
        : 'Take the quiz to see your score here. The chooser and the quiz run in our direct messages.',
      'home_quiz_score',
    ),
  );

  if (state.browse) {
    const list = topics(kb);
    const open = list.find((t) => t.topic === state.topic);
    blocks.push(...sections('*Topics.* Pick one to see its questions; I answer in our direct messages.', 'home_topics_label'));
    const shown = list.slice(0, MAX_HOME_TOPICS);
    blocks.push(
      ...buttonRows(
        shown.map((t, i) => button({ text: t.topic, actionId: homeActionId({ kind: 'topic', index: i }), value: t.topic, ...(t === open ? { style: 'primary' as const } : {}) })),
        'home_topics',
      ),
    );
    if (list.length > shown.length) blocks.push(context(`…and ${list.length - shown.length} more topics. Ask me about them directly.`, 'home_topics_more'));
    if (open) {
      blocks.push(...sections(truncate(`*${open.topic}*`, LIMITS.sectionText), 'home_topic_title'));
      const entries = open.entries.slice(0, MAX_HOME_TOPIC_ENTRIES);
      blocks.push(...buttonRows(entryButtons(entries), 'home_topic_entries'));
      if (open.entries.length > entries.length) blocks.push(context(`…and ${open.entries.length - entries.length} more in this topic. Ask me about them directly.`, 'home_topic_more'));
    }
  }

  blocks.push(...(data.admin ?? []));
  blocks.push(
    divider(),
    context(
      `*How to ask me:* send me a direct message (the *Messages* tab above), mention @iot-or-m2m in a channel and I answer in a thread, or type \`${command} your question\` anywhere. \`${command}\` alone starts the chooser, \`${command} quiz\` the quiz.`,
      'home_how_to_ask',
    ),
    context(`${kb.entries.length} answers, each with its source in the article.`, 'home_footer'),
  );
  return blocks;
}

const MAX_QUIZ_TOTAL = 50;

/** The Home state as the view's private_metadata (compact JSON, well under 3000 characters). */
export function encodeHomeState(state: HomeState): string {
  const data: Record<string, unknown> = {};
  if (state.quiz) data.q = [state.quiz.score, state.quiz.total];
  if (state.browse) data.b = 1;
  if (state.browse && state.topic) data.t = truncate(state.topic, 200);
  return JSON.stringify(data);
}

/** Reads private_metadata back; anything unexpected is dropped (it is only display state). */
export function decodeHomeState(raw: unknown): HomeState {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > LIMITS.privateMetadata) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const { q, b, t } = data as Record<string, unknown>;
  const state: HomeState = {};
  if (Array.isArray(q) && q.length === 2) {
    const [score, total] = q as unknown[];
    if (Number.isInteger(score) && Number.isInteger(total) && (score as number) >= 0 && (total as number) > 0 && (score as number) <= (total as number) && (total as number) <= MAX_QUIZ_TOTAL) {
      state.quiz = { score: score as number, total: total as number };
    }
  }
  if (b === 1) state.browse = true;
  if (state.browse && typeof t === 'string' && t.length > 0 && t.length <= 200) state.topic = t;
  return state;
}
