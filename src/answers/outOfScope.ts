/**
 * Finds what a question asks about that the article does not cover
 * (knowledge/scope.yml): a protocol, a vendor, a price, the author's other
 * work. One such phrase decides that the question cannot be answered from
 * the article, however many familiar words surround it. Pure.
 */
import { PhraseFinder } from './phrases.js';

export type { OutOfScopeTopic };

import type { OutOfScopeTopic } from '../knowledge/scope.js';

export class OutOfScope {
  private readonly finder: PhraseFinder<OutOfScopeTopic>;

  constructor(topics: readonly OutOfScopeTopic[]) {
    this.finder = new PhraseFinder(topics.map((topic) => ({ value: topic, phrases: topic.terms })), { exact: true });
  }

  /** The first topic the question mentions, with the words that matched, or undefined. */
  find(question: string): { topic: OutOfScopeTopic; matched: string } | undefined {
    // "2.4GHz" or "100ms" names a unit as "ghz" and "ms" do; "5g" and "m2m" stay whole.
    const match = this.finder.find(question.replace(/(\d)([a-z]{2,})/gi, '$1 $2'));
    return match && { topic: match.value, matched: match.words };
  }
}
