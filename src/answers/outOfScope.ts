/**
 * Finds what a question asks about that the article does not cover
 * (knowledge/scope.yml): a protocol, a vendor, a price, the author's other
 * work. One such phrase decides that the question cannot be answered from
 * the article, however many familiar words surround it; only a workplace
 * matter told in passing around a question about the article does not. Pure.
 */
import { ASKING_VERBS, QUESTION_WORDS, THE_ARTICLE } from './articleFrames.js';
import { PhraseFinder } from './phrases.js';
import { sidesNamed } from './sides.js';

export type { OutOfScopeTopic };

import type { OutOfScopeTopic } from '../knowledge/scope.js';
import type { Entry } from '../knowledge/types.js';

/** A clause and the mark that closes it: sentences, split again at a colon, a semicolon, a bracket, a spaced dash or a comma. */
const CLAUSE = /[^.!?;:()[\]—–,]+(?:[.!?;:()[\]—–,]+|$)/g;
/**
 * A clause asks when it ends with "?" or opens as a question: a question word ("so what…"), or a verb before its subject
 * ("is it…", "does the article…"); not "was at the cashpoint…" or "would be nice to…".
 */
const ASKING_CLAUSE = new RegExp(
  String.raw`\?\W*$|^\W*(?:(?:so|and|but|ok|okay|like|also|then)\s+)?(?:(?:${QUESTION_WORDS}|whether)\b|(?:${ASKING_VERBS})\s+(?:it|this|that|there|the|a|an|any|iot|m2m|we|i|you|u|they|he|she|someone|anyone|anybody|somebody)\b)`,
  'i',
);
/** A clause that asks for the matter without a question: "Wifi password please", "I need the…", "Cover my shift, would you?". */
const REQUESTS = /^\W*(?:(?:send|give|tell|get|find)\s+me|(?:cover|swap|book|reset|approve|change)\s+my)\b|\b(?:can|could|would)\s+(?:you|u|someone|anyone|somebody)\b|\b(?:i|we)\s+need\s+(?:the|a|my|our|to\s+(?:reset|change|book|swap|claim|find))\b|^\W*(?:\S+\s+){0,3}(?:please|pls|plz)\W*$/i;
/** How a relative clause opens ("…, which I fear…"), and a question too. */
const RELATIVE_OPENING = /^\s*(?:which|who|whom|whose)\b/i;
/** Words by which a clause asks about what a question before it named ("…which one are they an example of?"); not "it", which may be the matter. */
const POINTS_BACK = /\b(?:that|they|them|their|those|these|one|ones)\b/i;

/**
 * Budgeting for one side is choosing it: in a sentence that offers the choice ("Which approach should I put in the
 * budget?", "Do I budget for IoT kit or is this an M2M job?"), "budget for" and "put … in the budget" ask which side
 * fits, not what it costs. "What should we budget for a gateway?" or "roughly what do we budget for M2M per site?" still
 * ask a figure.
 */
const BUDGETS_FOR = /\bbudget\s+for\b/gi;
const PUTS_IN_THE_BUDGET = /\bput\s+((?:[\w-]+\s+){0,3}?)in(?:to)?\s+(?:the|our|my)\s+budget\b/gi;
/** A sentence that asks a figure. */
const ASKS_A_FIGURE = /\b(?:how\s+(?:much|many)|what\s+amount|amount|figure|roughly|ballpark|per\s+(?:site|device|unit|month|year|sensor))\b/i;
/** A sentence and the marks that close it. */
const SENTENCE = /[^.!?]+[.!?]*/g;

/** Whether a sentence offers a choice of side: it asks "which", or names both. */
function offersAChoice(sentence: string): boolean {
  return /\bwhich\b/i.test(sentence) || sidesNamed(sentence).size === 2;
}

/** A number run into a unit of measurement. */
const NUMBER_WITH_UNIT = /(\d)(ghz|mhz|khz|gbps|mbps|kbps|ms|gb|mb|kb|km|kwh|kw)\b/gi;

export class OutOfScope {
  private readonly finder: PhraseFinder<OutOfScopeTopic>;

  constructor(topics: readonly OutOfScopeTopic[]) {
    this.finder = new PhraseFinder(topics.map((topic) => ({ value: topic, phrases: topic.terms })), { exact: true });
  }

  /** The first topic the question mentions, with the words that matched, or undefined. */
  find(question: string): { topic: OutOfScopeTopic; matched: string } | undefined {
    const budgeted = question.replace(SENTENCE, (sentence) => (offersAChoice(sentence) && !ASKS_A_FIGURE.test(sentence) ? sentence.replace(PUTS_IN_THE_BUDGET, 'choose $1').replace(BUDGETS_FOR, 'choose') : sentence));
    // "2.4GHz" or "50mbps" names a unit as "ghz" and "mbps" do; other words with a digit ("3gpp", "5g", "m2m") stay whole.
    const spaced = budgeted.replace(NUMBER_WITH_UNIT, '$1 $2');
    const found = this.finder.findAll(spaced);
    const [first] = found;
    const asked = found.find((m) => !m.value.aside) ?? (first && !this.toldInPassing(spaced) ? first : undefined);
    return asked && { topic: asked.value, matched: asked.words };
  }

  /**
   * Whether the workplace matters a message names are told around a question about the article or its sides ("The
   * hole-in-the-wall by the car park — is that IoT?"): every clause that names one tells, and every clause that asks
   * names a side or the article, or points back at what was named ("…which one are they an example of?"). "Wifi
   * password please, and is M2M wireless?" or "The car park's shut, where should I park?" still ask about them.
   */
  private toldInPassing(text: string): boolean {
    const clauses = text.match(CLAUSE) ?? [];
    // "…the car park resurfacing, which I fear will take all evening." tells: a relative clause after a comma asks nothing.
    const relative = (c: string, i: number) => RELATIVE_OPENING.test(c) && !c.trim().endsWith('?') && (clauses[i - 1] ?? '').trim().endsWith(',');
    const asking = clauses.filter((c, i) => ASKING_CLAUSE.test(c.trim()) && !relative(c, i));
    const aboutTheArticle = (c: string) => sidesNamed(c).size > 0 || THE_ARTICLE.test(c);
    const asksForAMatter = (c: string) => (asking.includes(c) || REQUESTS.test(c)) && this.finder.findAll(c).some((m) => m.value.aside);
    return asking.some(aboutTheArticle) && !clauses.some(asksForAMatter) && asking.every((c) => aboutTheArticle(c) || POINTS_BACK.test(c));
  }
}

/** A scope term that declines one of the knowledge base's own phrasings. */
export interface ScopeClash {
  entry: Pick<Entry, 'id' | 'file'>;
  phrasing: string;
  topic: string;
  term: string;
}

/**
 * The knowledge base's own phrasings a scope term would decline: the term is broader than the topic
 * ("meters" for lengths also names smart meters), or the phrasing asks what the article does not answer.
 */
export function scopeClashes(entries: readonly Pick<Entry, 'id' | 'file' | 'questions'>[], scope: OutOfScope): ScopeClash[] {
  return entries.flatMap((entry) =>
    entry.questions.flatMap((phrasing) => {
      const found = scope.find(phrasing);
      return found ? [{ entry: { id: entry.id, file: entry.file }, phrasing, topic: found.topic.name, term: found.matched }] : [];
    }),
  );
}
