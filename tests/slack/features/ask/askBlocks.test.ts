/** The answer card, "did you mean" and starters: structure, Slack's limits, nothing live in quoted text. */
import { describe, expect, it } from 'vitest';
import { answerReply, type Reply, replyTo } from '../../../../src/answers/reply.js';
import { silentLogger } from '../../../../src/log.js';
import { escapeMrkdwn, quoteUserText } from '../../../../src/mrkdwn.js';
import { loadServices } from '../../../../src/services.js';
import { replyMessage } from '../../../../src/slack/features/ask/askBlocks.js';
import { LIMITS } from '../../../../src/slack/plumbing/blockKit.js';
import { SLACK_COMMANDS } from '../../../../src/slack/plumbing/capabilities.js';
import { checkMessage } from '../../../support/checks.js';
import { AUTO_LINK, INJECTIONS, LIVE_MARKUP, questionOfKind } from '../../../support/harness.js';
import { askKindOf } from '../../../../src/slack/features/ask/askActions.js';
import { voteButtons } from '../../../../src/slack/features/feedback/feedbackBlocks.js';

const services = loadServices({ logger: silentLogger });
const { kb, engine } = services;

describe('replyMessage', () => {
  it('builds every entry\'s answer within Slack limits: answer, source, follow-ups, feedback', () => {
    for (const entry of kb.entries) {
      const { text, blocks } = replyMessage(answerReply(kb, entry, 0.9, entry.questions[0]), { voteButtons: (vote) => voteButtons(vote) });
      checkMessage(blocks);
      expect(blocks.map((b) => b.type)).toEqual(
        entry.related.length > 0 ? ['section', 'context', 'context', 'actions', 'actions'] : ['section', 'context', 'actions'],
      );
      expect(blocks.at(-1)?.block_id).toBe('feedback');
      expect(text).not.toContain('*');
      expect(text).not.toMatch(/<[a-z!@#]/i);
      expect(text).toContain(escapeMrkdwn(entry.source));
    }
  });

  it('clarify: the text and at most 3 choice buttons, no feedback', () => {
    const reply = replyTo(engine.ask(questionOfKind(services, 'clarify')), kb, SLACK_COMMANDS);
    expect(reply.kind).toBe('clarify');
    const { blocks } = replyMessage(reply);
    checkMessage(blocks);
    const buttons = blocks.filter((b) => b.type === 'actions').flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(buttons.length).toBeGreaterThan(1);
    expect(buttons.length).toBeLessThanOrEqual(3);
    expect(buttons.every((b) => b.type === 'button' && askKindOf(b.action_id!) === 'clarify')).toBe(true);
  });

  it('fallback and small talk: text plus starter buttons', () => {
    for (const q of [questionOfKind(services, 'fallback'), 'hello', '']) {
      const { blocks } = replyMessage(replyTo(engine.ask(q), kb, SLACK_COMMANDS));
      checkMessage(blocks);
      expect(blocks[0]?.type).toBe('section');
      const buttons = blocks.filter((b) => b.type === 'actions').flatMap((b) => (b.type === 'actions' ? b.elements : []));
      expect(buttons.length, q).toBeGreaterThan(0);
      expect(buttons.every((b) => b.type === 'button' && askKindOf(b.action_id!) === 'starter'), q).toBe(true);
    }
  });

  it('caps long text, long button labels, many suggestions and huge values', () => {
    const long: Reply = {
      kind: 'answer',
      matched: true,
      confidence: 0.8,
      entry: { ...kb.entries[0]!, answer: 'word '.repeat(5000) },
      sources: [kb.entries[0]!],
      text: ('A paragraph of text. '.repeat(200) + '\n\n').repeat(10),
      suggestions: Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, question: `A very long question label number ${i} `.repeat(5), label: `A very long label ${i} `.repeat(5) })),
      question: 'q'.repeat(5000),
    };
    const { blocks, text } = replyMessage(long);
    checkMessage(blocks);
    expect(text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    expect(blocks.filter((b) => b.type === 'section').length).toBeGreaterThan(1);
  });

  it('quotes the asked question escaped, so it can never notify or link', () => {
    const reply = replyTo(engine.ask('what is m2m'), kb, SLACK_COMMANDS);
    const { blocks } = replyMessage(reply, { asked: '<!channel> <https://evil.example|x> @here' });
    const asked = JSON.stringify(blocks[0]);
    expect(asked).not.toMatch(/<!channel>|<https?:/);
    expect(asked).toContain('&lt;!channel&gt;');
  });

  it('quoteUserText leaves nothing live and nothing Slack would link by itself', () => {
    for (const raw of INJECTIONS) {
      const typed = raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const quoted = quoteUserText(typed);
      expect(quoted).not.toMatch(LIVE_MARKUP);
      expect(quoted).not.toMatch(AUTO_LINK);
      expect(quoted.replace(/\u200B/g, '')).toBe(typed.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    }
    expect(quoteUserText('x'.repeat(300), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
