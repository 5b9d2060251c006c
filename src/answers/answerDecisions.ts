/** Answers settled outright, and the relation that lets either of two entries answer. */
import type { Entry, KnowledgeBase } from '../knowledge/types.js';
import type { Candidate, Decision } from './engine.js';
import { onSide, otherSideThan, type Side, sideOfEntry, sidesNamed } from './sides.js';
import { STOP_WORDS, words } from './text.js';

export type AnswerDecision = Extract<Decision, { kind: 'answer' }>;
/** A message this sure of its answer on its own is not read as a follow-up. */
export const STANDS_ALONE = 0.75;
/** An entry given as the answer, sure of it: the question asked for exactly that entry. */
export function certainAnswer(entry: Entry, question: string): AnswerDecision {
  return { kind: 'answer', entry, confidence: 1, candidates: [{ entry, confidence: 1 }], question };
}
/** A "did you mean" settled on its first choice. */
export function firstChoice(decision: Extract<Decision, { kind: 'clarify' }>): AnswerDecision | undefined {
  const [first] = decision.choices;
  return first && { kind: 'answer', entry: first.entry, confidence: first.confidence, candidates: decision.candidates, question: decision.question };
}

/** The entry a decision ranks first, answered or not, with the decision's confidence: what a part of a message reads as at best. */
export function bestGuess(decision: Decision): Candidate | undefined {
  if (decision.kind === 'answer') return { entry: decision.entry, confidence: decision.confidence };
  if (decision.kind !== 'fallback' && decision.kind !== 'clarify') return undefined;
  const first = decision.candidates[0];
  return first && { entry: first.entry, confidence: decision.confidence };
}

/** Entries that list each other as related answer the same question from two sides: either would do. */
export function neighbours(kb: KnowledgeBase, a: string, b: string): boolean {
  return Boolean(kb.byId.get(a)?.related.includes(b) || kb.byId.get(b)?.related.includes(a));
}

/**
 * A weighing entry speaks of the same matter as a one-side entry when their answers share this many words of their own:
 * one shared word may be a general one ("devices"), two name the matter ("devices", "human").
 */
const SAME_MATTER_WORDS = 2;
/** Words every answer may have: the sides' names and the article. */
const SIDE_OR_SOURCE: ReadonlySet<string> = new Set(['iot', 'm2m', 'article', 'says']);

/**
 * The entries that weigh a one-side matter against `side`, where `side` has no entry of its own on it nor a related one
 * ("M2M is labour-intensive to set up" has no IoT counterpart): the related entries about both that name `side` and
 * speak of the same matter ("IoT scales easily; M2M is labour-intensive to set up"), not merely of both sides ("M2M
 * benefits as IoT spreads" says nothing of M2M's long record).
 */
export function weighedAgainst(kb: KnowledgeBase, entryId: string, side: Side): string[] {
  const entry = kb.byId.get(entryId);
  if (!entry || sideOfEntry(entryId) !== otherSideThan(side)) return [];
  if (kb.byId.has(onSide(entryId, side)) || entry.related.some((id) => sideOfEntry(id) === side)) return [];
  const own = matterWords(entry.answer);
  return entry.related.filter((id) => {
    const answer = kb.byId.get(id)?.answer ?? '';
    return sideOfEntry(id) === undefined && sidesNamed(answer).has(side) && [...matterWords(answer)].filter((w) => own.has(w)).length >= SAME_MATTER_WORDS;
  });
}

/** The words an answer is about: not the sides' names, the article, or words any sentence has. */
function matterWords(answer: string): Set<string> {
  return new Set(words(answer).filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !SIDE_OR_SOURCE.has(w)));
}

/** A decision as an answer: itself, or a "did you mean" whose first two choices answer alike (neighbouring entries), as its first choice: either would do. */
export function answerOf(kb: KnowledgeBase, decision: Decision): AnswerDecision | undefined {
  if (decision.kind === 'answer') return decision;
  if (decision.kind !== 'clarify') return undefined;
  const [first, second] = decision.choices;
  if (!first || !second || !neighbours(kb, first.entry.id, second.entry.id)) return undefined;
  const [one, other] = [sideOfEntry(first.entry.id), sideOfEntry(second.entry.id)];
  if (!one || !other || one === other) return firstChoice(decision);
  // Related entries about opposite sides ("IoT is best when…", "M2M is best when…") answer alike only for the side the
  // question names: "how many reasons for picking IoT?" is IoT's; naming both or neither, it stays a "did you mean".
  const [named, ...more] = sidesNamed(decision.question);
  const chosen = more.length === 0 ? [first, second].find((c) => sideOfEntry(c.entry.id) === named) : undefined;
  return chosen && { kind: 'answer', entry: chosen.entry, confidence: chosen.confidence, candidates: decision.candidates, question: decision.question };
}

/** A question the bot cannot answer offers the entries that match it at least this well, instead of where to start... */
const NEAREST_WORTH_OFFERING = 0.4;
/** ...or this well, for a question in the domain's own words ("gateway", "IoT"): weak matches of everyday chatter are noise. */
const NEAREST_IN_THE_DOMAIN = 0.25;
/** At most this many of them. */
export const MAX_NEAREST = 3;

/** The questions closest to one the bot cannot answer, best first: none when nothing comes close. */
export function nearestCandidates(candidates: readonly Candidate[], inTheDomainsWords: boolean): Candidate[] {
  const enough = inTheDomainsWords ? NEAREST_IN_THE_DOMAIN : NEAREST_WORTH_OFFERING;
  return candidates.filter((c) => c.confidence >= enough).slice(0, MAX_NEAREST);
}
