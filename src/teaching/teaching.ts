/**
 * Teaching: the knowledge gaps admins see, and the additions they make, undo
 * or dismiss. Additions are written to the store, then applied here at once;
 * other instances pick them up from the store within SYNC_EVERY_MS. Who may
 * teach is decided by the front end (ADMIN_USER_IDS in Slack), on every
 * request; this class records who did.
 */
import type { AnswerEngine } from '../answers/engine.js';
import { buildReport, normaliseQuestion, type UnansweredQuestion } from '../feedback/report.js';
import type { FeedbackSource, Saved } from '../feedback/types.js';
import type { Logger } from '../log.js';
import { checkAddition, newEntryId } from './additions.js';
import type { LiveKnowledge } from './liveKnowledge.js';
import type { Addition, AdditionContent, FieldProblem } from './types.js';

/** How often each instance reads the additions again, to pick up another instance's. */
export const SYNC_EVERY_MS = 2000;
/** Gaps shown at most. */
export const MAX_GAPS = 5;
/** Unanswered groups looked at to find MAX_GAPS not dismissed or since answered. */
const GAPS_SCANNED = 50;

/** What teaching needs of the store. */
export interface TeachingStore extends FeedbackSource {
  readonly enabled: boolean;
  readonly reason: string | undefined;
  /** Every addition, oldest first, undone ones included; undefined when the store cannot tell. */
  additions(): Promise<Addition[] | undefined>;
  addAddition(content: AdditionContent, userId: string): Promise<{ saved: true; id: number } | { saved: false }>;
  undoAddition(id: number, userId: string): Promise<Saved>;
  /** Hides an unanswered question (grouped as normaliseQuestion groups it) from the gaps. */
  dismissGap(question: string, userId: string): Promise<Saved>;
  dismissedGaps(): Promise<Set<string>>;
}

/** What a person proposes in a teaching form, before it is checked. */
export type Proposal = { kind: 'phrasing'; entryId: string; question: string } | { kind: 'entry'; questions: string[]; answer: string; source: string; topic?: string | undefined };

export type TeachResult = { ok: true; addition: AdditionContent; id: number } | { ok: false; problems: FieldProblem[] } | { ok: false; unsaved: string };

export interface Gap extends UnansweredQuestion {
  /** The entry the engine finds closest now, if any: the likely one to add the question to. */
  closestTitle: string | null;
}

export class Teaching {
  private syncing: Promise<void> | undefined;
  private loading: Promise<void> | undefined;
  /** Refused additions already logged, by id. */
  private readonly reported = new Set<number>();

  constructor(
    private readonly store: TeachingStore,
    private readonly live: LiveKnowledge<{ engine: AnswerEngine }>,
    private readonly logger: Logger,
  ) {}

  /** Why teaching is unavailable (no database), or undefined. */
  get unavailable(): string | undefined {
    return this.store.enabled ? undefined : `there is no database to keep additions in (${this.store.reason ?? 'none is configured'})`;
  }

  /** Reads the additions and applies them if they changed. One read at a time; a failed read keeps what is applied. */
  sync(): Promise<void> {
    this.syncing ??= this.syncNow().finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  private async syncNow(): Promise<void> {
    if (!this.store.enabled) return;
    const additions = await this.store.additions();
    if (!additions) return;
    const { changed, refused } = this.live.apply(additions);
    if (changed) this.logger.info('teaching.applied', { additions: additions.filter((a) => !a.undoneAt).length, refused: refused.length });
    for (const { addition, problems } of refused) {
      if (this.reported.has(addition.id)) continue;
      this.reported.add(addition.id);
      this.logger.warn('teaching.addition_refused', {
        addition: addition.id,
        entry: addition.entryId,
        problems: problems.map((p) => `${p.field}: ${p.message}`),
        effect: 'the bot answers without this addition',
        fix: 'undo it in App Home and teach it again',
      });
    }
  }

  /** Reads the additions once, the first time this workspace is served; the periodic sync (Services.startTeachingSync) keeps them fresh. */
  loaded(): Promise<void> {
    this.loading ??= this.sync();
    return this.loading;
  }

  /** Checks a proposal against the current knowledge, as kb:check would, and stores it; it applies at once here. */
  async teach(proposal: Proposal, userId: string): Promise<TeachResult> {
    const unavailable = this.unavailable;
    if (unavailable) return { ok: false, unsaved: unavailable };
    // Another instance's additions first, so the check sees them (an entry id taken meanwhile, say).
    await this.sync();
    const { kb } = this.live.current;
    const content: AdditionContent =
      proposal.kind === 'phrasing'
        ? { kind: 'phrasing', entryId: proposal.entryId, question: oneLine(proposal.question) }
        : {
            kind: 'entry',
            entryId: newEntryId(proposal.questions.map(oneLine).find(Boolean) ?? '', kb.byId),
            questions: proposal.questions.map(oneLine).filter(Boolean),
            answer: proposal.answer.trim(),
            source: oneLine(proposal.source),
            ...(proposal.topic?.trim() ? { topic: oneLine(proposal.topic) } : {}),
          };
    const problems = checkAddition(kb, content);
    if (problems.length > 0) return { ok: false, problems };
    const saved = await this.store.addAddition(content, userId);
    if (!saved.saved) return { ok: false, unsaved: 'the database did not save it' };
    this.logger.info('teaching.added', { addition: saved.id, kind: content.kind, entry: content.entryId });
    await this.sync();
    return { ok: true, addition: content, id: saved.id };
  }

  async undo(id: number, userId: string): Promise<Saved> {
    const saved = await this.store.undoAddition(id, userId);
    if (saved.saved) this.logger.info('teaching.undone', { addition: id });
    await this.sync();
    return saved;
  }

  async dismiss(question: string, userId: string): Promise<Saved> {
    return this.store.dismissGap(normaliseQuestion(question), userId);
  }

  /** Additions in force, newest first. */
  async additions(limit: number): Promise<Addition[]> {
    return ((await this.store.additions()) ?? [])
      .filter((a) => !a.undoneAt)
      .reverse()
      .slice(0, limit);
  }

  /** The most asked questions that got "I don't know" or "did you mean", leaving out dismissed ones and those the bot now answers. */
  async gaps(limit = MAX_GAPS): Promise<Gap[]> {
    if (!this.store.enabled) return [];
    const { kb, built } = this.live.current;
    const [report, dismissed] = await Promise.all([buildReport(this.store, built.engine, { limit: GAPS_SCANNED }), this.store.dismissedGaps()]);
    return report.unanswered
      .filter((gap) => !dismissed.has(normaliseQuestion(gap.question)) && built.engine.ask(gap.question).kind !== 'answer')
      .slice(0, limit)
      .map((gap) => {
        const closest = gap.closest ? kb.byId.get(gap.closest.id) : undefined;
        return { ...gap, closestTitle: closest ? (closest.questions[0] ?? closest.id) : null };
      });
  }
}

/** Text from a one-line field: spaces and line breaks collapsed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
