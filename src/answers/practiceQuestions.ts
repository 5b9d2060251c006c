import type { KnowledgeBase } from '../knowledge/types.js';

/**
 * Questions an app answers once at start, before real ones arrive: the knowledge base's own phrasings, a few per
 * entry in turn, each also with two letters swapped in its longest word so the typo path is run too. Until the
 * optimising compiler has seen every path, a first question can take 4 ms instead of 0.2 (see `npm run bench`).
 */
export function practiceQuestions(kb: KnowledgeBase, limit: number): string[] {
  const questions: string[] = [];
  const longest = Math.max(0, ...kb.entries.map((entry) => entry.questions.length));
  for (let i = 0; i < longest && questions.length < limit; i++) {
    for (const entry of kb.entries) {
      const phrasing = entry.questions[i];
      if (phrasing === undefined) continue;
      questions.push(phrasing, withLettersSwapped(phrasing));
      if (questions.length >= limit) break;
    }
  }
  return questions.slice(0, limit);
}

/** The phrasing with two different letters swapped near the middle of its longest word: a slip a real user makes. */
function withLettersSwapped(phrasing: string): string {
  const word = phrasing.split(/\W+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  for (let at = Math.floor(word.length / 2) - 1; at > 0; at--) {
    if (word.charAt(at) === word.charAt(at + 1)) continue;
    return phrasing.replace(word, word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2));
  }
  return phrasing;
}
