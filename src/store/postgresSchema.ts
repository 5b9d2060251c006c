/**
 * The PostgreSQL schema, migration by migration: the same tables as
 * sqliteSchema.ts, in PostgreSQL's types. Times are milliseconds since the
 * epoch, as in SQLite. Never edit a shipped migration: add a new one.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  // 1: everything the SQLite file holds at its version 3.
  `CREATE TABLE votes (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     user_hash TEXT NOT NULL,
     entry_id TEXT NOT NULL,
     question TEXT NOT NULL,
     confidence DOUBLE PRECISION,
     vote SMALLINT NOT NULL CHECK (vote IN (-1, 1)),
     created_at BIGINT NOT NULL,
     updated_at BIGINT NOT NULL,
     UNIQUE (user_hash, entry_id)
   );
   CREATE INDEX votes_updated_at ON votes (updated_at);
   CREATE TABLE questions (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     text TEXT,
     outcome TEXT NOT NULL CHECK (outcome IN ('answer', 'clarify', 'fallback')),
     candidates TEXT NOT NULL DEFAULT '[]',
     chosen_entry_id TEXT,
     asked_at BIGINT NOT NULL,
     chosen_at BIGINT
   );
   CREATE INDEX questions_asked_at ON questions (asked_at);
   CREATE TABLE conversations (
     conversation TEXT PRIMARY KEY,
     turn TEXT NOT NULL,
     updated_at BIGINT NOT NULL
   );
   CREATE INDEX conversations_updated_at ON conversations (updated_at);
   CREATE TABLE claims (
     key TEXT PRIMARY KEY,
     claimed_at BIGINT NOT NULL
   );
   CREATE INDEX claims_claimed_at ON claims (claimed_at);
   CREATE TABLE welcomes (
     user_hash TEXT PRIMARY KEY,
     welcomed_at BIGINT NOT NULL
   );`,
  // 2: workspaces, installations, settings, additions and dismissals (as SQLite's version 4).
  `ALTER TABLE votes ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
   ALTER TABLE questions ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
   ALTER TABLE conversations ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
   ALTER TABLE claims ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
   ALTER TABLE welcomes ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
   CREATE INDEX votes_team ON votes (team_id);
   CREATE INDEX questions_team ON questions (team_id);
   CREATE TABLE additions (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     team_id TEXT NOT NULL DEFAULT '',
     kind TEXT NOT NULL CHECK (kind IN ('phrasing', 'entry')),
     entry_id TEXT NOT NULL,
     content TEXT NOT NULL,
     author_hash TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     undone_at BIGINT,
     undone_by_hash TEXT
   );
   CREATE INDEX additions_team ON additions (team_id);
   CREATE TABLE dismissals (
     team_id TEXT NOT NULL DEFAULT '',
     question TEXT NOT NULL,
     author_hash TEXT NOT NULL,
     dismissed_at BIGINT NOT NULL,
     PRIMARY KEY (team_id, question)
   );
   CREATE TABLE installations (
     team_id TEXT PRIMARY KEY,
     installation TEXT NOT NULL,
     installed_at BIGINT NOT NULL
   );
   CREATE TABLE workspace_settings (
     team_id TEXT PRIMARY KEY,
     settings TEXT NOT NULL,
     updated_at BIGINT NOT NULL
   );`,
];

export const POSTGRES_SCHEMA_VERSION = POSTGRES_MIGRATIONS.length;
