import { QuestionSearch } from './answers/questionSearch.js';
import { AnswerEngine } from './answers/engine.js';
import { Responder } from './answers/respond.js';
import { validateChooser, type ChooserModel } from './chooser/index.js';
import { disabledStore, type Store } from './store/store.js';
import { knowledgeDir, KnowledgeError, loadKnowledge } from './knowledge/load.js';
import { ContentError, type Problem } from './knowledge/problems.js';
import { validateScope, type OutOfScopeTopic } from './knowledge/scope.js';
import type { EntryIndex, KnowledgeBase } from './knowledge/types.js';
import type { Logger } from './log.js';
import { LiveKnowledge } from './teaching/liveKnowledge.js';
import { Teaching } from './teaching/teaching.js';
import { validateQuiz, type QuizBank } from './quiz/index.js';

/** What is rebuilt when admins teach the bot something: the engines built on the knowledge base. */
export interface AnsweringParts {
  engine: AnswerEngine;
  responder: Responder;
  search: QuestionSearch;
}

/** The engines built on one version of the knowledge base. */
export function buildAnswering(kb: KnowledgeBase, chooser: ChooserModel, topics: readonly OutOfScopeTopic[]): AnsweringParts {
  const engine = new AnswerEngine(kb);
  return { engine, responder: new Responder(kb, engine, chooser, topics), search: new QuestionSearch(kb) };
}

/**
 * Everything the front ends share: the loaded content and the engines built
 * on it. The knowledge base and its engines are read through getters, so
 * each request gets the version in force, with what admins taught.
 */
export class Services {
  /** Admins' additions, the knowledge gaps, and keeping every instance up to date. */
  readonly teaching: Teaching;

  constructor(
    readonly knowledge: LiveKnowledge<AnsweringParts>,
    readonly chooser: ChooserModel,
    readonly quiz: QuizBank,
    /** Votes, unanswered questions and additions; a disabled store when there is no database (terminal, tests). */
    readonly store: Store,
    readonly logger: Logger,
  ) {
    this.teaching = new Teaching(store, knowledge, logger);
  }

  get kb(): KnowledgeBase {
    return this.knowledge.current.kb;
  }

  get engine(): AnswerEngine {
    return this.knowledge.current.built.engine;
  }

  /** What every front end replies from: the engine, plus scenarios, follow-ups, two-part questions and what the article does not cover. */
  get responder(): Responder {
    return this.knowledge.current.built.responder;
  }

  /** Search-as-you-type over the questions the knowledge base answers (fuse.js; built on first use). */
  get search(): QuestionSearch {
    return this.knowledge.current.built.search;
  }

  /** The same services with another store or logger, sharing the knowledge. */
  with(changes: { store?: Store | undefined; logger?: Logger | undefined }): Services {
    return new Services(this.knowledge, this.chooser, this.quiz, changes.store ?? this.store, changes.logger ?? this.logger);
  }
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
  const model = chooser.model;
  const topics = scope.topics;
  const knowledge = new LiveKnowledge(kb, (current) => buildAnswering(current, model, topics));
  return new Services(knowledge, model, quiz.bank, store, options.logger);
}
