/**
 * The engine's ranking against two stock libraries over the same knowledge
 * and questions (`npm run eval -- --peers`): MiniSearch (BM25 with fuzzy,
 * prefix and Porter-stemmed terms) and fuse.js (its defaults). Only the
 * ranking is compared: neither library can refuse a question.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { AnswerEngine } from './engine.js';
import type { InScopeQuestion } from './questionSets.js';

/** Entry ids best first, for one question. */
export type Ranker = (question: string) => string[];

export interface RankingFigures {
  name: string;
  count: number;
  top1: number;
  top3: number;
  mrr: number;
}

export function engineRanker(engine: AnswerEngine): Ranker {
  return (q) => engine.rank(q, 10).map((c) => c.entry.id);
}

export function miniSearchRanker(kb: KnowledgeBase): Ranker {
  const search = new MiniSearch<{ id: string; questions: string; answer: string; topic: string }>({
    fields: ['questions', 'answer', 'topic'],
    processTerm: (term) => PorterStemmer.stem(term.toLowerCase()),
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { questions: 2 } },
  });
  search.addAll(kb.entries.map((e) => ({ id: e.id, questions: e.questions.join('\n'), answer: e.answer, topic: e.topic ?? '' })));
  return (q) => search.search(q).slice(0, 10).map((r) => String(r.id));
}

export function fuseRanker(kb: KnowledgeBase): Ranker {
  const fuse = new Fuse(kb.entries, { keys: ['questions', 'answer'] });
  return (q) => fuse.search(q, { limit: 10 }).map((r) => r.item.id);
}

/** Top-1, top-3 and MRR of a ranker over single-answer questions (scenarios and compound questions have no single right entry). */
export function rankingFigures(name: string, rank: Ranker, questions: readonly InScopeQuestion[]): RankingFigures {
  const plain = questions.filter((q) => !q.verdict && !(q.parts && q.parts.length > 1));
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  for (const item of plain) {
    const at = rank(item.q).findIndex((id) => item.expect.includes(id));
    if (at === 0) top1 += 1;
    if (at >= 0 && at < 3) top3 += 1;
    if (at >= 0) rr += 1 / (at + 1);
  }
  const n = Math.max(1, plain.length);
  return { name, count: plain.length, top1: top1 / n, top3: top3 / n, mrr: rr / n };
}
