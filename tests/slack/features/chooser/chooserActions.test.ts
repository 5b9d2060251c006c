/** The click contracts of the chooser, quiz and Home buttons: ids round-trip, anything else is rejected. */
import { describe, expect, it } from 'vitest';
import { chooserActionId, parseChooserActionId } from '../../../../src/slack/features/chooser/chooserActions.js';
import { homeActionId, parseHomeActionId } from '../../../../src/slack/features/home/homeActions.js';
import { parseQuizActionId, quizActionId } from '../../../../src/slack/features/quiz/quizActions.js';

describe('action ids', () => {
  it('round-trip, and anything else is rejected', () => {
    for (const a of [{ kind: 'restart' }, { kind: 'back' }, { kind: 'share' }, { kind: 'ask' }, { kind: 'answer', answer: 'not_sure' }] as const) {
      expect(parseChooserActionId(chooserActionId(a))).toEqual(a);
    }
    for (const a of [{ kind: 'restart' }, { kind: 'answer', option: 3 }] as const) expect(parseQuizActionId(quizActionId(a))).toEqual(a);
    for (const a of [{ kind: 'browse' }, { kind: 'topic', index: 12 }] as const) expect(parseHomeActionId(homeActionId(a))).toEqual(a);
    for (const junk of ['chooser:answer:maybe', 'chooser:start', 'chooser:start_2', 'quiz:start', 'quiz:answer:x', 'quiz:answer:123', 'home:topic:', 'home:browse:1']) {
      expect([parseChooserActionId(junk), parseQuizActionId(junk), parseHomeActionId(junk)]).toEqual([null, null, null]);
    }
  });
});
