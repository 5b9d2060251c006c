/**
 * What the bot keeps and every instance must share: votes and questions (for
 * the report), claims on incoming events (each answered once), who has been
 * welcomed, the last turn of each conversation, and what admins taught
 * (additions, dismissed gaps). One interface, two
 * databases: SQLite (one file, the default) and PostgreSQL (several
 * instances). Every method resolves, never rejects: a database problem is
 * logged and gives "not saved" or "cannot tell", and the bot keeps answering.
 */
import type { Decision } from '../answers/engine.js';
import type { PreviousTurn } from '../answers/respond.js';
import { cleanInput, MAX_QUESTION_CHARS } from '../answers/text.js';
import type { CandidateRef, FeedbackSource, Outcome, Pruned, QuestionInput, QuestionRecord, QuestionSaved, Saved, Vote, VoteInput, VoteRecord, VoteSaved } from '../feedback/types.js';
import type { Logger } from '../log.js';
import type { TeachingStore } from '../teaching/teaching.js';
import type { Addition, AdditionContent } from '../teaching/types.js';

export const DEFAULT_DATABASE_PATH = 'data/iot-or-m2m.db';
export const DEFAULT_RETENTION_DAYS = 90;
export const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a claim on an event is kept: Slack retries for about an hour at most. */
export const CLAIM_TTL_MS = 2 * 60 * 60 * 1000;
/** A follow-up more than this long after the turn before it is read on its own. */
export const CONVERSATION_TTL_MS = 30 * 60 * 1000;
/** At most this many candidates of a question are kept. */
export const MAX_CANDIDATES = 5;
/** Claim keys and conversation keys are cut to these lengths. */
export const MAX_CLAIM_KEY = 300;
export const MAX_CONVERSATION_KEY = 200;
/** An addition's content (questions, answer, source as JSON) is refused past this size. */
export const MAX_ADDITION_CHARS = 20_000;

export interface Store extends FeedbackSource, TeachingStore {
  readonly enabled: boolean;
  /** The workspace this view reads and writes: a Slack team id, or '' for the one workspace of a single-workspace app. */
  readonly workspace: string;
  /** The same database seen from one workspace: every row it writes carries that workspace, and it reads only those rows. Closing the store opened closes its views. */
  forWorkspace(teamId: string): Store;
  /** This workspace's installation (as Bolt gives it, JSON); null when it has none; undefined when the store cannot tell. */
  installation(): Promise<string | null | undefined>;
  saveInstallation(json: string): Promise<Saved>;
  /** This workspace's settings (JSON); null when none were saved; undefined when the store cannot tell. */
  settings(): Promise<string | null | undefined>;
  saveSettings(json: string): Promise<Saved>;
  /** Deletes every row of this workspace (WORKSPACE_TABLES): votes, questions, claims, turns, welcomes, additions, dismissals, settings and its installation. */
  deleteWorkspace(): Promise<Saved>;
  /** Why the store is disabled (what, where, fix); undefined when enabled. */
  readonly reason: string | undefined;
  /** Where the data lives, for logs: the file, or the database URL without its password. */
  readonly location: string;
  recordVote(input: VoteInput): Promise<VoteSaved>;
  recordQuestion(input: QuestionInput): Promise<QuestionSaved>;
  /** Records an engine decision; small talk and empty messages are not recorded (saved: false). */
  recordDecision(decision: Decision): Promise<QuestionSaved>;
  /** Remembers which entry the user picked after the question `questionId` (e.g. a "did you mean" button). */
  recordChoice(questionId: number, entryId: string): Promise<Saved>;
  /** Keeps the last turn of a conversation (a DM or thread), replacing the one before; nothing when question text is not recorded. */
  rememberTurn(conversation: string, turn: PreviousTurn): Promise<Saved>;
  /** The last turn of a conversation, if it is less than CONVERSATION_TTL_MS old. */
  lastTurn(conversation: string): Promise<PreviousTurn | undefined>;
  /**
   * Claims an incoming event under every one of `keys` (its event_id, and a
   * message's channel and ts): true for the first claim, false when any key
   * was claimed within CLAIM_TTL_MS, by this process or another. Undefined
   * when the store cannot tell (disabled or failing): the caller decides.
   */
  claim(keys: readonly string[]): Promise<boolean | undefined>;
  /** Claims the welcome DM for a person: true the first time only. Undefined when the store cannot tell. */
  claimWelcome(userId: string): Promise<boolean | undefined>;
  /** Whether the store can be read and written now, and why not, for /healthz. */
  health(): Promise<{ ok: boolean; problem?: string }>;
  prune(): Promise<Pruned>;
  /** Prunes every `intervalMs` (default daily) on an unref'd timer; returns a stop function. */
  startDailyPrune(intervalMs?: number): () => void;
  close(): Promise<void>;
}

/** What both databases are opened with. */
export interface StoreOptions {
  logger: Logger;
  /** FEEDBACK_HASH_KEY; with SQLite, a key is created once beside the file without it. */
  hashKey?: string | undefined;
  /** RECORD_QUESTIONS; false keeps counts and outcomes but never question text. Default true. */
  recordQuestions?: boolean;
  /** Rows older than this are deleted at open and by `prune()`. Default 90. */
  retentionDays?: number;
  now?: () => Date;
  /** Open an existing database for reading only (the report CLI): no folder, key, migration or pruning. */
  readOnly?: boolean;
}

/** A store that records nothing, for when feedback is off or the database cannot be used. */
export function disabledStore(location: string, reason: string): Store {
  const nothing = <T>(value: T) => () => Promise.resolve(value);
  const store: Store = {
    enabled: false,
    reason,
    location,
    workspace: '',
    // `this`, not the object made here: a test's stand-in made by spreading this one stays itself.
    forWorkspace(this: Store) {
      return this;
    },
    installation: nothing(undefined),
    saveInstallation: nothing({ saved: false }),
    settings: nothing(undefined),
    saveSettings: nothing({ saved: false }),
    deleteWorkspace: nothing({ saved: false }),
    recordVote: nothing({ saved: false }),
    recordQuestion: nothing({ saved: false }),
    recordDecision: nothing({ saved: false }),
    recordChoice: nothing({ saved: false }),
    rememberTurn: nothing({ saved: false }),
    lastTurn: nothing(undefined),
    claim: nothing(undefined),
    claimWelcome: nothing(undefined),
    health: nothing({ ok: false, problem: reason }),
    prune: nothing({ saved: false }),
    startDailyPrune: () => () => {},
    votes: nothing([]),
    questions: nothing([]),
    additions: nothing(undefined),
    addAddition: nothing({ saved: false }),
    undoAddition: nothing({ saved: false }),
    dismissGap: nothing({ saved: false }),
    dismissedGaps: () => Promise.resolve(new Set<string>()),
    close: nothing(undefined),
  };
  return store;
}

/** The rules both databases apply to what they are given, so they record alike. */
export const rules = {
  retentionDays(options: StoreOptions): number {
    const days = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
    return Number.isFinite(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS;
  },
  /** A vote worth recording, or undefined; the question is cut, or left out when text is not recorded. */
  vote(input: VoteInput, recordText: boolean): { userId: string; entryId: string; question: string; confidence: number | null; value: 1 | -1 } | undefined {
    if (!nonEmpty(input.userId) || !nonEmpty(input.entryId) || (input.vote !== 'up' && input.vote !== 'down')) return undefined;
    const question = recordText ? cleanInput(input.question, MAX_QUESTION_CHARS) : '';
    return { userId: input.userId, entryId: input.entryId, question, confidence: confidenceOf(input.confidence), value: input.vote === 'up' ? 1 : -1 };
  },
  /** A question worth recording, or undefined. Answered questions are only counted: their text is not needed for the report. */
  question(input: QuestionInput, recordText: boolean): { text: string | null; outcome: string; candidates: string } | undefined {
    if (!['answer', 'clarify', 'fallback'].includes(input.outcome)) return undefined;
    const text = recordText && input.outcome !== 'answer' ? cleanInput(input.question, MAX_QUESTION_CHARS) || null : null;
    const candidates = (Array.isArray(input.candidates) ? input.candidates : [])
      .slice(0, MAX_CANDIDATES)
      .map((c) => ({ id: String(c.id), confidence: confidenceOf(c.confidence) ?? 0 }));
    return { text, outcome: input.outcome, candidates: JSON.stringify(candidates) };
  },
  /** The question a decision records; undefined for small talk and empty messages. For clarify, what the user was offered; otherwise what the engine considered. */
  decision(decision: Decision): QuestionInput | undefined {
    if (decision.kind !== 'answer' && decision.kind !== 'clarify' && decision.kind !== 'fallback') return undefined;
    const offered = decision.kind === 'clarify' ? decision.choices : decision.candidates;
    return { question: decision.question, outcome: decision.kind, candidates: offered.map((c) => ({ id: c.entry.id, confidence: c.confidence })) };
  },
  /** The turn as kept: its question cut, its entries capped. */
  turn(turn: PreviousTurn): string {
    return JSON.stringify({ question: cleanInput(turn.question, MAX_QUESTION_CHARS), kind: turn.kind, entryIds: turn.entryIds.slice(0, MAX_CANDIDATES), ...(turn.recommended ? { recommended: turn.recommended } : {}) });
  },
  /** An addition's content as kept (JSON), cut to sizes no form allows past; undefined when it is not one. */
  addition(content: AdditionContent, userId: string): { kind: string; entryId: string; content: string } | undefined {
    if (!nonEmpty(userId) || !nonEmpty(content.entryId)) return undefined;
    const { kind, entryId, ...rest } = content;
    const json = JSON.stringify(rest);
    return json.length > MAX_ADDITION_CHARS ? undefined : { kind, entryId: entryId.slice(0, MAX_CLAIM_KEY), content: json };
  },
  claimKeys(keys: readonly string[]): string[] {
    return [...new Set(keys.map((key) => key.slice(0, MAX_CLAIM_KEY)))];
  },
};

/**
 * Store failures, logged at most once a minute with how many were left
 * out, so a full disk or a database that is down does not flood the log.
 */
export class FailureLog {
  private last = -Infinity;
  private suppressed = 0;

  constructor(
    private readonly logger: Logger,
    private readonly where: Record<string, unknown>,
    private readonly fixOf: (error: unknown) => string,
    private readonly everyMs = 60_000,
  ) {}

  /** Runs `fn`; a failure is logged (throttled) and turned into `fallback`. */
  async guard<T>(operation: string, fallback: T, fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      this.failed(operation, error);
      return fallback;
    }
  }

  failed(operation: string, error: unknown): void {
    const at = Date.now();
    if (at - this.last < this.everyMs) {
      this.suppressed++;
      return;
    }
    this.logger.error('store_failed', { operation, ...this.where, error, suppressedSinceLast: this.suppressed, fix: this.fixOf(error) });
    this.last = at;
    this.suppressed = 0;
  }
}

export function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

export function confidenceOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : null;
}

export function voteOf(value: number): Vote {
  return value > 0 ? 'up' : 'down';
}

export function sinceMs(since: Date | undefined): number {
  const ms = since?.getTime();
  return ms === undefined || Number.isNaN(ms) ? 0 : ms;
}

export function parseTurn(json: string): PreviousTurn | undefined {
  try {
    const value = JSON.parse(json) as Partial<PreviousTurn> | null;
    if (typeof value?.question !== 'string' || typeof value.kind !== 'string' || !Array.isArray(value.entryIds)) return undefined;
    const recommended = value.recommended === 'iot' || value.recommended === 'm2m' ? { recommended: value.recommended } : {};
    return { question: value.question, kind: value.kind, entryIds: value.entryIds.filter((id): id is string => typeof id === 'string'), ...recommended };
  } catch {
    return undefined;
  }
}

export function parseCandidates(json: string): CandidateRef[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter((c): c is CandidateRef => typeof c === 'object' && c !== null && typeof c.id === 'string' && typeof c.confidence === 'number');
  } catch {
    return [];
  }
}

/** The report's reads, the same SQL on both databases but for the placeholder ("?" or "$1"). */
export const REPORT_SQL = {
  votes: (since: string, team: string) => `SELECT entry_id, question, confidence, vote, updated_at FROM votes WHERE updated_at >= ${since} AND team_id = ${team} ORDER BY updated_at, id`,
  questions: (since: string, team: string) => `SELECT id, text, outcome, candidates, chosen_entry_id, asked_at FROM questions WHERE asked_at >= ${since} AND team_id = ${team} ORDER BY asked_at, id`,
};

/** The JSON documents kept one per workspace, read and replaced whole: its installation and its settings. */
const WORKSPACE_DOCUMENTS = {
  installation: { table: 'installations', column: 'installation', stamp: 'installed_at' },
  settings: { table: 'workspace_settings', column: 'settings', stamp: 'updated_at' },
} as const;
export type WorkspaceDocument = keyof typeof WORKSPACE_DOCUMENTS;

/** SQL for a workspace document in either dialect, given its placeholders ("?" or "$1"…). */
export const DOCUMENT_SQL = {
  read: (kind: WorkspaceDocument, team: string) => {
    const { table, column } = WORKSPACE_DOCUMENTS[kind];
    return `SELECT ${column} AS document FROM ${table} WHERE team_id = ${team}`;
  },
  write: (kind: WorkspaceDocument, [team, document, at]: readonly [string, string, string]) => {
    const { table, column, stamp } = WORKSPACE_DOCUMENTS[kind];
    return `INSERT INTO ${table} (team_id, ${column}, ${stamp}) VALUES (${team}, ${document}, ${at}) ON CONFLICT (team_id) DO UPDATE SET ${column} = excluded.${column}, ${stamp} = excluded.${stamp}`;
  },
};

/** Every table with a row per workspace, deleted with it (installations and settings included). */
export const WORKSPACE_TABLES = ['votes', 'questions', 'conversations', 'claims', 'welcomes', 'additions', 'dismissals', 'installations', 'workspace_settings'] as const;

/** A votes row as either database returns it (PostgreSQL gives its 64-bit numbers as strings). */
export interface VoteRow {
  entry_id: string;
  question: string;
  confidence: number | null;
  vote: number;
  updated_at: number | string;
}

export interface QuestionRow {
  id: number | string;
  text: string | null;
  outcome: Outcome;
  candidates: string;
  chosen_entry_id: string | null;
  asked_at: number | string;
}

export function voteRecordOf(row: VoteRow): VoteRecord {
  return { entryId: row.entry_id, question: row.question, confidence: row.confidence, vote: voteOf(row.vote), at: new Date(Number(row.updated_at)) };
}

export function questionRecordOf(row: QuestionRow): QuestionRecord {
  return { id: Number(row.id), text: row.text, outcome: row.outcome, candidates: parseCandidates(row.candidates), chosenEntryId: row.chosen_entry_id, at: new Date(Number(row.asked_at)) };
}

/** The reads of additions and dismissed gaps, the same SQL on both databases. */
export const TEACHING_SQL = {
  additions: (team: string) => `SELECT id, kind, entry_id, content, author_hash, created_at, undone_at FROM additions WHERE team_id = ${team} ORDER BY id`,
  dismissed: (team: string) => `SELECT question FROM dismissals WHERE team_id = ${team}`,
};

/** An additions row as either database returns it. */
export interface AdditionRow {
  id: number | string;
  kind: string;
  entry_id: string;
  content: string;
  author_hash: string;
  created_at: number | string;
  undone_at: number | string | null;
}

/** An addition as read back; a row that is not one (edited by hand, say) gives undefined and is left out. */
export function additionOf(row: AdditionRow): Addition | undefined {
  let content: unknown;
  try {
    content = JSON.parse(row.content);
  } catch {
    return undefined;
  }
  if (typeof content !== 'object' || content === null) return undefined;
  const c = content as Record<string, unknown>;
  const base = { id: Number(row.id), entryId: row.entry_id, authorHash: row.author_hash, at: new Date(Number(row.created_at)), undoneAt: row.undone_at === null ? null : new Date(Number(row.undone_at)) };
  const text = (value: unknown): value is string => typeof value === 'string';
  if (row.kind === 'phrasing' && text(c.question)) return { ...base, kind: 'phrasing', question: c.question };
  if (row.kind === 'entry' && Array.isArray(c.questions) && c.questions.every(text) && text(c.answer) && text(c.source) && (c.topic === undefined || text(c.topic))) {
    return { ...base, kind: 'entry', questions: c.questions, answer: c.answer, source: c.source, ...(c.topic ? { topic: c.topic } : {}) };
  }
  return undefined;
}

/** Runs `prune` every `intervalMs` on an unref'd timer (it never keeps the process alive); returns a stop function. */
export function pruneEvery(prune: () => Promise<unknown>, intervalMs: number): () => void {
  const timer = setInterval(() => void prune(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

