import { SIDE_WORDS } from './sides.js';
import { STOP_WORDS, words } from './text.js';

/** Words that say nothing of what is asked: "which ones does m2m use" has only "use" of its own. */
export const NOT_OWN = new Set(['one', 'ones', 'that', 'this', 'it', 'they', 'them', 'same', 'about', 'for', 'then', 'instead', 'use', 'uses', 'using']);
/** A question word, which says how something is asked, not what about. */
export const QUESTION_WORD = /^(what|which|how|who|when|where|why|whats)$/;
/** The words of a question that are its own: not stop words, side names or words pointing back. */
export function ownWords(text: string): string[] {
  return words(text.replace(SIDE_WORDS, ' ')).filter((w) => !STOP_WORDS.has(w) && !NOT_OWN.has(w) && !QUESTION_WORD.test(w));
}
