import type { Candidate } from '../answers/engine.js';
import { words } from '../answers/text.js';
import type { FeedbackSource, QuestionRecord } from './types.js';

export interface UnansweredQuestion {
  /** The most common wording of the question (the latest on a tie). */
  question: string;
  count: number;
  /** The engine's best match today, which may differ from when it was asked. */
  closest: { id: string; confidence: number } | null;
}

export interface EntryFeedback {
  id: string;
  up: number;
  down: number;
  /** up / (up + down), 0–1. */
  helpfulRatio: number;
}

export interface ReportTotals {
  /** Every recorded question: answered, clarified and fallback. */
  questions: number;
  answered: number;
  clarified: number;
  fallback: number;
  /** Clarified questions where the user then picked one of the choices. */
  resolved: number;
  votes: number;
  helpful: number;
  /** helpful / votes, 0–1; null without votes. */
  helpfulRate: number | null;
}

export interface FeedbackReport {
  /** ISO time the report starts from; null for all time. */
  since: string | null;
  /** Fallback and clarify questions, grouped by normalised text, most frequent first. A clarify question the user resolved by picking a choice is left out (counted in totals.resolved). Questions recorded without text are only counted. */
  unanswered: UnansweredQuestion[];
  /** Entries that received votes, most 👎 first, then lowest helpful ratio. */
  entries: EntryFeedback[];
  totals: ReportTotals;
}

/** What the report needs from the engine. */
export interface Ranker {
  rank(question: string): Candidate[];
}

/** Lowercase words without punctuation or extra spaces: how questions are grouped. */
export function normaliseQuestion(text: string): string {
  return words(text).join(' ');
}

export interface ReportOptions {
  /** Only feedback from this moment on (default all time). */
  since?: Date;
  /** Keep only the most frequent `limit` unanswered groups (default all); only those are ranked by the engine. */
  limit?: number;
}

/**
 * Summarises recorded feedback and asks the engine for each kept unanswered
 * question's closest entry. Grouping and counting are cheap; ranking is the
 * costly part, so `limit` bounds it.
 */
export async function buildReport(source: FeedbackSource, engine: Ranker, options: ReportOptions = {}): Promise<FeedbackReport> {
  const [questions, votes] = await Promise.all([source.questions(options.since), source.votes(options.since)]);

  const count = (outcome: QuestionRecord['outcome']) => questions.filter((q) => q.outcome === outcome).length;
  const resolved = questions.filter(isResolved).length;
  const helpful = votes.filter((v) => v.vote === 'up').length;

  return {
    since: options.since ? options.since.toISOString() : null,
    unanswered: groupUnanswered(questions, engine, options.limit),
    entries: entryFeedback(votes),
    totals: {
      questions: questions.length,
      answered: count('answer'),
      clarified: count('clarify'),
      fallback: count('fallback'),
      resolved,
      votes: votes.length,
      helpful,
      helpfulRate: votes.length === 0 ? null : round(helpful / votes.length),
    },
  };
}

function isResolved(q: QuestionRecord): boolean {
  return q.outcome === 'clarify' && q.chosenEntryId !== null;
}

function groupUnanswered(questions: QuestionRecord[], engine: Ranker, limit = Infinity): UnansweredQuestion[] {
  const groups = new Map<string, { count: number; wordings: Map<string, { count: number; last: number }> }>();
  questions.forEach((q, order) => {
    if (q.outcome === 'answer' || isResolved(q) || q.text === null) return;
    const key = normaliseQuestion(q.text);
    if (key === '') return;
    const group = groups.get(key) ?? { count: 0, wordings: new Map() };
    const wording = group.wordings.get(q.text) ?? { count: 0, last: 0 };
    group.count++;
    wording.count++;
    wording.last = order;
    group.wordings.set(q.text, wording);
    groups.set(key, group);
  });
  return [...groups.values()]
    .map((group) => {
      const [question] = [...group.wordings].sort((a, b) => b[1].count - a[1].count || b[1].last - a[1].last)[0] as [string, unknown];
      return { question, count: group.count };
    })
    .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question))
    .slice(0, Math.max(0, limit))
    .map(({ question, count }) => {
      const best = engine.rank(question)[0];
      return { question, count, closest: best ? { id: best.entry.id, confidence: best.confidence } : null };
    });
}

function entryFeedback(votes: { entryId: string; vote: 'up' | 'down' }[]): EntryFeedback[] {
  const byEntry = new Map<string, { up: number; down: number }>();
  for (const v of votes) {
    const tally = byEntry.get(v.entryId) ?? { up: 0, down: 0 };
    tally[v.vote]++;
    byEntry.set(v.entryId, tally);
  }
  return [...byEntry]
    .map(([id, { up, down }]) => ({ id, up, down, helpfulRatio: round(up / (up + down)) }))
    .sort((a, b) => b.down - a.down || a.helpfulRatio - b.helpfulRatio || a.id.localeCompare(b.id));
}

/** Plain text for the terminal. Question text is shown as recorded (not escaped). */
export function formatReport(report: FeedbackReport, max = 20): string {
  const t = report.totals;
  const lines = [`Feedback report (${report.since ? `since ${report.since}` : 'all time'})`, ''];
  lines.push(
    `Questions: ${t.questions}  answered ${t.answered} (${percent(t.answered, t.questions)}), clarified ${t.clarified} (${t.resolved} resolved by a pick), fallback ${t.fallback}`,
    `Votes: ${t.votes}  helpful ${t.helpful}, not helpful ${t.votes - t.helpful}${t.helpfulRate === null ? '' : ` (${Math.round(t.helpfulRate * 100)}% helpful)`}`,
    '',
    'Unanswered questions, most frequent first:',
  );
  if (report.unanswered.length === 0) lines.push('  none');
  for (const u of report.unanswered.slice(0, max)) {
    const closest = u.closest ? `closest: ${u.closest.id} (${u.closest.confidence.toFixed(2)})` : 'no close entry';
    lines.push(`  ${String(u.count).padStart(4)}x  ${JSON.stringify(u.question)}  ${closest}`);
  }
  if (report.unanswered.length > max) lines.push(`  ... and ${report.unanswered.length - max} more (use --json for all)`);
  lines.push('', 'Entries by feedback, least helpful first:');
  if (report.entries.length === 0) lines.push('  no votes yet');
  const width = Math.max(0, ...report.entries.slice(0, max).map((e) => e.id.length));
  for (const e of report.entries.slice(0, max)) {
    lines.push(`  ${e.id.padEnd(width)}  up ${String(e.up).padStart(3)}  down ${String(e.down).padStart(3)}  ${Math.round(e.helpfulRatio * 100)}% helpful`);
  }
  if (report.entries.length > max) lines.push(`  ... and ${report.entries.length - max} more (use --json for all)`);
  lines.push('', 'Run with --suggest to get YAML for the knowledge base.');
  return lines.join('\n');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
