/**
 * Scores a responder on a blind question set (questionSets.ts), overall and
 * per style: what a person would have seen for every message, follow-ups
 * read in their conversation, scenarios judged by the side recommended,
 * compound questions by whether every part was answered.
 */
import { nearestCandidates } from './answerDecisions.js';
import { ExampleModel, examplesFrom, needsFrom, projectsFrom, turnsFrom } from './exampleModel.js';
import { turnOf, type PreviousTurn, type Response } from './respond.js';
import type { InScopeQuestion, OffTopicQuestion, QuestionSet, Verdict } from './questionSets.js';

/** What the bot would reply to `question`, after `previous` in the same conversation; `file` is the set's file it comes from. */
export type Responder = (question: string, previous?: PreviousTurn, file?: string) => Response;

/** One message judged: what was wanted, what came back. */
export interface Judged {
  q: string;
  style: string;
  /** Acceptable entries (empty for off-topic). */
  expect: string[];
  /** Entry ids offered, best first (answers, parts, choices). */
  offered: string[];
  kind: Response['kind'];
  /** Answered outright and right: the right entry, every part, or the right side for a scenario. */
  right: boolean;
  /** Answered outright with something not acceptable. */
  wrong: boolean;
  /** Off-topic: declined (fell back, or said the article does not cover it). */
  refused?: boolean;
  /** Scenarios: the side the article's criteria point to, and the side recommended (none when not read as a scenario). */
  verdict?: Verdict;
  recommended?: Verdict;
  confidence: number;
  got: string;
  /** An "I don't know": the closest questions it offered instead. */
  nearest?: string[];
}

export interface Figures {
  count: number;
  top1: number;
  top3: number;
  mrr: number;
  answeredRight: number;
  answeredWrong: number;
  clarify: number;
  fallback: number;
}

export interface SetResult {
  inScope: Figures;
  byStyle: Record<string, Figures>;
  /** refusedAfterAnswer: the same messages, each asked right after an answered question of the set. */
  offTopic: { count: number; refused: number; refusedAfterAnswer: number; byStyle: Record<string, { count: number; refused: number }> };
  scenarios: { count: number; agree: number; readAsScenario: number };
  compound: { count: number; allParts: number };
  followUps: { count: number; right: number };
  /** In-scope messages (follow-up turns included) the bot could not answer, and how many of them offered a right entry among the closest questions. */
  fallbacks: { count: number; offeredRight: number };
  /**
   * Each message that starts a conversation, asked again right after the set's message before it
   * was answered (a new subject in the same DM): right alone and right after the other answer.
   */
  afterAnother: { count: number; rightAlone: number; rightAfter: number };
  /** In-scope messages the knowledge base holds word for word: judged, but they measure copying. */
  verbatim: number;
  judged: Judged[];
}

/** Folds of crossValidated(): each learns from seven eighths of the set's files. */
export const CROSS_VALIDATION_FOLDS = 8;

/** Something that answers, as the app's Responder does (its respond() needs no file). */
export interface Answering {
  respond(question: string, previous?: PreviousTurn, file?: string): Response;
}

/**
 * A responder for a set the example model learns from (exampleModel.ts): each file of the set is answered by a
 * responder that learned from the other folds' files only, so the figures say what a writer it never read would get.
 * `learning(model)` builds one on that model (Services.responderLearnedFrom); `criteria` are taught as projects' needs.
 */
export function crossValidated(
  set: QuestionSet,
  learning: (model: ExampleModel) => Answering,
  stem: (word: string) => string,
  { criteria = new Set<string>(), folds = CROSS_VALIDATION_FOLDS }: { criteria?: ReadonlySet<string>; folds?: number } = {},
): Responder {
  const files = [...new Set([...set.questions, ...set.offTopic].map((q) => q.file))].sort();
  const foldOf = new Map(files.map((file, i) => [file, i % folds]));
  const inFold = (k: number) => (file: string) => foldOf.get(file) !== k;
  const responders = Array.from({ length: folds }, (_, k) => learning(ExampleModel.train(examplesFrom(set, inFold(k)), stem, `all but fold ${k}`, { needs: needsFrom(set, criteria, inFold(k)), projects: projectsFrom(set, inFold(k)), turns: turnsFrom(set, inFold(k)) })));
  return (question, previous, file) => (responders[foldOf.get(file ?? '') ?? 0] as Answering).respond(question, previous, file);
}

/** The entry ids a response offers, best first. */
export function offeredIds(response: Response): string[] {
  switch (response.kind) {
    case 'answer':
      return [response.entry.id, ...response.candidates.slice(1).map((c) => c.entry.id)];
    case 'clarify':
      return response.choices.map((c) => c.entry.id);
    case 'compound':
      return response.answers.map((a) => a.entry.id);
    case 'scenario':
      // The entries the recommendation rests on, strongest first: what the reply cites and suggests.
      return response.reading.recommendation.criteria;
    case 'declined':
      return response.partial ? [response.partial.entry.id] : [];
    default:
      return [];
  }
}

export function describeResponse(response: Response): string {
  switch (response.kind) {
    case 'answer':
      return `answer ${response.entry.id}`;
    case 'clarify':
      return `clarify ${response.choices.map((c) => c.entry.id).join(' | ')}`;
    case 'fallback':
      return `fallback (best: ${response.candidates[0]?.entry.id ?? 'none'})`;
    case 'compound':
      return `compound ${response.answers.map((a) => a.entry.id).join(' + ')}`;
    case 'scenario':
      return `scenario ${response.reading.recommendation.verdict} (${response.reading.criteria.map((c) => c.entryId).join(', ')})`;
    case 'declined':
      return `declined "${response.subject}"${response.partial ? ` + ${response.partial.entry.id}` : ''}`;
    default:
      return response.kind;
  }
}

/** The confidence a response was given with (0 for small talk and empty messages). */
export function confidenceOf(response: Response): number {
  return 'confidence' in response && typeof response.confidence === 'number' ? response.confidence : 0;
}

/** Scenario verdicts as the recommendation names them. */
function sideOf(response: Response): Verdict | undefined {
  if (response.kind !== 'scenario') return undefined;
  const v = response.reading.recommendation.verdict;
  return v === 'iot' || v === 'm2m' || v === 'mix' ? v : undefined;
}

/**
 * The entries that answer the parts of a two-part question. "Which one for X, and which one for Y?" read as one project
 * answers each part with a criterion it cites; a criterion's entry is one side's ("M2M is best for a few machines").
 */
function partAnswers(response: Response): string[] {
  switch (response.kind) {
    case 'compound':
      return response.answers.map((a) => a.entry.id);
    case 'answer':
      return [response.entry.id];
    case 'scenario':
      return response.reading.recommendation.criteria;
    default:
      return [];
  }
}

function judgeInScope(item: { q: string; style: string; expect: string[]; parts?: string[][]; verdict?: Verdict }, response: Response): Judged {
  const offered = offeredIds(response);
  const rank = offered.findIndex((id) => item.expect.includes(id));
  let right: boolean;
  if (item.parts && item.parts.length > 1) {
    // Every part answered by an acceptable entry (one entry may answer both parts).
    right = item.parts.every((part) => partAnswers(response).some((id) => part.includes(id)));
  } else if (item.verdict) {
    right = response.kind === 'scenario' ? sideOf(response) === item.verdict : response.kind === 'answer' && rank === 0;
  } else {
    // A decline that still answers the part the article covers is right when that part is; so is a
    // scenario reply to a question about one criterion, when it rests on that criterion's entry.
    right = ((response.kind === 'answer' || response.kind === 'declined' || response.kind === 'scenario') && rank === 0) || (response.kind === 'compound' && offered.some((id) => item.expect.includes(id)));
  }
  const outright = response.kind === 'answer' || response.kind === 'compound' || response.kind === 'scenario';
  // Half an answer to a two-part question is not right, but not a wrong answer either.
  const partial = !right && item.parts !== undefined && offered.some((id) => item.expect.includes(id));
  const recommended = sideOf(response);
  return {
    q: item.q,
    style: item.style,
    expect: item.expect,
    offered,
    kind: response.kind,
    right,
    wrong: outright && !right && !partial,
    ...(item.verdict ? { verdict: item.verdict } : {}),
    ...(recommended ? { recommended } : {}),
    confidence: confidenceOf(response),
    got: describeResponse(response),
    ...(response.kind === 'fallback' ? { nearest: (response.nearest ?? nearestCandidates(response.candidates, false)).map((c) => c.entry.id) } : {}),
  };
}

function figures(judged: Judged[]): Figures {
  const n = Math.max(1, judged.length);
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  for (const j of judged) {
    const rank = j.right ? 0 : j.offered.findIndex((id) => j.expect.includes(id));
    if (rank === 0) top1 += 1;
    if (rank >= 0 && rank < 3) top3 += 1;
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  return {
    count: judged.length,
    top1: top1 / n,
    top3: top3 / n,
    mrr: rr / n,
    answeredRight: judged.filter((j) => j.right).length / n,
    answeredWrong: judged.filter((j) => j.wrong).length / n,
    clarify: judged.filter((j) => j.kind === 'clarify').length / n,
    fallback: judged.filter((j) => !j.right && !j.wrong && j.kind !== 'clarify').length / n,
  };
}

const REFUSALS: ReadonlySet<Response['kind']> = new Set(['fallback', 'declined', 'smalltalk', 'empty']);

export function evaluateSet(respond: Responder, set: QuestionSet, ownPhrasings: Iterable<string> = []): SetResult {
  const own = new Set([...ownPhrasings].map(comparable));
  const judged: Judged[] = [];
  const followUps: Judged[] = [];
  const afterAnother = { count: 0, rightAlone: 0, rightAfter: 0 };
  let verbatim = 0;
  let before: PreviousTurn | undefined;
  const answered: PreviousTurn[] = [];
  for (const item of set.questions) {
    if (own.has(comparable(item.q))) verbatim += 1;
    const first = respond(item.q, undefined, item.file);
    const alone = judgeInScope(item, first);
    judged.push(alone);
    if (before && before.entryIds.length > 0) {
      afterAnother.count += 1;
      if (alone.right) afterAnother.rightAlone += 1;
      if (judgeInScope(item, respond(item.q, before, item.file)).right) afterAnother.rightAfter += 1;
    }
    before = turnOf(first);
    if (before.entryIds.length > 0) answered.push(before);
    let previous = turnOf(first);
    for (const turn of item.then ?? []) {
      const response = respond(turn.q, previous, item.file);
      const j = judgeInScope({ q: `${item.q} → ${turn.q}`, style: 'follow-up', expect: turn.expect }, response);
      judged.push(j);
      followUps.push(j);
      previous = turnOf(response);
    }
  }
  const offJudged: Judged[] = set.offTopic.map((item: OffTopicQuestion) => {
    const response = respond(item.q, undefined, item.file);
    const refused = REFUSALS.has(response.kind);
    return { q: item.q, style: item.style, expect: [], offered: offeredIds(response), kind: response.kind, right: refused, wrong: !refused, refused, confidence: confidenceOf(response), got: describeResponse(response) };
  });
  // The same off-topic messages, each asked right after an answered question of the set (taken in turn):
  // a new subject in a conversation must not be read as a follow-up of the answer before it.
  const refusedAfterAnswer = answered.length === 0 ? 0 : set.offTopic.filter((item, i) => REFUSALS.has(respond(item.q, answered[i % answered.length], item.file).kind)).length;
  const byStyle: Record<string, Figures> = {};
  for (const style of new Set(judged.map((j) => j.style))) byStyle[style] = figures(judged.filter((j) => j.style === style));
  const offByStyle: Record<string, { count: number; refused: number }> = {};
  for (const j of offJudged) {
    const s = (offByStyle[j.style] ??= { count: 0, refused: 0 });
    s.count += 1;
    if (j.refused) s.refused += 1;
  }
  const scenarios = judged.filter((j) => j.verdict !== undefined);
  const fellBack = judged.filter((j) => j.kind === 'fallback');
  const compound = set.questions.filter((q: InScopeQuestion) => (q.parts?.length ?? 0) > 1);
  return {
    inScope: figures(judged),
    byStyle,
    offTopic: { count: offJudged.length, refused: offJudged.filter((j) => j.refused).length, refusedAfterAnswer, byStyle: offByStyle },
    scenarios: { count: scenarios.length, agree: scenarios.filter((j) => j.recommended === j.verdict).length, readAsScenario: scenarios.filter((j) => j.kind === 'scenario').length },
    compound: { count: compound.length, allParts: judged.filter((j) => j.style === 'compound' && j.right && compound.some((c) => c.q === j.q)).length },
    followUps: { count: followUps.length, right: followUps.filter((j) => j.right).length },
    fallbacks: { count: fellBack.length, offeredRight: fellBack.filter((j) => j.nearest?.some((id) => j.expect.includes(id))).length },
    afterAnother,
    verbatim,
    judged: [...judged, ...offJudged],
  };
}

/** A question as compared with the knowledge base's own phrasings: lower case, punctuation gone. */
export function comparable(question: string): string {
  return question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
