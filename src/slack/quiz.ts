/**
 * The quiz in Slack (#5). Like the chooser, each answer replaces the clicked
 * message and the run travels in the option buttons' values. When a run
 * ends, the user's Home tab is re-published with the score: Slack keeps it
 * in the view's private_metadata, so the app stores nothing.
 */
import type { QuizAction } from '../blocks/actionIds.js';
import { quizMessage, quizOutdatedMessage } from '../blocks/quiz.js';
import { answerQuiz, currentQuizQuestion, decodeQuizState, quizResult, startQuiz } from '../quiz/index.js';
import { withErrorReply, type HandlerDeps } from './deps.js';
import { publishHome } from './home.js';
import { deliver, replaceMessage, type Click, type Place } from './place.js';

/** Posts a new quiz (5 random questions) as a new message at `place`. */
export async function startQuizAt(deps: HandlerDeps, place: Place, rng?: () => number): Promise<void> {
  const { quiz, kb, logger } = deps.services;
  await deliver(deps, place, quizMessage(quiz, kb, startQuiz(quiz, rng)));
  logger.info('slack.quiz', { step: 'start', place: place.kind });
}

/** A click on a quiz button. `value` is the run the button carries. */
export async function handleQuizAction(deps: HandlerDeps, click: Click, action: QuizAction, value: unknown): Promise<void> {
  const { services } = deps;
  const bank = services.quiz;
  await withErrorReply(deps, click.place, 'quiz', async () => {
    if (action.kind === 'start') {
      await startQuizAt(deps, click.place);
      return;
    }
    if (action.kind === 'restart') {
      await replaceMessage(deps, click.ref, click.userId, quizMessage(bank, services.kb, startQuiz(bank)));
      services.logger.info('slack.quiz', { step: 'restart' });
      return;
    }
    const decoded = decodeQuizState(bank, value);
    if (!decoded.ok) {
      services.logger.warn('slack.quiz_outdated', { reason: decoded.reason });
      await replaceMessage(deps, click.ref, click.userId, quizOutdatedMessage(decoded.reason));
      return;
    }
    const outcome = answerQuiz(bank, decoded.state, action.option);
    if (!outcome) {
      // An option the question does not have, or a run that is already over: a forged or mangled click.
      const over = currentQuizQuestion(bank, decoded.state) === null;
      services.logger.warn('slack.quiz_outdated', { reason: over ? 'finished' : 'bad_option' });
      await replaceMessage(deps, click.ref, click.userId, over ? quizMessage(bank, services.kb, decoded.state) : quizOutdatedMessage('tampered'));
      return;
    }
    await replaceMessage(deps, click.ref, click.userId, quizMessage(bank, services.kb, outcome.state, outcome));
    services.logger.info('slack.quiz', { step: 'answer', number: outcome.state.answers.length, correct: outcome.correct });
    if (outcome.done) {
      const { score, total } = quizResult(bank, outcome.state);
      services.logger.info('slack.quiz', { step: 'done', score, total });
      await publishHome(deps, click.userId, { quiz: { score, total } });
    }
  });
}
