/**
 * Block Kit for the quiz. Pure: bank and state in, message out. The run
 * (drawn questions and answers so far) travels in the option buttons' values.
 */
import type { KnowledgeBase } from '../../../knowledge/types.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { currentQuizQuestion, encodeQuizState, quizResult, type QuizBank, type QuizOutcome, type QuizState } from '../../../quiz/index.js';
import { actions, button, context, fallbackText, message, sections, type KnownBlock, type Message } from '../../plumbing/blockKit.js';
import { outdatedMessage, type OutdatedReason } from '../../plumbing/commonMessages.js';
import { entryButtons } from '../../plumbing/launchButtons.js';
import { quizActionId } from './quizActions.js';

/** Options are listed in the question as "A. …" and chosen with short letter buttons, which any client shows whole. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D'] as const;

/** "Right!" or "Not quite", with the right option and the explanation. */
export function verdictText(outcome: Pick<QuizOutcome, 'correct' | 'correctOption' | 'explanation'>): string {
  return outcome.correct
    ? `:white_check_mark: *Right!* ${escapeMrkdwn(outcome.explanation)}`
    : `:x: *Not quite.* The answer is *${escapeMrkdwn(outcome.correctOption)}*. ${escapeMrkdwn(outcome.explanation)}`;
}

/**
 * One quiz step: the verdict on the previous answer (if any), then the next
 * question with one button per option, or, once the run is over, the score
 * and the entries to read for the misses.
 */
export function quizMessage(bank: QuizBank, kb: KnowledgeBase, state: QuizState, verdict?: Pick<QuizOutcome, 'correct' | 'correctOption' | 'explanation'>): Message {
  const blocks: KnownBlock[] = [];
  const text: string[] = [];
  if (verdict) {
    blocks.push(...sections(verdictText(verdict), 'quiz_verdict'));
    text.push(verdict.correct ? 'Right!' : `Not quite: ${verdict.correctOption}.`);
  }
  const step = currentQuizQuestion(bank, state);
  if (step) {
    if (state.answers.length === 0) {
      blocks.push(...sections(`*Quiz time!* ${step.total} questions about IoT and M2M. Pick an answer and I'll tell you right away whether it's right.`, 'quiz_intro'));
    } else {
      blocks.push({ type: 'divider' });
    }
    const value = encodeQuizState(bank, state);
    blocks.push(
      context(`*Quiz* · ${step.label}`, 'quiz_progress'),
      ...sections(`*${escapeMrkdwn(step.question.question)}*\n${step.question.options.map((option, i) => `*${OPTION_LETTERS[i]}.* ${escapeMrkdwn(option)}`).join('\n')}`, 'quiz_question'),
      actions(
        step.question.options.map((option, i) =>
          button({ text: OPTION_LETTERS[i] ?? String(i + 1), accessibilityLabel: option, actionId: quizActionId({ kind: 'answer', option: i }), value }),
        ),
        'quiz_options',
      ),
    );
    text.push(`${step.label}: ${step.question.question}`);
    return message(fallbackText(text.join(' ')), blocks);
  }

  const result = quizResult(bank, state);
  const remark = result.score === result.total ? 'A perfect score! :tada:' : result.score * 2 >= result.total ? 'Well done.' : 'The answers below are worth a read.';
  if (verdict) blocks.push({ type: 'divider' });
  blocks.push(...sections(`*You scored ${result.score} of ${result.total}.* ${remark}`, 'quiz_score'));
  const misses = result.misses.map((id) => kb.byId.get(id)).filter((e) => e !== undefined);
  if (misses.length > 0) {
    blocks.push(
      context('*Worth a read* for the questions you missed:', 'quiz_misses_label'),
      actions(entryButtons(misses), 'quiz_misses'),
    );
  }
  blocks.push(actions([button({ text: 'Take another quiz', actionId: quizActionId({ kind: 'restart' }) })], 'quiz_end_actions'));
  text.push(`You scored ${result.score} of ${result.total}.`);
  return message(fallbackText(text.join(' ')), blocks);
}

/** For an answer button whose state is from an older quiz.yml, or not one we wrote. */
export function quizOutdatedMessage(reason: OutdatedReason): Message {
  return outdatedMessage({
    reason,
    flow: 'quiz',
    staleText: 'This quiz is out of date: its questions have changed since it was started. Start a new one?',
    restart: { text: 'New quiz', actionId: quizActionId({ kind: 'restart' }) },
  });
}
