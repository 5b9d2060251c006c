/**
 * Two questions in one message ("what does m2m stand for and who wrote the
 * article?"): split into its parts, each read as a whole message would be,
 * and answered together, or by one entry that says what both answers say.
 */
import type { Entry, KnowledgeBase } from '../knowledge/types.js';
import { answerOf, neighbours, STANDS_ALONE, type AnswerDecision } from './answerDecisions.js';
import { QUESTION_START, QUESTION_WORD_IN, THE_ARTICLE_BY_ITS_SIDES } from './articleFrames.js';
import type { AnswerEngine, Decision } from './engine.js';
import { ownWords } from './ownWords.js';
import { A_SIDE, onSide, otherSideThan, SIDE_WORDS, sideOf, sideOfEntry, sidesNamed, swapSides, theOneSideNamed, type Side } from './sides.js';
import { sentences, STOP_WORDS, withWhatSpelledOut, words } from './text.js';

/** Joins two questions in one message: "what is X, and which Y?", "whats X n what Y", "…, and second, what Y?", "X? Also Y?", "X? And any Y?" (not "X? And if so, why?", "X? And that means what?", "X? And your name is?" or "X, and why that is?"), "X; does Y?", "X + how Y?", "X? + Y?" (two questions, however few words each has), "X plus what Y?", "X, and in the ATM example what…?", "X, and tell me which Y", "X, and, also, what Y?", "X, and, separately, what Y?" (or "quite separately"), "X, and M2M over which?" or "X and m2m?" (after a comma, a side and a word or two; without one, the side alone: "wifi and IoT the same?" and "iot and m2m?" are one subject). "a plus for IoT, and…" is no join at "plus". */
const COMPOUND_SPLIT = new RegExp(
  `\\?\\s+(?:(?:and|also|plus)\\s*,?\\s+)?(?:(?:separately|secondly|on\\s+another\\s+note|(?:a\\s+)?different\\s+question|another\\s+question)\\s*[,:]?\\s+(?=(?:over|in|on|for|with|from|by|through|under)\\s+(?:[\\w'’-]+,?\\s+){0,3}?(?:${QUESTION_START}))|(?:(?:separately|secondly|on\\s+another\\s+note|(?:a\\s+)?different\\s+question|another\\s+question)\\s*[,:]?\\s+)?(?=${QUESTION_START}|(?:iot|m2m)\\b))|\\?\\s+(?:and|also|plus)\\s*,?\\s+(?!(?:if\\s+(?:so|not)|so|then|your|you|my|i|we|that|this|it)\\b)(?=[^?]{8,}\\?\\W*$)|\\s*(?:;|\\s\\+)\\s*(?=${QUESTION_START})|\\?\\s*\\+\\s*(?=[^\\s?+][^?+]*\\?\\W*$)|\\s*[,;]?\\s+plus\\s+(?=${QUESTION_START})|\\s*[,;]?\\s+(?:and\\s+then|and,?\\s+also,?|and,(?=\\s+(?:(?:quite|entirely|completely|totally)\\s+)?(?:separately|secondly|second)\\b)|and|also|n|&)\\s+(?!why\\s+(?:that|this|it|so)\\b|why\\s+(?:is|was|would|might)\\s+(?:that|this|it)\\W*$)(?:(?:(?:quite|entirely|completely|totally)\\s+)?(?:separately|secondly|second)\\s*,?\\s+)?(?=(?:(?:over|in|on|for|with|from|by)\\s+(?:[\\w'’-]+,?\\s+){0,3}?)?(?:(?:tell|show|remind)\\s+me\\s+)?(?:${QUESTION_START}|about\\b))|(?<!\\b(?:iot|m2m))(?:\\s*,\\s+(?:and|but)\\s+(?=(?:for\\s+|with\\s+)?(?:iot|m2m)(?:['’]?s)?(?:\\s+[\\w'’-]+){0,2}\\s*\\?\\W*$)|\\s+(?:and|but)\\s+(?=(?:iot|m2m)(?:['’]?s)?\\s*\\?\\W*$))`,
  'i',
);

/** "Two questions: (a) which X, and (b) which Y?", "1) … 2) …": two parts numbered as such, when nothing else splits the message. */
const ENUMERATED_PARTS = new RegExp(`${numbered('a|1|i')}(.+?)\\s*[,;]?\\s*(?:and\\s+)?${numbered('b|2|ii')}(.+)$`, 'iu');
/** A third such part: a list of options or of three questions, which is left to the other readings. */
const A_THIRD_PART = new RegExp(numbered('c|3|iii'), 'iu');
/** A part's number as a marker, "(a)" or "1)", not inside brackets of its own ("(figure 1)", "(see point 1)"). */
function numbered(labels: string): string {
  return `(?<!\\([^()]*)(?:\\((?:${labels})\\)|\\b(?:${labels})\\))\\s*`;
}
/** "Two questions: …", "2 qs - …", "A couple of things while I have you: …": an announcement of the parts, not a part. */
const ANNOUNCED_PARTS = /^\s*(?:(?:two|2|a\s+couple(?:\s+of)?|couple(?:\s+of)?)\s+(?:quick\s+|short\s+|little\s+)?(?:questions?|things?|qs|q['’]s|ones)\b[^:;.?!\n]{0,40}?(?:[:;.]|\s[-\u2013\u2014]\s)|q\s*1\s*[:.)])\s*/i;
/** "Two things about M2M confuse me: …": an announcement that names its subject is part of the question. */
const NAMES_ITS_SUBJECT = /\b(?:about|regarding|re)\b/i;
/** "Q2:" after the first question marks the second. */
const SECOND_MARKED = /([?.!])\s*q\s*2\s*[:.)]\s*/i;
/** The message without its announcement of two parts, and without "Q1:"/"Q2:" markers: the parts as asked. */
function withoutAnnouncedParts(question: string): string {
  const announced = ANNOUNCED_PARTS.exec(question)?.[0] ?? '';
  if (sidesNamed(announced).size > 0 || NAMES_ITS_SUBJECT.test(announced)) return question;
  const body = question.slice(announced.length).replace(SECOND_MARKED, '$1 ');
  return words(body).length > 0 ? body : question;
}
/** Each numbered part is a question of its own only when it has this many words: "(a) wifi or (b) cables" offers options. */
const NUMBERED_PART_WORDS = 3;

/** Words of someone describing their own setting, not asking a second question of the article. */
export const OWN_SETTING = /\b(?:we|we['’]re|we['’]ve|our|us|i|i['’]m|i['’]ve|my)\b/i;

/** A part of a two-part question offered as "did you mean" is answered with its first choice from this confidence, when the other part is answered. */
const COMPOUND_PART_AT = 0.6;

/** A part just under the answer line is answered with its best entry from this confidence, when the other part is answered. */
const COMPOUND_FALLBACK_PART_AT = 0.5;

/** A second part about the other side with no more words of its own ("and which does m2m use?") repeats the first part's question. */
const ELLIPTICAL_OWN_WORDS = 1;

/** "IoT and M2M", "m2m & iot": the two sides asked of together, not set against each other ("IoT or M2M", "IoT vs M2M"). */
const BOTH_SIDES_TOGETHER = new RegExp(`\\b${A_SIDE}\\s+(?:and|&)\\s+${A_SIDE}\\b`, 'i');

/** The article's publisher, whose name holds a side's. */
const PUBLISHER = /\biot\s+knowledge\s+cent(?:er|re)\b/gi;

/** `text` without the article named by its sides or by its publisher: the sides it asks about. */
function withoutTheArticlesName(text: string): string {
  return text.replace(THE_ARTICLE_BY_ITS_SIDES, ' ').replace(PUBLISHER, ' ');
}

/** "it" or "its" with no side named in the same part: it stands for what the part before was about. */
const PRONOUN_IT = /\bit(s?)\b/i;

/** A word in at most this many answers is distinctive of them ("Sarkar", "November"). */
const DISTINCTIVE_IN_ANSWERS = 3;

/** An answer says what another says when it holds at least this share of the other's distinctive words. */
const COVERED_SHARE = 0.6;

/** Two questions in one message, each answered by its own entry. */
export interface CompoundAnswer {
  kind: 'compound';
  answers: AnswerDecision[];
  confidence: number;
  question: string;
  /** The answers are the article's two lists, asked for together: one question, not two. */
  theTwoLists?: true;
}

/** How the responder reads a part as it would a whole message. */
export interface PartReading {
  /** The engine's decision with the article's frames taken off ("what does the article think about wireless"). */
  asked(text: string): Decision;
  /** The clause of a message that asks, answered on its own, when one does. */
  askingClause(text: string): AnswerDecision | undefined;
  /**
   * A part the engine left unanswered, answered by what the examples taught when they clearly favour an entry, or as it
   * was; `asWritten` is the part without the side words read into it from the part before.
   */
  answeredByTheExamples(decision: Decision, asWritten: string): Decision;
  /** The entries about the article itself: its author, date and place of publication. */
  aboutTheArticle(): ReadonlySet<string>;
}

export class CompoundReader {
  /** Each entry's answer as words. */
  private readonly answerWordSets = new Map<string, Set<string>>();
  /** In how many answers each word is: counted on first use, since most messages never need it. */
  private answerWordCounts: Map<string, number> | undefined;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly engine: AnswerEngine,
    private readonly reading: PartReading,
  ) {}

  /**
   * Two questions in one message, each answered by a different entry; null
   * otherwise. A part the matcher would only offer as "did you mean" counts
   * when its best entry is clear of the other part's. `answeredByExamples`: whether a part the engine leaves unanswered
   * may be answered by what the examples taught (not in a message read as a project).
   */
  read(question: string, { answeredByExamples = true }: { answeredByExamples?: boolean } = {}): CompoundAnswer | AnswerDecision | null {
    const ofBoth = this.askedOfBothSides(question);
    if (ofBoth) return ofBoth;
    // A second part of one word counts when it is the other side: "IoT transport options? And M2M's?" asks the first of M2M.
    // "…or nah n wat categry is it in": a question typed "wat" is split where "what" would be.
    const { parts, firstSides } = this.split(question);
    if (parts.length !== 2) return null;
    // "what does m2m stand for and where was it first used?": the second part's "it" is the first part's subject.
    const sides = parts[0]?.match(SIDE_WORDS) ?? [];
    const otherSides = parts[1]?.match(SIDE_WORDS) ?? null;
    const asWritten = parts[1] ?? '';
    /** Whether the first part's sides were added to the second part, where no "it" stood for its one side. */
    let sidesAdded = false;
    if (sides.length > 0 && otherSides === null) {
      // "…and what networks can it send over?": the side stands where "it" does, as the part would be asked alone. Not
      // when the first part is about the article (SIDE_WORDS counts "the article" too), nor when its side only names the
      // article ("Who wrote the IoT article, and when was it published?") or its publisher (IoT Knowledge Center).
      const itsSide = sides.length === 1 ? theOneSideNamed(withoutTheArticlesName(parts[0] ?? '')) : undefined;
      const it = itsSide === undefined ? null : PRONOUN_IT.exec(asWritten);
      parts[1] = it && itsSide ? asWritten.replace(PRONOUN_IT, it[1] === 's' ? `${itsSide}'s` : itsSide) : `${asWritten} ${sides.join(' ')}`;
      sidesAdded = !(it && itsSide);
    }
    // "which networks does iot use, and which does m2m use?": a short second part about the other side asks the first part's question about it.
    const own = ownWords(asWritten).length;
    const elliptical = otherSides !== null && own <= ELLIPTICAL_OWN_WORDS ? swapSides(parts[0] ?? '') : undefined;
    // Each part is read as a whole message would be: "what does the article think about wireless" asks about wireless.
    const decisions = parts.map((p, i): Decision => {
      const decision = this.reading.asked(p);
      // "two qs: does IoT need people…": the clause that asks, as in a whole message.
      if (decision.kind === 'answer') return decision;
      const clause = this.reading.askingClause(p);
      // The examples weigh the words as typed: sides read into a remark ("…he owes me 20 bucks IoT") make it no question.
      return clause ?? (answeredByExamples ? this.reading.answeredByTheExamples(decision, i === 1 ? asWritten : p) : decision);
    });
    // The first part's side read into the second is a guess: a second part that is clearer as written, or that would
    // only repeat the first part's answer ("what does m2m stand for, and what does MEMS stand for?"), keeps its own reading.
    const [firstAnswer, secondAnswer] = [answerOf(this.kb, decisions[0] as Decision), answerOf(this.kb, decisions[1] as Decision)];
    const sameAsFirst = firstAnswer !== undefined && firstAnswer.entry.id === secondAnswer?.entry.id;
    if (parts[1] !== asWritten && (sameAsFirst || !answerOf(this.kb, decisions[1] as Decision))) {
      const plain = this.reading.asked(asWritten);
      // Read as written, a part whose "it" may stand for the first part's side ("is iot easy to scale + does it only
      // work on wifi") must not land on the other side's entry ("how does it route the money?" may stand for anything).
      const side = sideOfEntry(answerOf(this.kb, plain)?.entry.id ?? '');
      const otherSide = side !== undefined && firstSides.size === 1 && !firstSides.has(side);
      if (answerOf(this.kb, plain) && !(otherSide && PRONOUN_IT.test(asWritten))) decisions[1] = plain;
    }
    const repeatsFirst = elliptical !== undefined && elliptical !== parts[0] && new RegExp(`\\b${sideOf(otherSides?.[0] ?? '')}\\b`, 'i').test(elliptical);
    // With a word of its own, read so only when the part is not clearly a question of its own ("and can m2m be fully wired?").
    if (repeatsFirst && (own === 0 || (answerOf(this.kb, decisions[1] as Decision)?.confidence ?? 0) < STANDS_ALONE)) decisions[1] = this.engine.ask(elliptical);
    const answers = decisions.map((d) => answerOf(this.kb, d));
    // "who wrote it and how old is it?": after a part about the article, "it" is the article; so it is in "when was it
    // published, and what does it call the main difference?", where the part asks what the article says.
    for (const [i, read] of parts.entries()) {
      // As typed when the first part's sides were only added to it: they may be the article's subject ("this piece on IoT
      // and M2M, and is it recent…?"). An "it" that stood for the first part's one side stays that side ("…on M2M, and where was it first used?").
      const part = i === 1 && sidesAdded ? asWritten : read;
      const other = answers[1 - i];
      const own = answers[i];
      if (!other || !PRONOUN_IT.test(part) || part.match(SIDE_WORDS)) continue;
      const aboutTheArticle = this.reading.aboutTheArticle();
      if (!aboutTheArticle.has(other.entry.id) || (own && aboutTheArticle.has(own.entry.id))) continue;
      const possessive = PRONOUN_IT.exec(part)?.[1] === 's';
      const onTheArticle = answerOf(this.kb, this.engine.ask(part.replace(PRONOUN_IT, possessive ? "the article's" : 'the article')));
      if (!onTheArticle) continue;
      // "who wrote it, when was it published, and what category does it sit under?": one entry about the article answers it all.
      if (onTheArticle.entry.id === other.entry.id) {
        if (!possessive) return { ...other, question };
        continue;
      }
      // What the article says answers a part that had no answer of its own; "it" may also ask about the article itself
      // ("how old is it?"), "its" never does ("its favourite colour").
      const saysWhat = !aboutTheArticle.has(onTheArticle.entry.id) && !own;
      const aboutItself = !possessive && aboutTheArticle.has(onTheArticle.entry.id);
      if (saysWhat || aboutItself) answers[i] = onTheArticle;
    }
    // One part clearly answered, the other a "did you mean" or just under the answer line: the other part's best choice
    // answers it, the two together being the question (a message that clearly asks one thing of the article asks the other of it too).
    // Under the line only in a message of two plain questions: a part that tells a story first may be a project.
    const plainQuestions = parts.every((p) => sentences(p).length === 1);
    for (const [i, d] of decisions.entries()) {
      const other = answers[1 - i];
      const best = d.kind === 'clarify' ? d.choices[0] : d.kind === 'fallback' && plainQuestions ? d.candidates[0] : undefined;
      const enough = d.kind === 'clarify' ? COMPOUND_PART_AT : COMPOUND_FALLBACK_PART_AT;
      if (!answers[i] && other && best && best.entry.id !== other.entry.id && best.confidence >= enough) {
        answers[i] = { kind: 'answer', entry: best.entry, confidence: best.confidence, candidates: 'candidates' in d ? d.candidates : [best], question: d.question };
      }
    }
    const [first, second] = answers;
    if (!first || !second || first.entry.id === second.entry.id) return null;
    // "who wrote it and when?": one entry that says what both answers say answers the whole question at once.
    const both = this.coveringEntry(first.entry.id, second.entry.id);
    if (both) return { kind: 'answer', entry: both, confidence: Math.min(first.confidence, second.confidence), candidates: [{ entry: both, confidence: 1 }], question };
    return { kind: 'compound', answers: [first, second], confidence: Math.min(first.confidence, second.confidence), question };
  }

  /** The two questions a message asks, split where read() splits it; none when it asks one. */
  partsOf(question: string): string[] {
    const { parts } = this.split(question);
    return parts.length === 2 ? parts : [];
  }

  /** The parts of a message, and the sides its first piece names. */
  private split(question: string): { parts: string[]; firstSides: ReadonlySet<Side> } {
    const body = withoutAnnouncedParts(withWhatSpelledOut(question));
    const pieces = body.split(COMPOUND_SPLIT).map((p) => p.trim());
    const firstSides = sidesNamed(pieces[0] ?? '');
    const otherSideAlone = (p: string, i: number) => i === 1 && p.split(/\s+/).length === 1 && firstSides.size === 1 && sidesNamed(p).size === 1 && !firstSides.has(sideOf(p));
    const split = pieces.filter((p, i) => p.split(/\s+/).length >= 2 || otherSideAlone(p, i));
    const statedSecond = split.length === 2 ? [] : this.askedAfterAComma(body);
    return { parts: split.length === 2 ? split : (this.numberedParts(body) ?? (statedSecond.length === 2 ? statedSecond : this.parallelParts(body))), firstSides };
  }

  /**
   * "what do IoT and M2M stand for?": one question asked of the two sides together, which the engine can only offer as
   * a choice between each side's own entry on it ("M2M stands for…", "IoT stands for…"). Each side's is an answer.
   */
  private askedOfBothSides(question: string): CompoundAnswer | null {
    if (!BOTH_SIDES_TOGETHER.test(question)) return null;
    const decision = this.reading.asked(question);
    if (decision.kind !== 'clarify') return null;
    const [first, second] = decision.choices;
    const side = sideOfEntry(first?.entry.id ?? '');
    if (!first || !second || side === undefined || second.entry.id !== onSide(first.entry.id, otherSideThan(side))) return null;
    const answers = [first, second].map((c): AnswerDecision => ({ kind: 'answer', entry: c.entry, confidence: c.confidence, candidates: decision.candidates, question }));
    return { kind: 'compound', answers, confidence: Math.min(first.confidence, second.confidence), question };
  }

  /** The two numbered parts of a message ("(a) … and (b) …"), each long enough to ask something; none for three or more. */
  private numberedParts(question: string): string[] | undefined {
    const found = ENUMERATED_PARTS.exec(question);
    const parts = found ? [found[1] ?? '', found[2] ?? ''] : [];
    return parts.length === 2 && !A_THIRD_PART.test(question) && parts.every((p) => words(p).length >= NUMBERED_PART_WORDS) ? parts : undefined;
  }

  /**
   * "what is the 'thing' in IoT, and IoT devices are converged with what?": a second question after ", and" that does
   * not start like one. Only when each half alone is answered surely, by different entries: "and" joins much else.
   */
  private askedAfterAComma(question: string): string[] {
    const halves = question.split(/\s*,\s+and\s+/i);
    if (halves.length !== 2) return [];
    const [left = '', right = ''] = halves;
    // The first half asks as a question does ("…: what is X"), so a project told in a sentence ("I'd like the gear syncing, and…") is no first question;
    // a second half about the asker's own setting ("…, and we have no wifi so what do you think?") describes a project.
    const leftAsks = new RegExp(`^(?:${QUESTION_START})`, 'i').test((left.split(/[:.!?]\s+/).pop() ?? '').trim());
    if (!leftAsks || OWN_SETTING.test(right) || !/\?\s*$/.test(right) || !(QUESTION_WORD_IN.test(right) || /\bor not\b/i.test(right)) || words(left).length < 3 || words(right).length < 3) return [];
    const sure = [left, right].map((half) => answerOf(this.kb, this.reading.asked(half)));
    return sure.every((a) => a && a.confidence >= STANDS_ALONE) && sure[0]?.entry.id !== sure[1]?.entry.id ? [left, right] : [];
  }

  /**
   * "one line on what m2m is and one line on what iot is" or "iot in one line and m2m in one line": the same
   * request made of each side, joined by "and", is two questions though neither half starts like one.
   */
  private parallelParts(question: string): string[] {
    const halves = question.split(/\s*,?\s+and\s+/i);
    if (halves.length !== 2) return [];
    const [left = '', right = ''] = halves;
    const [leftSides, rightSides] = [sidesNamed(left), sidesNamed(right)];
    if (leftSides.size !== 1 || rightSides.size !== 1 || [...leftSides][0] === [...rightSides][0]) return [];
    const stems = (text: string) => ownWords(text).map((w) => this.engine.stem(w));
    const asked = new Set(stems(left));
    // "summarise m2m and iot" or "the link between m2m and iot" asks one thing of both: the right half has no words of its own.
    const repeated = stems(right);
    return repeated.length > 0 && repeated.every((w) => asked.has(w)) ? [left, right] : [];
  }

  /**
   * An entry next to both `a` and `b` whose answer holds most of the distinctive words of both their answers (the
   * words few answers use, such as the author's name and the date), so it says what the two say together.
   */
  private coveringEntry(a: string, b: string): Entry | undefined {
    const [first, second] = [this.kb.byId.get(a), this.kb.byId.get(b)];
    if (!first || !second) return undefined;
    const counts = this.answersWithEachWord();
    const distinctive = (entry: Entry) => [...this.answerWords(entry)].filter((w) => (counts.get(w) ?? 0) <= DISTINCTIVE_IN_ANSWERS);
    const [ofFirst, ofSecond] = [distinctive(first), distinctive(second)];
    const holds = (e: Entry, wanted: string[]) => wanted.length > 0 && wanted.filter((w) => this.answerWords(e).has(w)).length >= COVERED_SHARE * wanted.length;
    return this.kb.entries.find((e) => e !== first && e !== second && neighbours(this.kb, e.id, a) && neighbours(this.kb, e.id, b) && holds(e, ofFirst) && holds(e, ofSecond));
  }

  /** In how many answers each word is. */
  private answersWithEachWord(): Map<string, number> {
    if (this.answerWordCounts) return this.answerWordCounts;
    const counts = new Map<string, number>();
    for (const entry of this.kb.entries) for (const w of this.answerWords(entry)) counts.set(w, (counts.get(w) ?? 0) + 1);
    return (this.answerWordCounts = counts);
  }

  /** An entry's answer as a set of words. */
  private answerWords(entry: Entry): Set<string> {
    let set = this.answerWordSets.get(entry.id);
    if (!set) this.answerWordSets.set(entry.id, (set = new Set(words(entry.answer).filter((w) => !STOP_WORDS.has(w)))));
    return set;
  }
}
