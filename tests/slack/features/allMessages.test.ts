/** Every feature's messages: valid Block Kit, fallback text, and button labels any Slack client shows whole. */
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log.js';
import { loadServices } from '../../../src/services.js';
import { chooserOutdatedMessage, howToAskMessage, shareFailedMessage } from '../../../src/slack/features/chooser/chooserBlocks.js';
import { quizOutdatedMessage } from '../../../src/slack/features/quiz/quizBlocks.js';
import { helpMessage } from '../../../src/slack/features/slashCommand/slashCommandBlocks.js';
import { statsMessage, statsRefusedMessage } from '../../../src/slack/features/stats/statsBlocks.js';
import { welcomeMessage } from '../../../src/slack/features/welcome/welcomeBlocks.js';
import { errorMessage, outdatedClickMessage } from '../../../src/slack/plumbing/commonMessages.js';
import { answerReply, replyTo } from '../../../src/answers/reply.js';
import { topics } from '../../../src/knowledge/types.js';
import { startQuiz } from '../../../src/quiz/index.js';
import { replyMessage } from '../../../src/slack/features/ask/askBlocks.js';
import { chooserMessage } from '../../../src/slack/features/chooser/chooserBlocks.js';
import { voteButtons } from '../../../src/slack/features/feedback/feedbackBlocks.js';
import { homeView } from '../../../src/slack/features/home/homeBlocks.js';
import { quizMessage } from '../../../src/slack/features/quiz/quizBlocks.js';
import { SLACK_COMMANDS } from '../../../src/slack/plumbing/capabilities.js';
import { actionIdsOf, checkMessage } from '../../support/checks.js';

const services = loadServices({ logger: silentLogger });
const { kb, engine, chooser, quiz } = services;

describe('other messages and views', () => {
  it('help, notices, stats and the welcome DM are valid messages with fallback text', () => {
    const fixed = [
      helpMessage('/iot-or-m2m'),
      howToAskMessage('/iot-or-m2m'),
      statsMessage('*Feedback all time:* 0 questions', 'cannot open the database'),
      statsRefusedMessage(),
      welcomeMessage('/iot-or-m2m'),
      chooserOutdatedMessage('stale'),
      chooserOutdatedMessage('tampered'),
      quizOutdatedMessage('stale'),
      ...(['dm', 'not_member', 'not_allowed', 'failed'] as const).map((p) => shareFailedMessage(p, '/iot-or-m2m')),
      errorMessage(),
      outdatedClickMessage(),
    ];
    for (const m of fixed) {
      checkMessage(m.blocks);
      expect(m.text.length).toBeGreaterThan(0);
      expect(JSON.stringify(m.blocks)).not.toMatch(/<[a-z]/i);
      // The notification text is parsed by Slack too: nothing in it may look like markup.
      expect(m.text).not.toMatch(/<[a-z!@#]/i);
    }
  });

  it('help offers the chooser and the quiz as buttons', () => {
    const ids = actionIdsOf(helpMessage('/iot-or-m2m').blocks);
    expect(ids).toEqual(['chooser:start', 'quiz:start']);
  });
});

describe('button labels', () => {
  /** Some Slack clients cut a button's text at about this many characters. */
  const READABLE = 30;

  it(`stay within ${READABLE} characters in every message the app builds from the real knowledge base`, () => {
    const messages = [
      helpMessage('/iot-or-m2m', { admin: true }),
      welcomeMessage('/iot-or-m2m'),
      outdatedClickMessage(),
      chooserOutdatedMessage('stale'),
      quizOutdatedMessage('tampered'),
      ...kb.entries.map((entry) => replyMessage(answerReply(kb, entry, 1), { voteButtons })),
      ...kb.entries.map((entry) => replyMessage(replyTo(engine.ask(entry.questions[0]!), kb, SLACK_COMMANDS), { voteButtons })),
      replyMessage(replyTo(engine.ask('how do I bake bread?'), kb, SLACK_COMMANDS)),
      ...Array.from({ length: chooser.questions.length + 1 }, (_, n) => chooserMessage(chooser, kb, Array(n).fill('yes'))),
      ...Array.from({ length: 6 }, (_, n) => {
        const run = startQuiz(quiz, () => n / 6);
        return quizMessage(quiz, kb, { ...run, answers: run.questions.map(() => 0) });
      }),
    ];
    const views = [homeView({ kb, command: '/iot-or-m2m', state: {} }), ...topics(kb).map((t) => homeView({ kb, command: '/iot-or-m2m', state: { browse: true, topic: t.topic } }))];
    const labels = [...messages.flatMap((m) => m.blocks), ...views.flatMap((v) => v.blocks)].flatMap((b) => (b.type === 'actions' ? b.elements : [])).map((e) => ('text' in e && e.text ? e.text.text : ''));
    expect(labels.length).toBeGreaterThan(100);
    expect(labels.filter((label) => label.length > READABLE)).toEqual([]);
  });
});
