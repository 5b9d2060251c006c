/** Schema migrations, applied in order at open. Never edit a shipped migration: add a new one. */
export const MIGRATIONS: readonly string[] = [
  // 1: votes and questions.
  `CREATE TABLE votes (
     id INTEGER PRIMARY KEY,
     user_hash TEXT NOT NULL,
     entry_id TEXT NOT NULL,
     question TEXT NOT NULL,
     confidence REAL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     UNIQUE (user_hash, entry_id, question)
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
  // 2: one vote per person per answer, whatever the wording of the question. Version 1 kept one
  // per (person, answer, question); duplicates are merged into the latest vote (and its question
  // and confidence), keeping the first creation time. SQLite cannot drop a UNIQUE constraint, so
  // the table is rebuilt.
  `CREATE TABLE votes_v2 (
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
   INSERT INTO votes_v2 (id, user_hash, entry_id, question, confidence, vote, created_at, updated_at)
     SELECT latest.id, latest.user_hash, latest.entry_id, latest.question, latest.confidence, latest.vote,
            (SELECT min(created_at) FROM votes AS same WHERE same.user_hash = latest.user_hash AND same.entry_id = latest.entry_id),
            latest.updated_at
     FROM votes AS latest
     WHERE NOT EXISTS (
       SELECT 1 FROM votes AS newer
       WHERE newer.user_hash = latest.user_hash AND newer.entry_id = latest.entry_id
         AND (newer.updated_at > latest.updated_at OR (newer.updated_at = latest.updated_at AND newer.id > latest.id))
     );
   DROP TABLE votes;
   ALTER TABLE votes_v2 RENAME TO votes;
   CREATE INDEX votes_updated_at ON votes (updated_at);`,
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
