/**
 * Teaching: the knowledge gaps admins see, and the additions they make, undo
 * or dismiss. Additions are written to the store, then applied here at once;
 * other instances pick them up from the store within SYNC_EVERY_MS. Who may
 * teach is decided by the front end (ADMIN_USER_IDS in Slack), on every
 * request; this class records who did.
 */
import type { AnswerEngine } from '../answers/engine.js';
import type { Responder } from '../answers/respond.js';
import { MAX_QUESTION_CHARS } from '../answers/text.js';
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
  /** The additions stored but not in force (they no longer fit), with why. */
  private refused = new Map<number, FieldProblem[]>();
  /** Refused additions already logged, by id. */
  private readonly reported = new Set<number>();

  constructor(
    private readonly store: TeachingStore,
    private readonly live: LiveKnowledge<{ engine: AnswerEngine; responder: Responder }>,
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

  /** A sync that starts after this call: one already under way may have read the additions before a change just made. */
  private async syncAfterChange(): Promise<void> {
    await this.syncing;
    await this.sync();
  }

  private async syncNow(): Promise<void> {
    if (!this.store.enabled) return;
    const additions = await this.store.additions();
    if (!additions) return;
    const { changed, refused } = this.live.apply(additions);
    if (changed) this.refused = new Map(refused.map((r) => [r.addition.id, r.problems]));
    if (changed) this.logger.info('teaching.applied', { additions: additions.filter((a) => !a.undoneAt).length, refused: refused.length });
    for (const { addition, problems } of refused) {
      if (this.reported.has(addition.id)) continue;
      this.reported.add(addition.id);
      this.logger.warn('teaching.addition_refused', {
        addition: addition.id,
        entry: addition.entryId,
        problems: problems.map((p) => `${p.field}: ${p.message}`),
        effect: 'the bot answers without this addition',
        fix: 'undo it in App Home (it is marked there), then teach it again if it is still needed',
      });
    }
  }

  /** Reads the additions once, the first time this workspace is served; the periodic sync (Services.startTeachingSync) keeps them fresh. */
  loaded(): Promise<void> {
    this.loading ??= this.sync();
    return this.loading;
  }

  /**
   * Checks a proposal against the current knowledge, as kb:check would, and
   * stores it; it applies at once here. Refused when the bot would still not
   * answer with it (the question names something the article does not
   * cover), and undone again when another admin's addition, saved at the
   * same moment, took its place.
   */
  async teach(proposal: Proposal, userId: string): Promise<TeachResult> {
    const unavailable = this.unavailable;
    if (unavailable) return { ok: false, unsaved: unavailable };
    // Another instance's additions first, so the check sees them (an entry id taken meanwhile, say).
    await this.syncAfterChange();
    const { kb, built } = this.live.current;
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
    const problems = [...checkAddition(kb, content), ...tooLong(content), ...this.wouldStillDecline(content, built.responder), ...liveMarkup(content)];
    if (problems.length > 0) return { ok: false, problems };
    const saved = await this.store.addAddition(content, userId);
    if (!saved.saved) return { ok: false, unsaved: 'the database did not save it' };
    this.logger.info('teaching.added', { addition: saved.id, kind: content.kind, entry: content.entryId });
    await this.syncAfterChange();
    const lost = this.refused.get(saved.id);
    if (lost) {
      // Someone else's addition got there first (the same new entry id, or the same question): this one is withdrawn.
      await this.store.undoAddition(saved.id, userId);
      await this.syncAfterChange();
      return { ok: false, problems: lost };
    }
    return { ok: true, addition: content, id: saved.id };
  }

  /** A question declined by name (knowledge/scope.yml) is declined whatever entry holds it: teaching it would change nothing. */
  private wouldStillDecline(content: AdditionContent, responder: Responder): FieldProblem[] {
    const asked = content.kind === 'phrasing' ? [content.question] : content.questions;
    return asked.flatMap((question) => {
      const response = responder.respond(question);
      // A word the knowledge base does not know yet is declined only until an entry uses it.
      if (response.kind !== 'declined' || response.asTyped) return [];
      return [
        {
          field: content.kind === 'phrasing' ? 'question' : 'questions',
          message: `"${question}" names ${response.subject}, which the article does not cover, so I would still decline it`,
          fix: 'leave that out of the question, or take it out of knowledge/scope.yml if the article does cover it',
        } satisfies FieldProblem,
      ];
    });
  }

  /** Undoes an addition; undoing a new entry also undoes the ways of asking added to it, which no longer have an entry. */
  async undo(id: number, userId: string): Promise<Saved> {
    const all = (await this.store.additions()) ?? [];
    const target = all.find((a) => a.id === id && !a.undoneAt);
    const saved = await this.store.undoAddition(id, userId);
    if (saved.saved && target?.kind === 'entry') {
      for (const dependent of all.filter((a) => a.kind === 'phrasing' && !a.undoneAt && a.entryId === target.entryId)) await this.store.undoAddition(dependent.id, userId);
    }
    if (saved.saved) this.logger.info('teaching.undone', { addition: id });
    await this.syncAfterChange();
    return saved;
  }

  async dismiss(question: string, userId: string): Promise<Saved> {
    return this.store.dismissGap(normaliseQuestion(question), userId);
  }

  /** Additions in force, newest first, each with why it is not applied if it no longer fits; and how many there are in all. */
  async additions(limit: number): Promise<{ shown: (Addition & { refused?: FieldProblem[] })[]; total: number }> {
    const active = ((await this.store.additions()) ?? []).filter((a) => !a.undoneAt).reverse();
    const shown = active.slice(0, limit).map((a) => {
      const refused = this.refused.get(a.id);
      return refused ? { ...a, refused } : a;
    });
    return { shown, total: active.length };
  }

  /**
   * The most asked questions that got "I don't know" or "did you mean",
   * leaving out dismissed ones and those the bot now answers (read as a
   * person asking would be: a question declined by name stays a gap).
   */
  async gaps(limit = MAX_GAPS): Promise<Gap[]> {
    if (!this.store.enabled) return [];
    const { kb, built } = this.live.current;
    const dismissed = await this.store.dismissedGaps();
    const report = await buildReport(this.store, built.engine, { limit: GAPS_SCANNED + dismissed.size });
    return report.unanswered
      .filter((gap) => !dismissed.has(normaliseQuestion(gap.question)) && !ANSWERED.has(built.responder.respond(gap.question).kind))
      .slice(0, limit)
      .map((gap) => {
        const closest = gap.closest ? kb.byId.get(gap.closest.id) : undefined;
        return { ...gap, closestTitle: closest ? (closest.questions[0] ?? closest.id) : null };
      });
  }
}

/** Replies that answer the question: it is no longer a gap. */
const ANSWERED: ReadonlySet<string> = new Set(['answer', 'compound', 'scenario']);

/** Slack markup that would notify people or make a link, refused in what admins teach (written in words instead). */
const LIVE_MARKUP = /<[!@#]|<(?:https?|mailto):/i;

/** A way of asking longer than a question is ever kept (MAX_QUESTION_CHARS), or more of them than a form holds. */
function tooLong(content: AdditionContent): FieldProblem[] {
  const asked = content.kind === 'phrasing' ? [content.question] : content.questions;
  const field = content.kind === 'phrasing' ? 'question' : 'questions';
  if (asked.some((q) => q.length > MAX_QUESTION_CHARS)) return [{ field, message: `a way of asking is longer than ${MAX_QUESTION_CHARS} characters`, fix: 'shorten it to the question itself' }];
  if (asked.length > MAX_WAYS_OF_ASKING) return [{ field, message: `there are more than ${MAX_WAYS_OF_ASKING} ways of asking`, fix: 'keep the most different ones' }];
  return [];
}

/** Ways of asking one new entry may have. */
const MAX_WAYS_OF_ASKING = 50;

function liveMarkup(content: AdditionContent): FieldProblem[] {
  const texts = content.kind === 'phrasing' ? [['question', content.question]] : [['questions', content.questions.join(' ')], ['answer', content.answer]];
  return texts
    .filter(([, text]) => LIVE_MARKUP.test(text as string))
    .map(([field]) => ({ field: field as FieldProblem['field'], message: 'it holds Slack markup that would mention people or make a link', fix: 'write names and addresses as plain words' }));
}

/** Text from a one-line field: spaces and line breaks collapsed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
