/** Block Kit builders: structure, unique action ids, Slack's limits. */
import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../src/answers/format.js';
import { answerReply, replyTo, type Reply } from '../../src/answers/reply.js';
import { decodeFeedbackValue, encodeFeedbackValue, parseAskActionId, parseFeedbackActionId } from '../../src/blocks/actionIds.js';
import { chooserOutdatedMessage, shareFailedMessage } from '../../src/blocks/chooser.js';
import { actions, button, finalize, LIMITS, sections, splitText, truncate, type KnownBlock } from '../../src/blocks/kit.js';
import { errorMessage, helpMessage, howToAskMessage, statsMessage, statsRefusedMessage } from '../../src/blocks/messages.js';
import { quizOutdatedMessage } from '../../src/blocks/quiz.js';
import { welcomeMessage } from '../../src/blocks/welcome.js';
import { quoteUserText } from '../../src/blocks/mrkdwn.js';
import { feedbackBlocks, replyMessage, voteThanksMessage, withVote } from '../../src/blocks/reply.js';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';
import { SLACK_COMMANDS } from '../../src/slack/capabilities.js';
import { actionIdsOf, checkMessage } from '../support/checks.js';
import { AUTO_LINK, INJECTIONS, LIVE_MARKUP, questionOfKind } from '../support/harness.js';

const services = loadServices({ logger: silentLogger });
const { kb, engine } = services;

describe('replyMessage', () => {
  it('builds every entry\'s answer within Slack limits: answer, source, follow-ups, feedback', () => {
    for (const entry of kb.entries) {
      const { text, blocks } = replyMessage(answerReply(kb, entry, 0.9, entry.questions[0]));
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
    expect(buttons.every((b) => b.type === 'button' && parseAskActionId(b.action_id!)?.kind === 'clarify')).toBe(true);
  });

  it('fallback and small talk: text plus starter buttons', () => {
    for (const q of [questionOfKind(services, 'fallback'), 'hello', '']) {
      const { blocks } = replyMessage(replyTo(engine.ask(q), kb, SLACK_COMMANDS));
      checkMessage(blocks);
      expect(blocks[0]?.type).toBe('section');
    }
  });

  it('caps long text, long button labels, many suggestions and huge values', () => {
    const long: Reply = {
      kind: 'answer',
      matched: true,
      confidence: 0.8,
      entry: { ...kb.entries[0]!, answer: 'word '.repeat(5000) },
      text: ('A paragraph of text. '.repeat(200) + '\n\n').repeat(10),
      suggestions: Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, question: `A very long question label number ${i} `.repeat(5) })),
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

describe('feedback thanks', () => {
  const entry = kb.entries[0]!;
  const value = { entryId: entry.id, question: 'what is it', confidence: 0.9 };

  it('replaces only the feedback area, by a thank-you line and the same buttons, the chosen one highlighted', () => {
    const { blocks } = replyMessage(answerReply(kb, entry, 1));
    const thanked = withVote(blocks, value, 'up', 'saved');
    expect(thanked.slice(0, blocks.length - 1)).toEqual(blocks.slice(0, -1));
    expect(thanked.slice(blocks.length - 1)).toEqual(feedbackBlocks(value, { vote: 'up', outcome: 'saved' }));
    expect(thanked.at(-2)).toMatchObject({ type: 'context', block_id: 'feedback_thanks' });
    expect(actionIdsOf(thanked).filter((id) => id.startsWith('feedback:'))).toEqual(['feedback:up', 'feedback:down']);
    checkMessage(thanked);
    // A second vote replaces the area again; it never grows.
    const again = withVote(thanked, value, 'down', 'changed');
    expect(again).toHaveLength(thanked.length);
    expect(JSON.stringify(again)).toContain('Vote changed');
    const styles = again.flatMap((b) => (b.type === 'actions' && b.block_id === 'feedback' ? b.elements.map((e) => ('style' in e ? e.style : undefined)) : []));
    expect(styles).toEqual([undefined, 'primary']);
    // Not saved: nothing highlighted, and it says so.
    const failed = withVote(blocks, value, 'up', 'not_saved');
    expect(JSON.stringify(failed)).toContain('could not be saved');
    expect(JSON.stringify(failed)).not.toContain('primary');
  });

  it('adds the feedback area to a message without one; the private thank-you is a valid message', () => {
    const blocks = withVote([], value, 'down', 'saved');
    expect(blocks.map((b) => b.block_id)).toEqual(['feedback_thanks', 'feedback']);
    for (const m of [voteThanksMessage('up', 'saved'), voteThanksMessage('down', 'changed'), voteThanksMessage('up', 'not_saved')]) {
      checkMessage(m.blocks);
      expect(actionIdsOf(m.blocks)).toEqual([]);
    }
    expect(voteThanksMessage('up', 'saved').text).toMatch(/^👍 Thanks for the feedback\. Changed your mind\? Click 👎/);
  });

  it('round-trips the vote value and rejects junk', () => {
    const v = { entryId: 'm2m-acronym', question: 'what does "m2m" mean? ' + 'x'.repeat(3000), confidence: 0.8123 };
    const encoded = encodeFeedbackValue(v);
    expect(encoded.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    const decoded = decodeFeedbackValue(encoded);
    expect(decoded?.entryId).toBe('m2m-acronym');
    expect(v.question.startsWith(decoded!.question)).toBe(true);
    expect(decoded?.confidence).toBe(0.812);
    for (const junk of ['', 'x', '[]', '{"q":1}', 'null', 42, undefined]) expect(decodeFeedbackValue(junk)).toBeNull();
    expect(parseFeedbackActionId('feedback:up')).toBe('up');
    expect(parseFeedbackActionId('feedback:maybe')).toBeNull();
  });
});

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

describe('kit', () => {
  it('truncate never exceeds the limit nor splits a surrogate pair', () => {
    expect(truncate('short', 10)).toBe('short');
    const cut = truncate('🙂'.repeat(100), 75);
    expect(cut.length).toBeLessThanOrEqual(75);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('splitText keeps every piece within the limit and loses no words', () => {
    const text = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ') + '\n\n' + 'x'.repeat(7000);
    const pieces = splitText(text, 1000);
    expect(pieces.every((p) => p.length <= 1000 && p.length > 0)).toBe(true);
    expect(pieces.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    expect(sections('')).toHaveLength(1);
  });

  it('button rejects values and action ids beyond Slack limits', () => {
    expect(() => button({ text: 'x', actionId: 'a', value: 'v'.repeat(2001) })).toThrow(RangeError);
    expect(() => button({ text: 'x', actionId: 'a'.repeat(256) })).toThrow(RangeError);
    expect(button({ text: 'y'.repeat(200), actionId: 'a' }).text.text.length).toBe(75);
  });

  it('finalize caps blocks at 50 and keeps the last one', () => {
    const many: KnownBlock[] = Array.from({ length: 80 }, (_, i) => actions([button({ text: 'a', actionId: `a:${i}` })], `b${i}`));
    const out = finalize(many);
    expect(out).toHaveLength(50);
    expect(out.at(-1)?.block_id).toBe('b79');
    checkMessage(out);
  });

  it('finalize refuses duplicate action or block ids instead of renaming them to ids no listener matches', () => {
    expect(() => finalize([actions([button({ text: 'a', actionId: 'ask:entry:0' })]), actions([button({ text: 'b', actionId: 'ask:entry:0' })])])).toThrow(/duplicate action_id "ask:entry:0"/);
    expect(() => finalize([...sections('x', 'same'), ...sections('y', 'same')])).toThrow(/duplicate block_id "same"/);
    // Duplicates cut off by the block cap do not count.
    const capped = [...Array.from({ length: 49 }, (_, i) => actions([button({ text: 'a', actionId: `a:${i}` })])), actions([button({ text: 'x', actionId: 'a:0' })]), actions([button({ text: 'z', actionId: 'last' })])];
    expect(actionIdsOf(finalize(capped)).at(-1)).toBe('last');
  });
});
