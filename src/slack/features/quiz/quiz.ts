/**
 * The quiz: `/iot-or-m2m quiz`, and the quiz buttons of other features.
 * Like the chooser, each answer replaces the clicked message and the run
 * travels in the option buttons' values. When a run ends, the person's Home
 * tab shows the score (through the Home feature's link).
 */
import type { App } from '@slack/bolt';
import { answerQuiz, currentQuizQuestion, decodeQuizState, quizResult, startQuiz } from '../../../quiz/index.js';
import { clickFromAction, deliver, replaceMessage, type ActionSource, type Click, type Place } from '../../plumbing/delivery.js';
import { withErrorReply, type CommandRequest, type FeatureContext, type FeatureLinks, type RequestContext } from '../../plumbing/featureContext.js';
import { START_QUIZ_ACTION } from '../../plumbing/launchButtons.js';
import { parseQuizActionId, QUIZ_ACTION, type QuizAction } from './quizActions.js';
import { quizMessage, quizOutdatedMessage } from './quizBlocks.js';

export function register(app: App, context: FeatureContext): void {
  const { services, links } = context;
  context.clicks.on(app, START_QUIZ_ACTION, async ({ ack, body, client, respond }) => {
    await ack();
    const click = clickFromAction(body as unknown as ActionSource);
    await withErrorReply({ services, client, respond }, click.place, 'quiz', () => startQuizAt({ services, client, respond }, click.place));
  });
  context.clicks.on(app, QUIZ_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const parsed = parseQuizActionId(action.action_id);
    if (!parsed) return;
    await handleQuizClick({ services, client, respond }, links, clickFromAction(body as unknown as ActionSource), parsed, action.value);
  });
}

/** The "quiz" command: a new quiz where the command was typed. */
export async function onQuizCommand(request: CommandRequest): Promise<void> {
  await withErrorReply(request, request.place, 'quiz', () => startQuizAt(request, request.place));
}

/** Posts a new quiz (5 random questions) as a new message at `place`. */
async function startQuizAt(request: RequestContext, place: Place): Promise<void> {
  const { quiz, kb, logger } = request.services;
  await deliver(request, place, quizMessage(quiz, kb, startQuiz(quiz)));
  logger.info('slack.quiz', { step: 'start', place: place.kind });
}

/** A click on a quiz button. `value` is the run the button carries. */
async function handleQuizClick(request: RequestContext, links: Pick<FeatureLinks, 'showQuizScore'>, click: Click, action: QuizAction, value: unknown): Promise<void> {
  const { services } = request;
  const bank = services.quiz;
  await withErrorReply(request, click.place, 'quiz', async () => {
    if (action.kind === 'restart') {
      await replaceMessage(request, click.ref, click.userId, quizMessage(bank, services.kb, startQuiz(bank)));
      services.logger.info('slack.quiz', { step: 'restart' });
      return;
    }
    const decoded = decodeQuizState(bank, value);
    if (!decoded.ok) {
      services.logger.warn('slack.quiz_outdated', { reason: decoded.reason });
      await replaceMessage(request, click.ref, click.userId, quizOutdatedMessage(decoded.reason));
      return;
    }
    const outcome = answerQuiz(bank, decoded.state, action.option);
    if (!outcome) {
      // An option the question does not have, or a run that is already over: a forged or mangled click.
      const over = currentQuizQuestion(bank, decoded.state) === null;
      services.logger.warn('slack.quiz_outdated', { reason: over ? 'finished' : 'bad_option' });
      await replaceMessage(request, click.ref, click.userId, over ? quizMessage(bank, services.kb, decoded.state) : quizOutdatedMessage('tampered'));
      return;
    }
    await replaceMessage(request, click.ref, click.userId, quizMessage(bank, services.kb, outcome.state, outcome));
    services.logger.info('slack.quiz', { step: 'answer', number: outcome.state.answers.length, correct: outcome.correct });
    if (outcome.done) {
      const { score, total } = quizResult(bank, outcome.state);
      services.logger.info('slack.quiz', { step: 'done', score, total });
      await links.showQuizScore(request, click.userId, { score, total });
    }
  });
}
