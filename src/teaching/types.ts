/**
 * What admins teach the bot from Slack: a new way of asking for an entry, or
 * a new entry. Additions are kept in the store, applied on top of the
 * knowledge files without a restart, and exported back into the files by
 * `npm run kb:export`.
 */

/** A way of asking added to an existing entry. */
export interface PhrasingAddition {
  kind: 'phrasing';
  entryId: string;
  question: string;
}

/** A new entry, with everything the files require of one. */
export interface EntryAddition {
  kind: 'entry';
  entryId: string;
  questions: string[];
  answer: string;
  source: string;
  topic?: string;
}

export type AdditionContent = PhrasingAddition | EntryAddition;

/** An addition as stored: who made it (hashed like votes), when, and whether it was undone. */
export type Addition = AdditionContent & {
  id: number;
  authorHash: string;
  at: Date;
  undoneAt: Date | null;
};

/** The fields of the teaching forms, where a problem is shown. */
export type TeachingField = 'entry' | 'question' | 'questions' | 'answer' | 'source' | 'topic';

/** Why an addition cannot be made, on the field to fix. */
export interface FieldProblem {
  field: TeachingField;
  message: string;
  fix: string;
}
