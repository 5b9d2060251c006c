/** Schema migrations, applied in order at open. Never edit a shipped migration: add a new one. */
export const MIGRATIONS: readonly string[] = [
  // 1: votes (one per person per answer) and questions.
  `CREATE TABLE votes (
     id INTEGER PRIMARY KEY,
     user_hash TEXT NOT NULL,
     entry_id TEXT NOT NULL,
     question TEXT NOT NULL,
     confidence REAL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     UNIQUE (user_hash, entry_id)
   );
   CREATE INDEX votes_updated_at ON votes (updated_at);
   CREATE TABLE questions (
     id INTEGER PRIMARY KEY,
     text TEXT,
     outcome TEXT NOT NULL CHECK (outcome IN ('answer', 'clarify', 'fallback')),
     candidates TEXT NOT NULL DEFAULT '[]',
     chosen_entry_id TEXT,
     asked_at INTEGER NOT NULL,
     chosen_at INTEGER
   );
   CREATE INDEX questions_asked_at ON questions (asked_at);`,
  // 2: the last turn of each conversation (a DM, a thread, the terminal), so a follow-up is read with it.
  `CREATE TABLE conversations (
     conversation TEXT PRIMARY KEY,
     turn TEXT NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX conversations_updated_at ON conversations (updated_at);`,
  // 3: claims on incoming events (each answered once, whichever process gets it, across restarts) and
  // who has been welcomed (the welcome DM once per person).
  `CREATE TABLE claims (
     key TEXT PRIMARY KEY,
     claimed_at INTEGER NOT NULL
   );
   CREATE INDEX claims_claimed_at ON claims (claimed_at);
   CREATE TABLE welcomes (
     user_hash TEXT PRIMARY KEY,
     welcomed_at INTEGER NOT NULL
   );`,
  // 4: workspaces (one app installed in many): every row carries its team_id ('' for the one workspace
  // of a single-workspace app), installations and per-workspace settings; what admins taught from
  // Slack (kept until undone, never pruned) and the unanswered questions they dismissed.
  `ALTER TABLE votes ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
   ALTER TABLE questions ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
   ALTER TABLE conversations ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
   ALTER TABLE claims ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
   ALTER TABLE welcomes ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
   CREATE INDEX votes_team ON votes (team_id);
   CREATE INDEX questions_team ON questions (team_id);
   CREATE TABLE additions (
     id INTEGER PRIMARY KEY,
     team_id TEXT NOT NULL DEFAULT '',
     kind TEXT NOT NULL CHECK (kind IN ('phrasing', 'entry')),
     entry_id TEXT NOT NULL,
     content TEXT NOT NULL,
     author_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     undone_at INTEGER,
     undone_by_hash TEXT
   );
   CREATE INDEX additions_team ON additions (team_id);
   CREATE TABLE dismissals (
     team_id TEXT NOT NULL DEFAULT '',
     question TEXT NOT NULL,
     author_hash TEXT NOT NULL,
     dismissed_at INTEGER NOT NULL,
     PRIMARY KEY (team_id, question)
   );
   CREATE TABLE installations (
     team_id TEXT PRIMARY KEY,
     installation TEXT NOT NULL,
     installed_at INTEGER NOT NULL
   );
   CREATE TABLE workspace_settings (
     team_id TEXT PRIMARY KEY,
     settings TEXT NOT NULL,
     updated_at INTEGER NOT NULL
   );`,
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
