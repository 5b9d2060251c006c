import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Response } from './respond.js';
import { comparable, confidenceOf, describeResponse, offeredIds } from './setEvaluation.js';

/** One labelled question: the ids that would be a fair answer, or none for off-topic. */
export interface LabelledQuestion {
  q: string;
  expect: string[];
}

export interface Miss {
  q: string;
  expect: string[];
  got: string;
  confidence: number;
}

export interface EvaluationResult {
  inScope: number;
  /** In-scope questions left out because the knowledge base has them word for word: they measure nothing. */
  skipped: string[];
  offTopic: number;
  /** The first candidate offered (answer or first "did you mean") is acceptable. */
  top1: number;
  /** An acceptable entry is among the first three candidates offered. */
  top3: number;
  /** Mean reciprocal rank of the first acceptable candidate (0 when fallback). */
  mrr: number;
  /** Answered outright with an acceptable entry. */
  answeredRight: number;
  /** Answered outright with a wrong entry: the worst outcome. */
  answeredWrong: number;
  clarifyShare: number;
  fallbackShare: number;
  /** Off-topic questions that got no answer (fallback or small talk). */
  offTopicRefusal: number;
  misses: Miss[];
}

type Ask = (question: string) => Response;

/**
 * Runs the labelled set through `ask` and computes the figures `npm run eval`
 * prints. In-scope questions that appear word for word among `ownPhrasings`
 * (the knowledge base's own questions) are skipped, so the figures measure
 * generalisation to new wording.
 */
export function evaluate(ask: Ask, labelled: LabelledQuestion[], offTopic: string[], ownPhrasings: Iterable<string> = []): EvaluationResult {
  const own = new Set([...ownPhrasings].map(comparable));
  const skipped = labelled.filter((item) => own.has(comparable(item.q))).map((item) => item.q);
  const inScope = labelled.filter((item) => !own.has(comparable(item.q)));
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  let answeredRight = 0;
  let answeredWrong = 0;
  let clarify = 0;
  let fallback = 0;
  const misses: Miss[] = [];
  for (const item of inScope) {
    const decision = ask(item.q);
    const offered = offeredIds(decision);
    const rank = offered.findIndex((id) => item.expect.includes(id));
    if (rank === 0) top1 += 1;
    if (rank >= 0 && rank < 3) top3 += 1;
    if (rank >= 0) rr += 1 / (rank + 1);
    const outright = decision.kind === 'answer' || decision.kind === 'compound' || decision.kind === 'scenario';
    if (outright && rank === 0) answeredRight += 1;
    if (outright && rank !== 0) answeredWrong += 1;
    if (decision.kind === 'clarify') clarify += 1;
    if (decision.kind === 'fallback') fallback += 1;
    if (rank !== 0) misses.push({ q: item.q, expect: item.expect, got: describeResponse(decision), confidence: confidenceOf(decision) });
  }
  let refused = 0;
  for (const q of offTopic) {
    const decision = ask(q);
    if (decision.kind === 'fallback' || decision.kind === 'declined' || decision.kind === 'smalltalk' || decision.kind === 'empty') refused += 1;
    else misses.push({ q, expect: [], got: describeResponse(decision), confidence: confidenceOf(decision) });
  }
  const n = Math.max(1, inScope.length);
  return {
    inScope: inScope.length,
    skipped,
    offTopic: offTopic.length,
    top1: top1 / n,
    top3: top3 / n,
    mrr: rr / n,
    answeredRight: answeredRight / n,
    answeredWrong: answeredWrong / n,
    clarifyShare: clarify / n,
    fallbackShare: fallback / n,
    offTopicRefusal: refused / Math.max(1, offTopic.length),
    misses,
  };
}

/** Reads `in-scope.yml` and `off-topic.yml` from an eval folder. Throws with the file name on bad input. */
export function loadEvalSet(dir: string): { inScope: LabelledQuestion[]; offTopic: string[] } {
  const read = (name: string): unknown[] => {
    const file = join(dir, name);
    const data = parse(readFileSync(file, 'utf8')) as { questions?: unknown };
    if (!Array.isArray(data?.questions)) throw new Error(`${file}: expected a top-level "questions:" list`);
    return data.questions;
  };
  const inScope = read('in-scope.yml').map((item, i) => {
    const { q, expect } = (item ?? {}) as { q?: unknown; expect?: unknown };
    const ids = [expect].flat().filter((id): id is string => typeof id === 'string');
    if (typeof q !== 'string' || ids.length === 0) throw new Error(`${join(dir, 'in-scope.yml')}: question ${i + 1} needs "q" and "expect"`);
    return { q, expect: ids };
  });
  const offTopic = read('off-topic.yml').map((q, i) => {
    if (typeof q !== 'string') throw new Error(`${join(dir, 'off-topic.yml')}: question ${i + 1} must be text`);
    return q;
  });
  return { inScope, offTopic };
}
