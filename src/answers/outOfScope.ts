/**
 * Finds what a question asks about that the article does not cover
 * (knowledge/scope.yml): a protocol, a vendor, a price, the author's other
 * work. One such phrase decides that the question cannot be answered from
 * the article, however many familiar words surround it. Pure.
 */
import { QUESTION_START, THE_ARTICLE } from './articleFrames.js';
import { PhraseFinder } from './phrases.js';
import { sidesNamed } from './sides.js';

export type { OutOfScopeTopic };

import type { OutOfScopeTopic } from '../knowledge/scope.js';
import type { Entry } from '../knowledge/types.js';

/** A clause and the mark that closes it: sentences, split again at a colon, a semicolon, a bracket, a spaced dash or a comma. */
const CLAUSE = /[^.!?;:()[\]—–,]+(?:[.!?;:()[\]—–,]+|$)/g;
/** A clause asks when it ends with "?" or opens as a question ("so does it…", "and what…"; not "would be nice to…"). */
const ASKING_CLAUSE = new RegExp(`\\?\\W*$|^\\W*(?:(?:so|and|but|ok|okay|like|also|then)\\s+)?(?!(?:would|could|should|will|can)\\s+(?:be|have|love|like|appreciate)\\b)${QUESTION_START}`, 'i');

/** A number run into a unit of measurement. */
const NUMBER_WITH_UNIT = /(\d)(ghz|mhz|khz|gbps|mbps|kbps|ms|gb|mb|kb|km|kwh|kw)\b/gi;

export class OutOfScope {
  private readonly finder: PhraseFinder<OutOfScopeTopic>;

  constructor(topics: readonly OutOfScopeTopic[]) {
    this.finder = new PhraseFinder(topics.map((topic) => ({ value: topic, phrases: topic.terms })), { exact: true });
  }

  /** The first topic the question mentions, with the words that matched, or undefined. */
  find(question: string): { topic: OutOfScopeTopic; matched: string } | undefined {
    // "2.4GHz" or "50mbps" names a unit as "ghz" and "mbps" do; other words with a digit ("3gpp", "5g", "m2m") stay whole.
    const spaced = question.replace(NUMBER_WITH_UNIT, '$1 $2');
    const match = this.finder.find(spaced);
    if (!match?.value.aside) return match && { topic: match.value, matched: match.words };
    // "The hole-in-the-wall by the car park — is that IoT?": a workplace matter told around a question about the
    // article or its sides is left out; the question asked about it is still declined ("where is the car park?").
    const clauses = spaced.match(CLAUSE) ?? [];
    const asking = clauses.filter((c) => ASKING_CLAUSE.test(c.trim()));
    const aboutTheSides = asking.some((c) => sidesNamed(c).size > 0 || THE_ARTICLE.test(c));
    if (!aboutTheSides) return { topic: match.value, matched: match.words };
    const rest = clauses.filter((c) => asking.includes(c) || !this.finder.find(c)?.value.aside).join(' ');
    const left = this.finder.find(rest);
    return left && { topic: left.value, matched: left.words };
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
