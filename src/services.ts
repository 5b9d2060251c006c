import { AnswerEngine } from './answers/engine.js';
import { knowledgeDir, loadKnowledge } from './knowledge/load.js';
import type { KnowledgeBase } from './knowledge/types.js';
import type { Logger } from './log.js';

/** Everything the front ends share: the loaded content and the engines built on it. */
export interface Services {
  kb: KnowledgeBase;
  engine: AnswerEngine;
  logger: Logger;
}

/** Loads and validates all content. Throws a ContentError listing every problem. */
export function loadServices(options: { knowledge?: string; logger: Logger }): Services {
  const kb = loadKnowledge(knowledgeDir(options.knowledge));
  return { kb, engine: new AnswerEngine(kb), logger: options.logger };
}
