import { AsyncLocalStorage } from 'node:async_hooks';
import { QuestionSearch } from './answers/questionSearch.js';
import { AnswerEngine } from './answers/engine.js';
import { loadExampleModel, type LearnedOpinions } from './answers/exampleModel.js';
import { Responder } from './answers/respond.js';
import { criteriaOf, validateChooser, type ChooserModel } from './chooser/index.js';
import { disabledStore, type Store } from './store/store.js';
import { knowledgeDir, KnowledgeError, loadKnowledge } from './knowledge/load.js';
import { ContentError, type Problem } from './knowledge/problems.js';
import { validateScope, type OutOfScopeTopic } from './knowledge/scope.js';
import type { EntryIndex, KnowledgeBase } from './knowledge/types.js';
import type { Logger } from './log.js';
import { LiveKnowledge } from './teaching/liveKnowledge.js';
import { SYNC_EVERY_MS, Teaching } from './teaching/teaching.js';
import { validateQuiz, type QuizBank } from './quiz/index.js';

/** What is rebuilt when admins teach the bot something: the engines built on the knowledge base. */
export interface AnsweringParts {
  engine: AnswerEngine;
  responder: Responder;
  search: QuestionSearch;
}

/** The engines built on one version of the knowledge base. */
export function buildAnswering(kb: KnowledgeBase, chooser: ChooserModel, topics: readonly OutOfScopeTopic[], learned?: LearnedOpinions): AnsweringParts {
  const engine = new AnswerEngine(kb);
  return { engine, responder: new Responder(kb, engine, chooser, topics, learned), search: new QuestionSearch(kb) };
}

/**
 * What every Services of one loaded content shares: the knowledge of each
 * workspace (the files, plus what its admins taught), the teaching of each
 * workspace of each store, and which workspace the code running now serves.
 */
class Shared {
  /** The workspace of the request being handled, set by inWorkspace(); '' outside any (a single-workspace app). */
  readonly scope = new AsyncLocalStorage<string>();
  readonly knowledge = new Map<string, LiveKnowledge<AnsweringParts>>();
  readonly teachings = new WeakMap<Store, Map<string, Teaching>>();

  constructor(
    readonly files: KnowledgeBase,
    readonly build: (kb: KnowledgeBase) => AnsweringParts,
    readonly topics: readonly OutOfScopeTopic[],
    /** The engines built on the files alone, shared by every workspace that has taught nothing. */
    readonly filesBuilt: AnsweringParts = build(files),
  ) {}
}

/**
 * Everything the front ends share: the loaded content and the engines built
 * on it. The store, the knowledge base and its engines are read through
 * getters for the workspace of the request being handled (inWorkspace), so
 * each request gets its workspace's data and the version of the knowledge
 * in force there, with what its admins taught.
 */
export class Services {
  constructor(
    private readonly shared: Shared,
    readonly chooser: ChooserModel,
    readonly quiz: QuizBank,
    /** Votes, unanswered questions and additions of every workspace; a disabled store when there is no database (terminal, tests). */
    private readonly allWorkspaces: Store,
    readonly logger: Logger,
  ) {}

  /** The workspace being served: a Slack team id, or '' for the one workspace of a single-workspace app. */
  get workspace(): string {
    return this.shared.scope.getStore() ?? '';
  }

  /** Runs `work` (and everything it awaits) for one workspace: the store, knowledge and teaching it reads are that workspace's. */
  inWorkspace<T>(teamId: string, work: () => T): T {
    return this.shared.scope.run(teamId, work);
  }

  /** This workspace's view of the store. */
  get store(): Store {
    return this.allWorkspaces.forWorkspace(this.workspace);
  }

  /** This workspace's knowledge: the files, plus what its admins taught. */
  get knowledge(): LiveKnowledge<AnsweringParts> {
    const { shared } = this;
    let live = shared.knowledge.get(this.workspace);
    if (!live) shared.knowledge.set(this.workspace, (live = new LiveKnowledge(shared.files, shared.build, shared.filesBuilt)));
    return live;
  }

  /** Admins' additions and the knowledge gaps of this workspace, kept up to date with every instance. */
  get teaching(): Teaching {
    let byWorkspace = this.shared.teachings.get(this.allWorkspaces);
    if (!byWorkspace) this.shared.teachings.set(this.allWorkspaces, (byWorkspace = new Map()));
    let teaching = byWorkspace.get(this.workspace);
    if (!teaching) byWorkspace.set(this.workspace, (teaching = new Teaching(this.store, this.knowledge, this.logger)));
    return teaching;
  }

  /** Forgets a workspace's knowledge and teaching (it was uninstalled); the next request rebuilds them from the store. */
  forgetWorkspace(teamId: string): void {
    this.shared.knowledge.delete(teamId);
    this.shared.teachings.get(this.allWorkspaces)?.delete(teamId);
  }

  /**
   * Reads the additions of this workspace now, then those of every
   * workspace in use every `intervalMs` on an unref'd timer, so what another
   * instance taught arrives within seconds; returns a stop function.
   */
  async startTeachingSync(intervalMs = SYNC_EVERY_MS): Promise<() => void> {
    await this.teaching.sync();
    if (!this.allWorkspaces.enabled) return () => {};
    const timer = setInterval(() => {
      for (const teaching of this.shared.teachings.get(this.allWorkspaces)?.values() ?? []) void teaching.sync();
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
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

  /** The article's criteria: the entries a chooser answer stands for, which described projects teach as needs (exampleModel.ts). */
  get criteria(): ReadonlySet<string> {
    return criteriaOf(this.chooser);
  }

  /** A responder on this knowledge that learned from other examples, or none (the evaluation's cross-validation). */
  responderLearnedFrom(learned: LearnedOpinions | undefined): Responder {
    return new Responder(this.kb, this.engine, this.chooser, this.shared.topics, learned);
  }

  /** The same services with another store or logger, sharing the knowledge. */
  with(changes: { store?: Store | undefined; logger?: Logger | undefined }): Services {
    return new Services(this.shared, this.chooser, this.quiz, changes.store ?? this.allWorkspaces, changes.logger ?? this.logger);
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
  const learned = loadExampleModel(dir, (message) => options.logger.warn('learned_model_skipped', { reason: message }));
  const shared = new Shared(kb, (current) => buildAnswering(current, model, topics, learned), topics);
  return new Services(shared, model, quiz.bank, store, options.logger);
}
