import { AnswerEngine } from './answers/engine.js';
import { validateChooser, type ChooserModel } from './chooser/index.js';
import { disabledStore, type FeedbackStore } from './feedback/index.js';
import { knowledgeDir, loadKnowledge } from './knowledge/load.js';
import { ContentError } from './knowledge/problems.js';
import type { KnowledgeBase } from './knowledge/types.js';
import type { Logger } from './log.js';
import { validateQuiz, type QuizBank } from './quiz/index.js';

/** Everything the front ends share: the loaded content and the engines built on it. */
export interface Services {
  kb: KnowledgeBase;
  engine: AnswerEngine;
  chooser: ChooserModel;
  quiz: QuizBank;
  /** Votes and unanswered questions; a disabled store when there is no database (terminal, tests). */
  feedback: FeedbackStore;
  logger: Logger;
}

/** Loads and validates all content: faq, synonyms, chooser and quiz. Throws one ContentError listing every problem. */
export function loadServices(options: { knowledge?: string | undefined; logger: Logger; feedback?: FeedbackStore }): Services {
  const dir = knowledgeDir(options.knowledge);
  const kb = loadKnowledge(dir);
  const chooser = validateChooser(dir, kb);
  const quiz = validateQuiz(dir, kb);
  const problems = [...chooser.problems, ...quiz.problems];
  if (!chooser.model || !quiz.bank || problems.length > 0) throw new ContentError(`The content in ${dir} cannot be loaded`, problems);
  const feedback = options.feedback ?? disabledStore('', 'feedback is not recorded here');
  return { kb, engine: new AnswerEngine(kb), chooser: chooser.model, quiz: quiz.bank, feedback, logger: options.logger };
}
