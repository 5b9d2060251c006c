/** What the store records and returns for the feedback report. No Slack, no database types here. */

export type Vote = 'up' | 'down';
/** Engine outcomes worth recording; small talk and empty messages are not. */
export type Outcome = 'answer' | 'clarify' | 'fallback';

export interface CandidateRef {
  id: string;
  confidence: number;
}

export interface VoteInput {
  /** The person voting, e.g. a Slack user id (prefix the team id in multi-workspace installs). Stored only as a keyed hash. */
  userId: string;
  entryId: string;
  /** The question as asked; trimmed and capped at MAX_QUESTION_CHARS. */
  question: string;
  confidence: number;
  vote: Vote;
}

export interface QuestionInput {
  question: string;
  outcome: Outcome;
  /** The entries offered (clarify) or considered (fallback, answer), best first. */
  candidates: CandidateRef[];
}

export interface VoteRecord {
  entryId: string;
  /** '' when questions are not recorded. */
  question: string;
  confidence: number | null;
  vote: Vote;
  at: Date;
}

export interface QuestionRecord {
  id: number;
  /** Null for answered questions and when `recordQuestions` is false. */
  text: string | null;
  outcome: Outcome;
  candidates: CandidateRef[];
  /** The entry the user picked afterwards, if any. */
  chosenEntryId: string | null;
  at: Date;
}

export type Saved = { saved: true } | { saved: false };
export type VoteSaved = { saved: true; previous: Vote | null } | { saved: false };
export type QuestionSaved = { saved: true; id: number } | { saved: false };
export type Pruned = { saved: true; removed: number } | { saved: false };

/** Read access, all the report needs. */
export interface FeedbackSource {
  votes(since?: Date): Promise<VoteRecord[]>;
  questions(since?: Date): Promise<QuestionRecord[]>;
}
