/** The 👍/👎 area and the thank-you: only the feedback area changes, values round-trip. */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../../../src/answers/reply.js';
import { silentLogger } from '../../../../src/log.js';
import { loadServices } from '../../../../src/services.js';
import { replyMessage } from '../../../../src/slack/features/ask/askBlocks.js';
import { decodeFeedbackValue, encodeFeedbackValue, parseFeedbackActionId } from '../../../../src/slack/features/feedback/feedbackActions.js';
import { voteButtons, voteThanksMessage, withVote } from '../../../../src/slack/features/feedback/feedbackBlocks.js';
import { LIMITS } from '../../../../src/slack/plumbing/blockKit.js';
import { actionIdsOf, checkMessage } from '../../../support/checks.js';

const services = loadServices({ logger: silentLogger });
const { kb } = services;

describe('feedback thanks', () => {
  const entry = kb.entries[0]!;
  const value = { entryId: entry.id, question: 'what is it', confidence: 0.9 };

  it('replaces only the feedback area, by a thank-you line and the same buttons, the chosen one highlighted', () => {
    const { blocks } = replyMessage(answerReply(kb, entry, 1), { voteButtons: (vote) => voteButtons(vote) });
    const thanked = withVote(blocks, value, 'up', 'saved');
    expect(thanked.slice(0, blocks.length - 1)).toEqual(blocks.slice(0, -1));
    expect(thanked.slice(blocks.length - 1)).toEqual(voteButtons(value, { vote: 'up', outcome: 'saved' }));
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
