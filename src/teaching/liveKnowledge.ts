/**
 * The knowledge the bot answers from: the files, plus what admins taught.
 * Everything built on it (engine, responder, search) is rebuilt together
 * and swapped in one step, so a question is always answered from one
 * consistent version, and the next question sees the new one.
 */
import type { KnowledgeBase } from '../knowledge/types.js';
import { applyAdditions } from './additions.js';
import type { Addition, FieldProblem } from './types.js';

/** What is rebuilt from a knowledge base. */
export interface KnowledgeParts<T> {
  kb: KnowledgeBase;
  built: T;
}

export class LiveKnowledge<T> {
  private now: KnowledgeParts<T>;
  /** Which additions the current version holds, to skip a rebuild when nothing changed. */
  private applied = '';

  /** `filesBuilt`, when given, is `build(files)` made already (shared by every workspace that has taught nothing). */
  constructor(
    readonly files: KnowledgeBase,
    private readonly build: (kb: KnowledgeBase) => T,
    filesBuilt: T = build(files),
  ) {
    this.now = { kb: files, built: filesBuilt };
  }

  get current(): KnowledgeParts<T> {
    return this.now;
  }

  /**
   * Rebuilds from the files and `additions` unless they are the ones already
   * applied. Returns whether anything changed, and the additions refused.
   */
  apply(additions: readonly Addition[]): { changed: boolean; refused: { addition: Addition; problems: FieldProblem[] }[] } {
    const signature = additions
      .filter((a) => !a.undoneAt)
      .map((a) => a.id)
      .join(',');
    if (signature === this.applied) return { changed: false, refused: [] };
    const { kb, refused } = applyAdditions(this.files, additions);
    this.now = { kb, built: this.build(kb) };
    this.applied = signature;
    return { changed: true, refused };
  }
}
