/**
 * The store in PostgreSQL (DATABASE_URL), shared by every instance of the
 * app. Each write is one statement, so instances never wait on each other
 * for more than a row. The server may be down at start or go away later:
 * the bot keeps answering, writes are reported as not saved, and the store
 * tries the server again every few seconds until it is back.
 */
import pg from 'pg';
import type { Decision } from '../answers/engine.js';
import type { PreviousTurn } from '../answers/respond.js';
import type { Pruned, QuestionInput, QuestionRecord, QuestionSaved, Saved, VoteInput, VoteRecord, VoteSaved } from '../feedback/types.js';
import { MAX_QUESTION_CHARS } from '../answers/text.js';
import type { Addition, AdditionContent } from '../teaching/types.js';
import { hashUser } from './hashKey.js';
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA_VERSION } from './postgresSchema.js';
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

export interface PostgresStoreOptions extends StoreOptions {
  /** DATABASE_URL: postgres://user:password@host:port/database */
  url: string;
  /** Connections per instance. Default 10. */
  poolSize?: number;
  /** How long the store leaves an unreachable server alone before trying it again. Default 5 s. */
  retryAfterMs?: number;
}

/** Any fixed number: every instance takes this advisory lock to migrate, so only one migrates at a time. */
const MIGRATION_LOCK = 730_419_2026;
const CONNECT_TIMEOUT_MS = 3000;
/** A statement that takes longer is cancelled by the server; the client gives up a little later. */
const STATEMENT_TIMEOUT_MS = 5000;
const DEFAULT_RETRY_AFTER_MS = 5000;
/** /healthz never waits longer than this on the database. */
const HEALTH_WAIT_MS = 500;
/** Reads a reply waits for (the turn before a follow-up) give up after this. */
const REPLY_PATH_WAIT_MS = 400;
/**
 * A claim waits as long as opening a connection may take. Events are acked
 * before the claim, so waiting only delays a reply, while giving up early
 * lets two instances answer one event (seen under load, with new pool
 * connections taking most of a second).
 */
const CLAIM_WAIT_MS = CONNECT_TIMEOUT_MS;

class SchemaProblem extends Error {}

/** The URL with its password replaced, for logs and messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    // The query may hold a password too (?password=, ?sslpassword=): none of it is shown.
    parsed.search = '';
    parsed.hash = '';
    return parsed.toString();
  } catch {
    return 'postgres://(unreadable DATABASE_URL)';
  }
}

/**
 * Connects and brings the schema up to date. Never throws: a server that
 * cannot be reached is logged and tried again on use; a schema this code
 * cannot use gives a disabled store with the reason.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const location = redactedUrl(options.url);
  const disabled = (problem: string, fix: string, error?: unknown) => {
    options.logger.error('feedback_store_disabled', { problem, database: location, ...(error ? { error } : {}), fix, effect: 'the bot keeps running without recording feedback' });
    return disabledStore(location, `${problem} (${location}). Fix: ${fix}`);
  };
  const key = options.hashKey?.trim() ?? '';
  if (!options.readOnly && key === '') return disabled('FEEDBACK_HASH_KEY is not set', 'set FEEDBACK_HASH_KEY to the same secret on every instance (e.g. "openssl rand -hex 32")');
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      statement_timeout: STATEMENT_TIMEOUT_MS,
      query_timeout: STATEMENT_TIMEOUT_MS + 1000,
      application_name: 'iot-or-m2m',
      allowExitOnIdle: true,
    });
  } catch (error) {
    return disabled('DATABASE_URL cannot be used', 'set DATABASE_URL to postgres://user:password@host:5432/database', error);
  }
  const store = new PostgresStore(pool, location, key, options);
  try {
    await store.ready();
  } catch (error) {
    if (error instanceof SchemaProblem) {
      await pool.end().catch(() => {});
      return disabled(error.message, options.readOnly ? 'start the bot once so it upgrades the database, or upgrade this tool' : 'upgrade the bot, or point DATABASE_URL at another database');
    }
    store.pause();
    options.logger.error('feedback_store_unreachable', {
      database: location,
      error,
      effect: 'the bot answers; votes and questions are not saved, and retries are recognised only by each instance, until the database is back',
      fix: fixFor(error),
    });
  }
  if (!options.readOnly) void store.prune();
  return store;
}

class PostgresStore implements Store {
  readonly enabled = true;
  readonly reason = undefined;
  private readonly now: () => Date;
  private readonly recordText: boolean;
  private readonly retentionDays: number;
  private readonly failures: FailureLog;

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    private readonly key: string,
    private readonly options: PostgresStoreOptions,
    readonly workspace = '',
    /** What every workspace's view of one database shares: whether it is migrated, closed or left alone. */
    private readonly conn: PostgresConnection = { closed: false, migrated: false, readying: undefined, downUntil: 0 },
  ) {
    this.now = options.now ?? (() => new Date());
    this.recordText = options.recordQuestions !== false;
    this.retentionDays = rules.retentionDays(options);
    this.failures = new FailureLog(options.logger, { database: location }, fixFor);
    // An idle connection dropped by the server (a restart) is reported here; without a listener it would end the process.
    if (workspace === '') pool.on('error', (error) => this.failures.failed('idle connection', error));
  }

  forWorkspace(teamId: string): Store {
    return teamId === this.workspace ? this : new PostgresStore(this.pool, this.location, this.key, this.options, teamId, this.conn);
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
    return this.run(kind, undefined, async () => {
      const { rows } = await this.pool.query<{ document: string }>(DOCUMENT_SQL.read(kind, '$1'), [this.workspace]);
      return rows[0]?.document ?? null;
    });
  }

  private saveDocument(kind: WorkspaceDocument, operation: string, json: string): Promise<Saved> {
    return this.run(operation, { saved: false }, async (): Promise<Saved> => {
      if (this.options.readOnly) return { saved: false };
      await this.pool.query(DOCUMENT_SQL.write(kind, ['$1', '$2', '$3']), [this.workspace, json, this.now().getTime()]);
      return { saved: true };
    });
  }

  deleteWorkspace(): Promise<Saved> {
    return this.run('deleteWorkspace', { saved: false }, async (): Promise<Saved> => {
      if (this.options.readOnly) return { saved: false };
      // One transaction: a workspace is gone entirely, or not at all.
      const client = await this.pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        for (const table of WORKSPACE_TABLES) await client.query(`DELETE FROM ${table} WHERE team_id = $1`, [this.workspace]);
        await client.query('COMMIT');
      } catch (error) {
        broken = error instanceof Error ? error : new Error(String(error));
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release(broken);
      }
      return { saved: true };
    });
  }

  /** Migrates once per process, one attempt at a time; under an advisory lock, so instances starting together migrate once. */
  ready(): Promise<void> {
    if (this.conn.migrated) return Promise.resolve();
    this.conn.readying ??= this.migrate().finally(() => {
      this.conn.readying = undefined;
    });
    return this.conn.readying;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    // A checked-out client has no pool listener: a connection dropped mid-migration would otherwise end the process.
    let broken: Error | undefined;
    client.on('error', (error) => {
      broken = error;
      this.failures.failed('migrate', error);
    });
    try {
      if (this.options.readOnly) {
        const version = await schemaVersion(client);
        if (version !== POSTGRES_SCHEMA_VERSION) throw schemaProblem(version);
      } else {
        await client.query('BEGIN');
        try {
          await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
          await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
          const from = await schemaVersion(client);
          if (from > POSTGRES_SCHEMA_VERSION) throw schemaProblem(from);
          for (let v = from; v < POSTGRES_SCHEMA_VERSION; v++) await client.query(POSTGRES_MIGRATIONS[v] as string);
          if (from < POSTGRES_SCHEMA_VERSION) {
            await client.query('DELETE FROM schema_version');
            await client.query('INSERT INTO schema_version (version) VALUES ($1)', [POSTGRES_SCHEMA_VERSION]);
          }
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        }
      }
      this.conn.migrated = true;
    } catch (error) {
      broken ??= error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      // A client that failed is dropped, not put back in the pool.
      client.release(broken);
    }
  }

  /** Leaves the server alone for a few seconds: operations give their fallback at once meanwhile. */
  pause(): void {
    this.conn.downUntil = Date.now() + (this.options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS);
  }

  recordVote(input: VoteInput): Promise<VoteSaved> {
    return this.run('recordVote', { saved: false }, async (): Promise<VoteSaved> => {
      const vote = rules.vote(input, this.recordText);
      if (!vote || this.options.readOnly) return { saved: false };
      const at = this.now().getTime();
      // One vote per person per answer; `before` reads the row as it was before this statement.
      const { rows } = await this.pool.query<{ previous: number | null }>(
        `WITH before AS (SELECT vote FROM votes WHERE user_hash = $1 AND entry_id = $2)
         INSERT INTO votes (user_hash, entry_id, question, confidence, vote, created_at, updated_at, team_id) VALUES ($1, $2, $3, $4, $5, $6, $6, $7)
         ON CONFLICT (user_hash, entry_id) DO UPDATE SET vote = excluded.vote, question = excluded.question, confidence = excluded.confidence, updated_at = excluded.updated_at
         RETURNING (SELECT vote FROM before) AS previous`,
        [hashUser(this.key, vote.userId), vote.entryId, vote.question, vote.confidence, vote.value, at, this.workspace],
      );
      const previous = rows[0]?.previous;
      return { saved: true, previous: previous === null || previous === undefined ? null : voteOf(previous) };
    });
  }

  recordQuestion(input: QuestionInput): Promise<QuestionSaved> {
    return this.run('recordQuestion', { saved: false }, () => this.insertQuestion(input));
  }

  recordDecision(decision: Decision): Promise<QuestionSaved> {
    return this.run('recordDecision', { saved: false }, () => {
      const input = rules.decision(decision);
      return input ? this.insertQuestion(input) : Promise.resolve({ saved: false as const });
    });
  }

  recordChoice(questionId: number, entryId: string): Promise<Saved> {
    return this.run('recordChoice', { saved: false }, async (): Promise<Saved> => {
      if (!Number.isSafeInteger(questionId) || !nonEmpty(entryId) || this.options.readOnly) return { saved: false };
      const result = await this.pool.query('UPDATE questions SET chosen_entry_id = $1, chosen_at = $2 WHERE id = $3 AND team_id = $4', [entryId, this.now().getTime(), questionId, this.workspace]);
      return result.rowCount === 1 ? { saved: true } : { saved: false };
    });
  }

  rememberTurn(conversation: string, turn: PreviousTurn): Promise<Saved> {
    return this.run('rememberTurn', { saved: false }, async (): Promise<Saved> => {
      if (!this.recordText || !nonEmpty(conversation) || this.options.readOnly) return { saved: false };
      await this.pool.query(
        'INSERT INTO conversations (conversation, turn, updated_at, team_id) VALUES ($1, $2, $3, $4) ON CONFLICT (conversation) DO UPDATE SET turn = excluded.turn, updated_at = excluded.updated_at, team_id = excluded.team_id',
        [conversation.slice(0, MAX_CONVERSATION_KEY), rules.turn(turn), this.now().getTime(), this.workspace],
      );
      return { saved: true };
    });
  }

  lastTurn(conversation: string): Promise<PreviousTurn | undefined> {
    // On the reply's path: a slow server costs the follow-up its context, never the reply its time.
    return withDeadline(this.lastTurnNow(conversation), REPLY_PATH_WAIT_MS, undefined);
  }

  private lastTurnNow(conversation: string): Promise<PreviousTurn | undefined> {
    return this.run('lastTurn', undefined, async () => {
      if (!nonEmpty(conversation)) return undefined;
      const { rows } = await this.pool.query<{ turn: string; updated_at: string }>('SELECT turn, updated_at FROM conversations WHERE conversation = $1 AND team_id = $2', [conversation.slice(0, MAX_CONVERSATION_KEY), this.workspace]);
      const row = rows[0];
      if (!row || this.now().getTime() - Number(row.updated_at) > CONVERSATION_TTL_MS) return undefined;
      return parseTurn(row.turn);
    });
  }

  claim(keys: readonly string[]): Promise<boolean | undefined> {
    // Every event waits for its claim: past the deadline the caller decides (the process's own memory).
    return withDeadline(this.claimNow(keys), CLAIM_WAIT_MS, undefined);
  }

  private claimNow(keys: readonly string[]): Promise<boolean | undefined> {
    return this.run('claim', undefined, async () => {
      // Sorted, so two instances claiming the same keys lock them in the same order.
      const claimed = rules.claimKeys(keys).sort();
      if (claimed.length === 0 || this.options.readOnly) return undefined;
      const at = this.now().getTime();
      // One statement: a key is taken when it is new or its claim has expired. Another instance inserting the
      // same key waits for this one to commit, then finds it taken, so exactly one of them gets every key.
      const { rows } = await this.pool.query(
        `INSERT INTO claims (key, claimed_at, team_id) SELECT unnest($1::text[]), $2, $4
         ON CONFLICT (key) DO UPDATE SET claimed_at = excluded.claimed_at, team_id = excluded.team_id WHERE claims.claimed_at <= $3
         RETURNING key`,
        [claimed, at, at - CLAIM_TTL_MS, this.workspace],
      );
      return rows.length === claimed.length;
    });
  }

  claimWelcome(userId: string): Promise<boolean | undefined> {
    return this.run('claimWelcome', undefined, async () => {
      if (!nonEmpty(userId) || this.options.readOnly) return undefined;
      const result = await this.pool.query('INSERT INTO welcomes (user_hash, welcomed_at, team_id) VALUES ($1, $2, $3) ON CONFLICT (user_hash) DO NOTHING', [hashUser(this.key, userId), this.now().getTime(), this.workspace]);
      return result.rowCount === 1;
    });
  }

  /** For /healthz: quick (the server is not waited on for more than HEALTH_WAIT_MS) and generic (no host or user in it). */
  async health(): Promise<{ ok: boolean; problem?: string }> {
    if (this.conn.closed) return { ok: false, problem: 'closed' };
    if (Date.now() < this.conn.downUntil) return { ok: false, problem: 'the database cannot be reached' };
    const ok = await withDeadline(
      (async () => {
        await this.ready();
        await this.pool.query('SELECT 1');
        return true;
      })().catch((error: unknown) => {
        if (unreachable(error)) this.pause();
        return false;
      }),
      HEALTH_WAIT_MS,
      false,
    );
    return ok ? { ok: true } : { ok: false, problem: 'the database cannot be reached or did not answer in time' };
  }

  prune(): Promise<Pruned> {
    return this.run('prune', { saved: false }, async (): Promise<Pruned> => {
      if (this.options.readOnly) return { saved: false };
      const at = this.now().getTime();
      const cutoff = at - this.retentionDays * DAY_MS;
      let removed = 0;
      for (const [sql, before] of [
        ['DELETE FROM votes WHERE updated_at < $1', cutoff],
        ['DELETE FROM questions WHERE asked_at < $1', cutoff],
        ['DELETE FROM conversations WHERE updated_at < $1', at - CONVERSATION_TTL_MS],
        ['DELETE FROM claims WHERE claimed_at < $1', at - CLAIM_TTL_MS],
      ] as const) {
        removed += (await this.pool.query(sql, [before])).rowCount ?? 0;
      }
      if (removed > 0) this.options.logger.info('feedback_pruned', { removed, retentionDays: this.retentionDays });
      return { saved: true, removed };
    });
  }

  startDailyPrune(intervalMs = DAY_MS): () => void {
    return pruneEvery(() => this.prune(), intervalMs);
  }

  votes(since?: Date): Promise<VoteRecord[]> {
    return this.run('votes', [], async () => {
      const { rows } = await this.pool.query<VoteRow>(REPORT_SQL.votes('$1', '$2'), [sinceMs(since), this.workspace]);
      return rows.map(voteRecordOf);
    });
  }

  questions(since?: Date): Promise<QuestionRecord[]> {
    return this.run('questions', [], async () => {
      const { rows } = await this.pool.query<QuestionRow>(REPORT_SQL.questions('$1', '$2'), [sinceMs(since), this.workspace]);
      return rows.map(questionRecordOf);
    });
  }

  additions(): Promise<Addition[] | undefined> {
    return this.run('additions', undefined, async () => {
      const { rows } = await this.pool.query<AdditionRow>(TEACHING_SQL.additions('$1'), [this.workspace]);
      return rows.map(additionOf).filter((a) => a !== undefined);
    });
  }

  addAddition(content: AdditionContent, userId: string): Promise<{ saved: true; id: number } | { saved: false }> {
    return this.run('addAddition', { saved: false }, async (): Promise<{ saved: true; id: number } | { saved: false }> => {
      const row = rules.addition(content, userId);
      if (!row || this.options.readOnly) return { saved: false };
      const { rows } = await this.pool.query<{ id: string }>('INSERT INTO additions (kind, entry_id, content, author_hash, created_at, team_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id', [
        row.kind,
        row.entryId,
        row.content,
        hashUser(this.key, userId),
        this.now().getTime(),
        this.workspace,
      ]);
      return { saved: true, id: Number(rows[0]?.id) };
    });
  }

  undoAddition(id: number, userId: string): Promise<Saved> {
    return this.run('undoAddition', { saved: false }, async (): Promise<Saved> => {
      if (!Number.isSafeInteger(id) || !nonEmpty(userId) || this.options.readOnly) return { saved: false };
      const result = await this.pool.query('UPDATE additions SET undone_at = $1, undone_by_hash = $2 WHERE id = $3 AND team_id = $4 AND undone_at IS NULL', [this.now().getTime(), hashUser(this.key, userId), id, this.workspace]);
      return result.rowCount === 1 ? { saved: true } : { saved: false };
    });
  }

  dismissGap(question: string, userId: string): Promise<Saved> {
    return this.run('dismissGap', { saved: false }, async (): Promise<Saved> => {
      if (!nonEmpty(question) || !nonEmpty(userId) || this.options.readOnly) return { saved: false };
      await this.pool.query('INSERT INTO dismissals (team_id, question, author_hash, dismissed_at) VALUES ($1, $2, $3, $4) ON CONFLICT (team_id, question) DO NOTHING', [
        this.workspace,
        question.slice(0, MAX_QUESTION_CHARS),
        hashUser(this.key, userId),
        this.now().getTime(),
      ]);
      return { saved: true };
    });
  }

  dismissedGaps(): Promise<Set<string>> {
    return this.run('dismissedGaps', new Set<string>(), async () => {
      const { rows } = await this.pool.query<{ question: string }>(TEACHING_SQL.dismissed('$1'), [this.workspace]);
      return new Set(rows.map((r) => r.question));
    });
  }

  async close(): Promise<void> {
    if (this.conn.closed) return;
    this.conn.closed = true;
    try {
      await this.pool.end();
    } catch (error) {
      this.options.logger.warn('feedback_close_failed', { database: this.location, error });
    }
  }

  private async insertQuestion(input: QuestionInput): Promise<QuestionSaved> {
    const question = rules.question(input, this.recordText);
    if (!question || this.options.readOnly) return { saved: false };
    const { rows } = await this.pool.query<{ id: string }>('INSERT INTO questions (text, outcome, candidates, asked_at, team_id) VALUES ($1, $2, $3, $4, $5) RETURNING id', [
      question.text,
      question.outcome,
      question.candidates,
      this.now().getTime(),
      this.workspace,
    ]);
    return { saved: true, id: Number(rows[0]?.id) };
  }

  /**
   * Runs one operation once the schema is ready. While the server is known to
   * be unreachable, operations give their fallback at once instead of each
   * waiting for a connection timeout, and one is let through every few seconds.
   */
  private run<T>(operation: string, fallback: T, fn: () => Promise<T>): Promise<T> {
    if (this.conn.closed || Date.now() < this.conn.downUntil) return Promise.resolve(fallback);
    return this.failures.guard(operation, fallback, async () => {
      try {
        await this.ready();
        return await fn();
      } catch (error) {
        if (unreachable(error)) this.pause();
        throw error;
      }
    });
  }
}

/** What every workspace's view of one database shares. */
interface PostgresConnection {
  closed: boolean;
  migrated: boolean;
  readying: Promise<void> | undefined;
  /** Until when the server is left alone after it could not be reached. */
  downUntil: number;
}

async function schemaVersion(client: pg.PoolClient): Promise<number> {
  const table = await client.query("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'");
  if (table.rowCount === 0) return 0;
  const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
  return rows[0]?.version ?? 0;
}

function schemaProblem(version: number): SchemaProblem {
  return version > POSTGRES_SCHEMA_VERSION
    ? new SchemaProblem(`the database was written by a newer version of the bot (schema ${version}; this version knows up to ${POSTGRES_SCHEMA_VERSION})`)
    : new SchemaProblem(`the database has an older schema (${version}; this version needs ${POSTGRES_SCHEMA_VERSION})`);
}

/** What to do about a database error, by its PostgreSQL code. */
function fixFor(error: unknown): string {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (unreachable(error)) return 'start PostgreSQL or check the host and port in DATABASE_URL; the bot keeps answering and tries again every few seconds';
  if (code === '28P01' || code === '28000') return 'check the user and password in DATABASE_URL';
  if (code === '3D000') return 'create the database named in DATABASE_URL, or name an existing one';
  if (code === '42501') return 'grant the user in DATABASE_URL the right to create tables in its database (or create them as its owner)';
  return 'check the database server and its logs; the bot keeps running';
}

/** `work`, or `fallback` when it takes longer than `ms` (work still finishes in the background, its result unused). */
function withDeadline<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
    timer.unref();
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Whether an error means the server could not be reached (down, restarting, wrong host), not a bad statement. */
function unreachable(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', '57P01', '57P02', '57P03'].includes(code) ||
    /timeout exceeded when trying to connect|Connection terminated|the database system is (starting up|shutting down)/i.test(message)
  );
}
