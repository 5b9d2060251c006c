/** The chooser and the quiz as terminal dialogues, on the same models and scoring as Slack. */
import { suggestion, type Suggestion } from '../answers/reply.js';
import { answerQuestion, back, currentQuestion, isComplete, prefilledAnswers, progress, recommend, scoreBar, type ChooserAnswer } from '../chooser/index.js';
import { answerQuiz, currentQuizQuestion, quizResult, startQuiz, type QuizState } from '../quiz/index.js';
import type { Services } from '../services.js';

/** One step of a flow: what to print, whether the flow has ended, and entries the next number typed picks. */
export interface FlowStep {
  output: string;
  done: boolean;
  suggestions?: Suggestion[];
}

/** A guided flow (chooser, quiz) that takes over the chat until it is done. */
export interface Flow {
  handle(line: string): FlowStep;
}

export type FlowStarter = (services: Services, answers?: readonly ChooserAnswer[]) => { flow: Flow; output: string };

const CHOOSER_KEYS: Record<string, ChooserAnswer> = { '1': 'yes', y: 'yes', yes: 'yes', '2': 'no', n: 'no', no: 'no', '3': 'not_sure', '?': 'not_sure', 'not sure': 'not_sure' };
const STOP = new Set(['q', 'quit', 'stop', 'exit']);

/**
 * The chooser as a numbered-answer dialogue, from the first question or with
 * `prefilled` answers (a scenario read from a question): it continues after
 * the last one given, and "b" goes back over them. Its result lists the
 * article's criteria, numbered, to read next.
 */
export const startChooserFlow: FlowStarter = (services, prefilled = []) => {
  const model = services.chooser;
  let answers: ChooserAnswer[] = prefilledAnswers(prefilled);
  const ask = (): string => {
    const question = currentQuestion(model, answers);
    if (!question) return '';
    return [
      `${progress(model, answers).label}: ${question.ask}`,
      `  ${question.explain}`,
      `  1. Yes   2. No   3. Not sure   b. Back   s. Start over   q. Stop`,
    ].join('\n');
  };
  const result = (): FlowStep => {
    const rec = recommend(model, answers);
    const lines = [`Recommendation: ${rec.summary}`, `  ${scoreBar(rec.iotShare)}  (IoT ${rec.iot}, M2M ${rec.m2m})`];
    if (rec.reasons.length > 0) lines.push('What weighed most:', ...rec.reasons.map((r) => `  • ${r.why}`));
    const criteria = rec.criteria.map((id) => services.kb.byId.get(id)).filter((e) => e !== undefined).map(suggestion);
    if (criteria.length > 0) lines.push('The article’s criteria behind it (type a number to read one):', ...criteria.map((s, i) => `  ${i + 1}. ${s.question}`));
    lines.push('Type "choose" to start over, or ask a question.');
    return { output: lines.join('\n'), done: true, suggestions: criteria };
  };
  const flow: Flow = {
    handle(line) {
      const key = line.trim().toLowerCase();
      if (STOP.has(key)) return { output: 'Chooser stopped. Ask me anything.', done: true };
      if (key === 's' || key === 'start over') {
        answers = [];
        return { output: ask(), done: false };
      }
      if (key === 'b' || key === 'back') {
        answers = back(answers);
        return { output: ask(), done: false };
      }
      const answer = CHOOSER_KEYS[key];
      if (!answer) return { output: 'Type 1 (yes), 2 (no) or 3 (not sure); b to go back, s to start over, q to stop.', done: false };
      answers = answerQuestion(model, answers, answer);
      return isComplete(model, answers) ? result() : { output: ask(), done: false };
    },
  };
  const intro = answers.length > 0 ? `The chooser, with ${answers.filter((a) => a !== 'not_sure').length} answers filled in from your message (type b to go back over them).\n` : '';
  return { flow, output: intro + (isComplete(model, answers) ? result().output : ask()) };
};

/** The quiz: five random questions, numbered options, right or wrong with the explanation, then the score and what to read. */
export const startQuizFlow: FlowStarter = (services) => {
  const bank = services.quiz;
  let state: QuizState = startQuiz(bank);
  const ask = (): string => {
    const step = currentQuizQuestion(bank, state);
    if (!step) return '';
    return [`${step.label}: ${step.question.question}`, ...step.question.options.map((o, i) => `  ${i + 1}. ${o}`)].join('\n');
  };
  const flow: Flow = {
    handle(line) {
      const key = line.trim().toLowerCase().replace(/^#/, '').replace(/[.)]$/, '');
      if (STOP.has(key)) return { output: 'Quiz stopped. Type "quiz" to try again.', done: true };
      const step = currentQuizQuestion(bank, state);
      const outcome = /^\d+$/.test(key) ? answerQuiz(bank, state, Number(key) - 1) : null;
      if (!step || !outcome) return { output: `Type a number from 1 to ${step?.question.options.length ?? 4}, or q to stop.`, done: false };
      state = outcome.state;
      const verdict = outcome.correct ? `Right! ${outcome.explanation}` : `Not quite: the answer is "${outcome.correctOption}". ${outcome.explanation}`;
      if (!outcome.done) return { output: `${verdict}\n\n${ask()}`, done: false };
      const result = quizResult(bank, state);
      const misses = result.misses.map((id) => services.kb.byId.get(id)).filter((e) => e !== undefined).map(suggestion);
      const lines = [verdict, '', `You scored ${result.score} of ${result.total}.`];
      if (misses.length > 0) lines.push('Worth a read (type a number):', ...misses.map((s, i) => `  ${i + 1}. ${s.question}`));
      return { output: lines.join('\n'), done: true, suggestions: misses };
    },
  };
  return { flow, output: `Quiz time: ${state.questions.length} questions. Answer with the option's number.\n\n${ask()}` };
};
