/** The store in one SQLite file (DATABASE_PATH): the default, with nothing to set up. */
import { mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Decision } from '../answers/engine.js';
import type { PreviousTurn } from '../answers/respond.js';
import type { Pruned, QuestionInput, QuestionRecord, QuestionSaved, Saved, VoteInput, VoteRecord, VoteSaved } from '../feedback/types.js';
import { MAX_QUESTION_CHARS } from '../answers/text.js';
import type { Addition, AdditionContent } from '../teaching/types.js';
import { hashUser, keyFileOf, loadOrCreateKey } from './hashKey.js';
import { MIGRATIONS, SCHEMA_VERSION } from './sqliteSchema.js';
import {
  CLAIM_TTL_MS,
  CONVERSATION_TTL_MS,
  DAY_MS,
  disabledStore,
  FailureLog,
  MAX_CONVERSATION_KEY,
  nonEmpty,
  parseTurn,
  rules,
  sinceMs,
  voteOf,
  pruneEvery,
  questionRecordOf,
  DOCUMENT_SQL,
  REPORT_SQL,
  voteRecordOf,
  additionOf,
  TEACHING_SQL,
  WORKSPACE_TABLES,
  type AdditionRow,
  type QuestionRow,
  type Store,
  type VoteRow,
  type WorkspaceDocument,
  type StoreOptions,
} from './store.js';

export type SqliteDriver = typeof BetterSqlite3;
type Db = BetterSqlite3.Database;

/** How long a write waits for another process holding the database (a second instance on the same file). */
const BUSY_TIMEOUT_MS = 5000;
/** The pause before trying again when SQLite reports the file busy without waiting (see whileBusy). */
const BUSY_RETRY_PAUSE_MS = 20;

export interface SqliteStoreOptions extends StoreOptions {
  /** The database file, e.g. DATABASE_PATH; its folder is created if missing. Without a hash key, one is created once in `<path>.key` (mode 0600). */
  path: string;
  /** How better-sqlite3 is loaded; tests replace it to simulate a missing native module or a busy file. */
  loadDriver?: () => SqliteDriver;
  /** How long to wait for another process holding the database before giving up (5 s by default). */
  busyTimeoutMs?: number;
}

/** Opens (creating and migrating if needed) the feedback database. Never throws: on any problem, logs one error and returns a disabled store. */
export function openSqliteStore(options: SqliteStoreOptions): Store {
  const file = resolve(options.path);
  let db: Db | undefined;
  let stage: Stage = 'driver';
  try {
    const Driver = (options.loadDriver ?? loadBetterSqlite3)();
    if (!options.readOnly) {
      stage = 'folder';
      mkdirSync(dirname(file), { recursive: true });
    }
    stage = 'open';
    const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
    const open = (): Db => whileBusy(busyTimeoutMs, () => openDatabase(Driver, file, options.readOnly === true, busyTimeoutMs));
    db = open();
    let key = '';
    if (!options.readOnly) {
      stage = 'key';
      key = options.hashKey?.trim() || loadOrCreateKey(keyFileOf(file));
    }
    const store = new SqliteStore({ db, closed: false, pending: [], statements: new Map(), identity: identityOf(file) }, file, key, options, open);
    if (!options.readOnly) void store.prune();
    return store;
  } catch (error) {
    try {
      db?.close();
    } catch {
      // Already failing; the first error is the one worth reporting.
    }
    const { problem, fix } = explain(stage, error, file, options.readOnly === true);
    const detail = error instanceof Error ? error.message : String(error);
    options.logger.error('feedback_store_disabled', { problem, file, error: detail, fix, effect: 'the bot keeps running without recording feedback' });
    return disabledStore(file, `${problem} (${file}): ${detail}. Fix: ${fix}`);
  }
}

function loadBetterSqlite3(): SqliteDriver {
  return createRequire(import.meta.url)('better-sqlite3') as SqliteDriver;
}

type Stage = 'driver' | 'folder' | 'open' | 'schema' | 'key';

class StoreProblem extends Error {
  constructor(
    readonly kind: 'newer' | 'older',
    message: string,
  ) {
    super(message);
  }
}

function explain(stage: Stage, error: unknown, file: string, readOnly: boolean): { problem: string; fix: string } {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof StoreProblem) {
    return error.kind === 'newer'
      ? { problem: 'the feedback database was written by a newer version of the bot', fix: 'upgrade the bot, or set DATABASE_PATH to another file' }
      : { problem: 'the feedback database has an older schema', fix: 'start the bot once so it upgrades the database' };
  }
  if (stage === 'driver' || /better_sqlite3\.node|NODE_MODULE_VERSION|dlopen/i.test(message) || code === 'ERR_DLOPEN_FAILED') {
    return { problem: 'the SQLite driver (better-sqlite3) could not be loaded', fix: 'run "npm rebuild better-sqlite3" with the Node version that runs the bot (better-sqlite3 12 on Node 20)' };
  }
  if (stage === 'folder') return { problem: `cannot create the folder ${dirname(file)} for the feedback database`, fix: 'make the folder writable, or set DATABASE_PATH to a writable location' };
  if (busy(error)) {
    return { problem: 'another process kept the feedback database locked', fix: 'run fewer instances on one database file, or use PostgreSQL (DATABASE_URL) for several' };
  }
  if (stage === 'key') return { problem: `cannot read or create the hash key file ${keyFileOf(file)}`, fix: 'make the folder writable, fix or delete the key file, or set FEEDBACK_HASH_KEY' };
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return { problem: 'the feedback database file is not a readable SQLite database', fix: 'move the file aside (a new one is created at the next start), or set DATABASE_PATH to another file' };
  }
  if (readOnly && code === 'SQLITE_CANTOPEN') return { problem: 'cannot open the feedback database', fix: 'check that the file exists and is readable, or set DATABASE_PATH' };
  return { problem: 'cannot open the feedback database for writing', fix: 'check the permissions and free space of the file and its folder, or set DATABASE_PATH to a writable location' };
}

/**
 * Opens the file and brings its schema up to date. WAL with synchronous =
 * NORMAL: a killed process loses nothing committed (only a power cut can
 * lose the last commits), and commits do not wait for the disk. Another
 * process writing at the same time is waited for, up to busyTimeoutMs.
 */
function openDatabase(Driver: SqliteDriver, file: string, readOnly: boolean, busyTimeoutMs: number): Db {
  const db = new Driver(file, { readonly: readOnly, fileMustExist: readOnly });
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    if (readOnly) db.prepare('SELECT count(*) FROM sqlite_master').get();
    else {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    const version = schemaVersion(db);
    if (version > SCHEMA_VERSION) throw new StoreProblem('newer', `schema version ${version}; this version of the bot knows up to ${SCHEMA_VERSION}`);
    if (readOnly) {
      if (version < SCHEMA_VERSION) throw new StoreProblem('older', `schema version ${version}; this version needs ${SCHEMA_VERSION}`);
    } else migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Runs `attempt` again while SQLite reports the file busy, until `timeoutMs`
 * has passed. SQLite's own wait (busy_timeout) does not cover every case: a
 * process closing the file or recovering its WAL holds it for a moment, and
 * another opening it then is told "database is locked" at once.
 */
function whileBusy<T>(timeoutMs: number, attempt: () => T): T {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      return attempt();
    } catch (error) {
      if (!busy(error) || performance.now() >= deadline) throw error;
      // Opening is synchronous (at start, or when a replaced file is opened again before a write), so this blocks the
      // process: usually for one pause, at worst until the deadline (plus SQLite's own wait in the last attempt).
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, BUSY_RETRY_PAUSE_MS);
    }
  }
}

function schemaVersion(db: Db): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!table) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as { version: number | null } | undefined;
  return row?.version ?? 0;
}

/**
 * Applies the missing migrations. The write lock is taken first (BEGIN
 * IMMEDIATE) and the version read again under it, so two processes starting
 * together on a new file migrate it once: the second waits, then finds it done.
 */
function migrate(db: Db): void {
  if (schemaVersion(db) === SCHEMA_VERSION) return;
  db.transaction(() => {
    const from = schemaVersion(db);
    if (from >= SCHEMA_VERSION) return;
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    for (let v = from; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v] as string);
    db.exec('DELETE FROM schema_version');
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(SCHEMA_VERSION);
  }).immediate();
}

/**
 * better-sqlite3 is synchronous and fast (microseconds per statement on a
 * local file), so each method does its work at once and resolves with it.
 */
class SqliteStore implements Store {
  readonly enabled = true;
  readonly reason = undefined;
  private readonly now: () => Date;
  private readonly recordText: boolean;
  private readonly retentionDays: number;
  private readonly failures: FailureLog;
  private readonly busyTimeoutMs: number;

  constructor(
    /** The open file, shared by the views of every workspace. */
    private readonly file: SqliteFile,
    readonly location: string,
    private readonly key: string,
    private readonly options: SqliteStoreOptions,
    private readonly reopen: () => Db,
    readonly workspace = '',
  ) {
    this.now = options.now ?? (() => new Date());
    this.recordText = options.recordQuestions !== false;
    this.retentionDays = rules.retentionDays(options);
    this.busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
    this.failures = new FailureLog(options.logger, { file: location }, (error) =>
      busy(error)
        ? `another process held the database for more than ${this.busyTimeoutMs / 1000} s; run fewer instances on one database file, or use PostgreSQL (DATABASE_URL)`
        : 'check free disk space and the permissions of the database file; the bot keeps running',
    );
  }

  recordVote(input: VoteInput): Promise<VoteSaved> {
    const vote = rules.vote(input, this.recordText);
    if (!vote) return Promise.resolve({ saved: false });
    return this.write('recordVote', { saved: false }, (): VoteSaved => {
      const user = hashUser(this.key, vote.userId);
      const at = this.now().getTime();
      // One vote per person per answer: a second click (from any copy of the answer, for any wording) replaces the first.
      const before = this.sql('SELECT vote FROM votes WHERE user_hash = ? AND entry_id = ?').get(user, vote.entryId) as { vote: number } | undefined;
      this.sql(
        `INSERT INTO votes (user_hash, entry_id, question, confidence, vote, created_at, updated_at, team_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (user_hash, entry_id) DO UPDATE SET vote = excluded.vote, question = excluded.question, confidence = excluded.confidence, updated_at = excluded.updated_at`,
      ).run(user, vote.entryId, vote.question, vote.confidence, vote.value, at, at, this.workspace);
      return { saved: true, previous: before ? voteOf(before.vote) : null };
    });
  }

  recordQuestion(input: QuestionInput): Promise<QuestionSaved> {
    return this.insertQuestion(input);
  }

  recordDecision(decision: Decision): Promise<QuestionSaved> {
    const input = rules.decision(decision);
    return input ? this.insertQuestion(input) : Promise.resolve({ saved: false });
  }

  recordChoice(questionId: number, entryId: string): Promise<Saved> {
    if (!Number.isSafeInteger(questionId) || !nonEmpty(entryId)) return Promise.resolve({ saved: false });
    return this.write('recordChoice', { saved: false }, (): Saved => {
      const result = this.sql('UPDATE questions SET chosen_entry_id = ?, chosen_at = ? WHERE id = ? AND team_id = ?').run(entryId, this.now().getTime(), questionId, this.workspace);
      return result.changes === 1 ? { saved: true } : { saved: false };
    });
  }

  rememberTurn(conversation: string, turn: PreviousTurn): Promise<Saved> {
    // The turn holds question text: kept only where question text may be recorded.
    if (!this.recordText || !nonEmpty(conversation)) return Promise.resolve({ saved: false });
    return this.write('rememberTurn', { saved: false }, (): Saved => {
      this.sql('INSERT INTO conversations (conversation, turn, updated_at, team_id) VALUES (?, ?, ?, ?) ON CONFLICT (conversation) DO UPDATE SET turn = excluded.turn, updated_at = excluded.updated_at, team_id = excluded.team_id').run(
        conversation.slice(0, MAX_CONVERSATION_KEY),
        rules.turn(turn),
        this.now().getTime(),
        this.workspace,
      );
      return { saved: true };
    });
  }

  lastTurn(conversation: string): Promise<PreviousTurn | undefined> {
    return this.failures.guard('lastTurn', undefined, () => {
      if (this.file.closed || !nonEmpty(conversation)) return undefined;
      const row = this.sql('SELECT turn, updated_at FROM conversations WHERE conversation = ? AND team_id = ?').get(conversation.slice(0, MAX_CONVERSATION_KEY), this.workspace) as { turn: string; updated_at: number } | undefined;
      if (!row || this.now().getTime() - row.updated_at > CONVERSATION_TTL_MS) return undefined;
      return parseTurn(row.turn);
    });
  }

  health(): Promise<{ ok: boolean; problem?: string }> {
    if (this.file.closed) return Promise.resolve({ ok: false, problem: 'closed' });
    try {
      this.sql('SELECT 1').get();
    } catch (error) {
      return Promise.resolve({ ok: false, problem: error instanceof Error ? error.message : String(error) });
    }
    return Promise.resolve(sameFile(this.file.identity, identityOf(this.location)) ? { ok: true } : { ok: false, problem: 'the database file was deleted or replaced' });
  }

  claim(keys: readonly string[]): Promise<boolean | undefined> {
    const claimed = rules.claimKeys(keys);
    if (claimed.length === 0) return Promise.resolve(undefined);
    return this.write('claim', undefined, (): boolean => {
      const at = this.now().getTime();
      const fresh = this.sql('SELECT 1 FROM claims WHERE key = ? AND claimed_at > ?');
      if (claimed.some((key) => fresh.get(key, at - CLAIM_TTL_MS))) return false;
      const insert = this.sql('INSERT INTO claims (key, claimed_at, team_id) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET claimed_at = excluded.claimed_at, team_id = excluded.team_id');
      for (const key of claimed) insert.run(key, at, this.workspace);
      return true;
    });
  }

  claimWelcome(userId: string): Promise<boolean | undefined> {
    if (!nonEmpty(userId)) return Promise.resolve(undefined);
    return this.write('claimWelcome', undefined, () => {
      const result = this.sql('INSERT INTO welcomes (user_hash, welcomed_at, team_id) VALUES (?, ?, ?) ON CONFLICT (user_hash) DO NOTHING').run(hashUser(this.key, userId), this.now().getTime(), this.workspace);
      return result.changes === 1;
    });
  }

  prune(): Promise<Pruned> {
    return this.failures.guard('prune', { saved: false }, () => this.pruneNow());
  }

  /** Deletes rows past their time; throws on a database error (the caller guards). */
  pruneNow(): Pruned {
    if (!this.writable()) return { saved: false };
    const at = this.now().getTime();
    const cutoff = at - this.retentionDays * DAY_MS;
    const removed = this.file.db.transaction(
      () =>
        this.sql('DELETE FROM votes WHERE updated_at < ?').run(cutoff).changes +
        this.sql('DELETE FROM questions WHERE asked_at < ?').run(cutoff).changes +
        this.sql('DELETE FROM conversations WHERE updated_at < ?').run(at - CONVERSATION_TTL_MS).changes +
        this.sql('DELETE FROM claims WHERE claimed_at < ?').run(at - CLAIM_TTL_MS).changes,
    ).immediate();
    if (removed > 0) this.options.logger.info('feedback_pruned', { removed, retentionDays: this.retentionDays });
    return { saved: true, removed };
  }

  startDailyPrune(intervalMs = DAY_MS): () => void {
    return pruneEvery(() => this.prune(), intervalMs);
  }

  votes(since?: Date): Promise<VoteRecord[]> {
    return this.failures.guard('votes', [], () => {
      if (this.file.closed) return [];
      return (this.sql(REPORT_SQL.votes('?', '?')).all(sinceMs(since), this.workspace) as VoteRow[]).map(voteRecordOf);
    });
  }

  questions(since?: Date): Promise<QuestionRecord[]> {
    return this.failures.guard('questions', [], () => {
      if (this.file.closed) return [];
      return (this.sql(REPORT_SQL.questions('?', '?')).all(sinceMs(since), this.workspace) as QuestionRow[]).map(questionRecordOf);
    });
  }

  additions(): Promise<Addition[] | undefined> {
    return this.failures.guard('additions', undefined, () => {
      if (this.file.closed) return undefined;
      return (this.sql(TEACHING_SQL.additions('?')).all(this.workspace) as AdditionRow[]).map(additionOf).filter((a) => a !== undefined);
    });
  }

  addAddition(content: AdditionContent, userId: string): Promise<{ saved: true; id: number } | { saved: false }> {
    const row = rules.addition(content, userId);
    if (!row) return Promise.resolve({ saved: false });
    return this.write<{ saved: true; id: number } | { saved: false }>('addAddition', { saved: false }, () => {
      const result = this.sql('INSERT INTO additions (kind, entry_id, content, author_hash, created_at, team_id) VALUES (?, ?, ?, ?, ?, ?)').run(row.kind, row.entryId, row.content, hashUser(this.key, userId), this.now().getTime(), this.workspace);
      return { saved: true, id: Number(result.lastInsertRowid) };
    });
  }

  undoAddition(id: number, userId: string): Promise<Saved> {
    if (!Number.isSafeInteger(id) || !nonEmpty(userId)) return Promise.resolve({ saved: false });
    return this.write('undoAddition', { saved: false }, (): Saved => {
      const result = this.sql('UPDATE additions SET undone_at = ?, undone_by_hash = ? WHERE id = ? AND team_id = ? AND undone_at IS NULL').run(this.now().getTime(), hashUser(this.key, userId), id, this.workspace);
      return result.changes === 1 ? { saved: true } : { saved: false };
    });
  }

  dismissGap(question: string, userId: string): Promise<Saved> {
    if (!nonEmpty(question) || !nonEmpty(userId)) return Promise.resolve({ saved: false });
    return this.write('dismissGap', { saved: false }, (): Saved => {
      this.sql('INSERT INTO dismissals (team_id, question, author_hash, dismissed_at) VALUES (?, ?, ?, ?) ON CONFLICT (team_id, question) DO NOTHING').run(this.workspace, question.slice(0, MAX_QUESTION_CHARS), hashUser(this.key, userId), this.now().getTime());
      return { saved: true };
    });
  }

  dismissedGaps(): Promise<Set<string>> {
    return this.failures.guard('dismissedGaps', new Set<string>(), () => {
      if (this.file.closed) return new Set<string>();
      return new Set((this.sql(TEACHING_SQL.dismissed('?')).all(this.workspace) as { question: string }[]).map((r) => r.question));
    });
  }

  forWorkspace(teamId: string): Store {
    return teamId === this.workspace ? this : new SqliteStore(this.file, this.location, this.key, this.options, this.reopen, teamId);
  }

  installation(): Promise<string | null | undefined> {
    return this.document('installation');
  }

  saveInstallation(json: string): Promise<Saved> {
    return this.saveDocument('installation', 'saveInstallation', json);
  }

  settings(): Promise<string | null | undefined> {
    return this.document('settings');
  }

  saveSettings(json: string): Promise<Saved> {
    return this.saveDocument('settings', 'saveSettings', json);
  }

  /** This workspace's document of that kind: null when there is none, undefined when it cannot be read. */
  private document(kind: WorkspaceDocument): Promise<string | null | undefined> {
    return this.failures.guard(kind, undefined, () => {
      if (this.file.closed) return undefined;
      const row = this.sql(DOCUMENT_SQL.read(kind, '?')).get(this.workspace) as { document: string } | undefined;
      return row?.document ?? null;
    });
  }

  private saveDocument(kind: WorkspaceDocument, operation: string, json: string): Promise<Saved> {
    return this.write(operation, { saved: false }, (): Saved => {
      this.sql(DOCUMENT_SQL.write(kind, ['?', '?', '?'])).run(this.workspace, json, this.now().getTime());
      return { saved: true };
    });
  }

  deleteWorkspace(): Promise<Saved> {
    return this.write('deleteWorkspace', { saved: false }, (): Saved => {
      for (const table of WORKSPACE_TABLES) this.sql(`DELETE FROM ${table} WHERE team_id = ?`).run(this.workspace);
      return { saved: true };
    });
  }

  close(): Promise<void> {
    if (this.file.closed) return Promise.resolve();
    // Writes already queued are committed before the file is closed: once, with no later try.
    this.flush({ final: true });
    this.file.closed = true;
    try {
      this.file.db.close();
    } catch (error) {
      this.options.logger.warn('feedback_close_failed', { file: this.location, error });
    }
    return Promise.resolve();
  }

  private insertQuestion(input: QuestionInput): Promise<QuestionSaved> {
    const question = rules.question(input, this.recordText);
    if (!question) return Promise.resolve({ saved: false });
    return this.write('recordQuestion', { saved: false }, (): QuestionSaved => {
      const result = this.sql('INSERT INTO questions (text, outcome, candidates, asked_at, team_id) VALUES (?, ?, ?, ?, ?)').run(question.text, question.outcome, question.candidates, this.now().getTime(), this.workspace);
      return { saved: true, id: Number(result.lastInsertRowid) };
    });
  }

  /**
   * Queues a write. The writes queued in one turn of the event loop (the
   * claims, votes and questions of every event in flight) run in one
   * transaction: one commit, one lock, instead of one each. Each write is a
   * savepoint of its own, so one that fails is undone alone and gives its
   * fallback; each resolves once the transaction is committed, so nothing
   * is reported saved that was not.
   */
  private write<T>(operation: string, fallback: T, run: () => T): Promise<T> {
    if (this.file.closed || this.options.readOnly === true) return Promise.resolve(fallback);
    return new Promise<T>((resolve) => {
      this.file.pending.push({ operation, fallback, run, resolve, queuedAt: performance.now() } as PendingWrite<unknown>);
      if (this.file.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(options: { final?: boolean } = {}): void {
    const batch = this.file.pending.splice(0);
    if (batch.length === 0) return;
    const results = batch.map((job) => job.fallback);
    try {
      if (this.file.closed || !this.writable()) throw new Unsaved();
      this.file.db.transaction(() => {
        for (const [i, job] of batch.entries()) {
          try {
            results[i] = this.file.db.transaction(job.run)();
          } catch (error) {
            this.failures.failed(job.operation, error);
            // Some errors (disk full, I/O) end the whole transaction: the writes after it must not commit on their own.
            if (!this.file.db.inTransaction) throw new Unsaved();
          }
        }
      }).immediate();
    } catch (error) {
      // Told "locked" without SQLite's wait (another process closing the file): nothing was written, so the batch goes
      // again, until busyTimeoutMs after its oldest write (a write that joined it late gets what time is left).
      if (!options.final && busy(error) && performance.now() - (batch[0] as PendingWrite<unknown>).queuedAt < this.busyTimeoutMs) {
        this.file.pending.unshift(...batch);
        setTimeout(() => this.flush(), BUSY_RETRY_PAUSE_MS);
        return;
      }
      // The transaction as a whole (the lock, the commit) failed, or the file is gone: none of it was saved.
      if (!(error instanceof Unsaved)) this.failures.failed('write', error);
      batch.forEach((job) => job.resolve(job.fallback));
      return;
    }
    batch.forEach((job, i) => job.resolve(results[i]));
  }

  private sql(text: string): BetterSqlite3.Statement {
    let statement = this.file.statements.get(text);
    if (!statement) this.file.statements.set(text, (statement = this.file.db.prepare(text)));
    return statement;
  }

  /**
   * Whether this store can write now. A database file deleted or replaced
   * under the app (someone cleaning the data folder, a restore) would take
   * every later write into a file nobody will read: it is noticed here, the
   * write is refused (the person is told it was not saved), an error is
   * logged, and the file is opened again, or created anew, for the next one.
   */
  private writable(): boolean {
    if (this.file.closed || this.options.readOnly === true) return false;
    const now = identityOf(this.location);
    if (sameFile(this.file.identity, now)) return true;
    this.options.logger.error('feedback_store_file_replaced', {
      file: this.location,
      problem: now ? 'the database file was replaced' : 'the database file was deleted',
      effect: 'this vote or question was not saved; the file is opened again for the next one',
      fix: 'keep DATABASE_PATH out of cleanup jobs and restores while the app runs',
    });
    try {
      this.file.statements.clear();
      this.file.db.close();
    } catch {
      // The old handle is being dropped anyway.
    }
    try {
      this.file.db = this.reopen();
      this.file.identity = identityOf(this.location);
    } catch (error) {
      this.options.logger.error('feedback_store_reopen_failed', { file: this.location, error });
    }
    return false;
  }
}

/** What every workspace's view of one file shares: the connection, the batch being gathered, the prepared statements. */
interface SqliteFile {
  db: Db;
  closed: boolean;
  /** Writes waiting for the next batch (see write()). */
  pending: PendingWrite<unknown>[];
  /** Prepared statements, by SQL text: preparing one costs more than running it. */
  statements: Map<string, BetterSqlite3.Statement>;
  /** The file the database was opened from, to notice it being deleted or replaced. */
  identity: FileIdentity | undefined;
}

interface PendingWrite<T> {
  operation: string;
  fallback: T;
  run: () => T;
  resolve: (value: T) => void;
  /** When the write was asked for: a batch told "locked" is tried again until busyTimeoutMs after its oldest write. */
  queuedAt: number;
}

/** A batch refused before it started: the file was deleted or replaced, or the store closed. */
class Unsaved extends Error {}

/** Whether two identities are one file still in place (false when either is missing). */
function sameFile(a: FileIdentity | undefined, b: FileIdentity | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/** The device and inode of a file, to tell it from a new file at the same path; undefined when it is gone. */
type FileIdentity = { dev: number; ino: number };

function identityOf(path: string): FileIdentity | undefined {
  try {
    const stat = statSync(path);
    return { dev: stat.dev, ino: stat.ino };
  } catch {
    return undefined;
  }
}

/** SQLite's "locked" errors, extended codes included (better-sqlite3 reports SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT…). */
function busy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(?:BUSY|LOCKED)(?:_|$)/.test(code);
}
