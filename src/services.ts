import { QuestionSearch } from './answers/questionSearch.js';
import { AnswerEngine } from './answers/engine.js';
import { Responder } from './answers/respond.js';
import { validateChooser, type ChooserModel } from './chooser/index.js';
import { disabledStore, type Store } from './store/store.js';
import { knowledgeDir, KnowledgeError, loadKnowledge } from './knowledge/load.js';
import { ContentError, type Problem } from './knowledge/problems.js';
import { validateScope } from './knowledge/scope.js';
import type { EntryIndex, KnowledgeBase } from './knowledge/types.js';
import type { Logger } from './log.js';
import { validateQuiz, type QuizBank } from './quiz/index.js';

/** Everything the front ends share: the loaded content and the engines built on it. */
export interface Services {
  kb: KnowledgeBase;
  engine: AnswerEngine;
  /** What every front end replies from: the engine, plus scenarios, follow-ups, two-part questions and what the article does not cover. */
  responder: Responder;
  /** Search-as-you-type over the questions the knowledge base answers (fuse.js; built on first use). */
  search: QuestionSearch;
  chooser: ChooserModel;
  quiz: QuizBank;
  /** Votes and unanswered questions; a disabled store when there is no database (terminal, tests). */
  store: Store;
  logger: Logger;
}

/** Loads and validates all content: faq, synonyms, chooser, quiz and scope. Throws one ContentError listing every problem. */
export function loadServices(options: { knowledge?: string | undefined; logger: Logger; store?: Store }): Services {
  const dir = knowledgeDir(options.knowledge);
  // A broken faq does not stop the chooser and quiz from being checked: every problem is reported at once.
  let kb: KnowledgeBase | undefined;
  let faq: { problems: Problem[]; syntax: boolean } = { problems: [], syntax: false };
  let known: EntryIndex;
  try {
    kb = loadKnowledge(dir);
    known = kb;
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    faq = error;
    known = error.known;
  }
  const chooser = validateChooser(dir, known);
  const quiz = validateQuiz(dir, known);
  const scope = validateScope(dir);
  const results = [faq, chooser, quiz, scope];
  // After a YAML syntax error, the other problems are guesses ("x is not the id of any entry"): report the syntax errors alone.
  const syntax = results.some((r) => r.syntax);
  const problems = results.filter((r) => r.syntax || !syntax).flatMap((r) => r.problems);
  if (!kb || !chooser.model || !quiz.bank || !scope.topics || problems.length > 0) throw new ContentError(`The content in ${dir} cannot be loaded`, problems, syntax);
  const store = options.store ?? disabledStore('', 'feedback is not recorded here');
  const engine = new AnswerEngine(kb);
  return { kb, engine, responder: new Responder(kb, engine, chooser.model, scope.topics), search: new QuestionSearch(kb), chooser: chooser.model, quiz: quiz.bank, store, logger: options.logger };
}
