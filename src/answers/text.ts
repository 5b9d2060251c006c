/** Input hygiene and tokenising shared by every front end. Pure and total: never throws. */
import { words as naturalStopWords } from 'natural/lib/natural/util/stopwords.js';

/** Longest question the engine reads; anything longer is cut (a 40 KB paste is not a question). */
export const MAX_QUESTION_CHARS = 1000;

/** Verbs that tell a question instead of asking it ("I need to find out whether…"), for regular expressions. */
export const FINDING_OUT = String.raw`understand|know|learn|find\s+out|figure\s+out|work\s+out|check|clarify|confirm|establish`;
/** The words that open a question told that way. */
export const ASKED_INDIRECTLY = String.raw`what|how|why|whether|if|which|where|when`;

// Control characters (become spaces); zero-width, bidi and other format marks, private-use and lone surrogates (dropped).
const CONTROL = /\p{Cc}/gu;
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cn}]|[\uD800-\uDFFF]/gu;

/** Makes any value safe to process: text, NFKC-normalised, without invisible characters, trimmed, capped. */
export function cleanInput(raw: unknown, max = MAX_QUESTION_CHARS): string {
  let text = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
  if (text.length > max * 4) text = text.slice(0, max * 4);
  text = text.replace(CONTROL, ' ').replace(INVISIBLE, '').normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return text.length > max ? shortened(text, max) : text;
}

/** How much of the cap a long message's closing sentences may take: a story asks its question at the end. */
const CLOSING_SHARE = 0.5;

/**
 * `text` cut to `max` characters: its closing sentences kept whole, as many as fit in their share (or, when the last
 * sentence alone is longer, its closing words), and its opening up to the rest, ended as a sentence so that nothing in
 * it (a "never" cut short) runs on into the closing.
 */
function shortened(text: string, max: number): string {
  const chars = Array.from(text);
  const share = Math.floor(max * CLOSING_SHARE);
  const parts = text.split(/(?<=[.!?])\s+/);
  let closing = '';
  for (let i = parts.length - 1; i > 0; i--) {
    const longer = closing ? `${parts[i]} ${closing}` : (parts[i] ?? '');
    if (Array.from(longer).length > share) break;
    closing = longer;
  }
  if (!closing) closing = atAWord(chars.slice(-share).join(''), 'start');
  const room = max - Array.from(closing).length - 2;
  const opening = atAWord(chars.slice(0, room).join(''), 'end').replace(/[\s,;:\u2013\u2014-]+$/, '');
  return `${opening}${/[.!?]$/.test(opening) ? '' : '.'} ${closing}`;
}

/** A piece cut from a longer text, without the part-word at its cut `side`. */
function atAWord(piece: string, side: 'start' | 'end'): string {
  if (side === 'start') {
    const space = piece.indexOf(' ');
    return space >= 0 && space < piece.length * 0.2 ? piece.slice(space + 1) : piece;
  }
  const space = piece.lastIndexOf(' ');
  return space > piece.length * 0.8 ? piece.slice(0, space) : piece;
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan['’]t\b/g, 'can not'],
  [/\bwon['’]t\b/g, 'will not'],
  [/\b(\w+)n['’]t\b/g, '$1 not'],
  [/\b(what|where|who|how|when|why|that|there|it|here)['’]s\b/g, '$1 is'],
  [/\b(\w+)['’]re\b/g, '$1 are'],
  [/\b(\w+)['’]ve\b/g, '$1 have'],
  [/\b(\w+)['’]ll\b/g, '$1 will'],
  [/\b(\w+)['’]d\b/g, '$1 would'],
  [/\bi['’]m\b/g, 'i am'],
  [/['’]s\b/g, ''],
];

const NON_ASCII = /[\u0080-\uffff]/;

/** Chat shorthand, spelled out before matching. */
const SHORTHAND = new Map<string, string[]>(
  Object.entries({
    wat: 'what', wot: 'what', wich: 'which', wats: 'what is', whats: 'what is', r: 'are', u: 'you', ur: 'your', n: 'and',
    cuz: 'because', bc: 'because', coz: 'because', diff: 'difference', wen: 'when', abt: 'about', w: 'with',
    wo: 'without', im: 'i am', dont: 'do not', doesnt: 'does not', isnt: 'is not', aint: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not', didnt: 'did not', havent: 'have not', hasnt: 'has not', wont: 'will not', wouldnt: 'would not', shouldnt: 'should not', couldnt: 'could not', cant: 'can not', whos: 'who is',
    hows: 'how is', ppl: 'people', thru: 'through', b4: 'before', iots: 'iot', m2ms: 'm2m', m2n: 'm2m',
  }).map(([short, long]) => [short, long.split(' ')]),
);

/** "wat", "wot" and "wats" spelled out as the matcher reads them (SHORTHAND), for patterns that look for the question word as typed. */
export function withWhatSpelledOut(text: string): string {
  return text.replace(/\b(?:wats|wat|wot)\b/gi, (typed) => (SHORTHAND.get(typed.toLowerCase()) ?? [typed]).join(' '));
}

/** Lowercase words and numbers, with contractions and shorthand expanded and punctuation dropped. */
export function words(text: string): string[] {
  let t = text.toLowerCase();
  if (t.includes('/')) t = t.replace(/\bw\/o\b/g, 'without').replace(/\bw\//g, 'with ');
  if (t.includes("'") || t.includes('’')) for (const [pattern, replacement] of CONTRACTIONS) t = t.replace(pattern, replacement);
  // Diacritics off so "café" and "cafe" meet; anything that is not a letter or digit splits words.
  const ascii = !NON_ASCII.test(t);
  if (!ascii) t = t.normalize('NFD').replace(/\p{M}/gu, '');
  const result: string[] = [];
  for (const w of t.split(ascii ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u)) {
    if (w.length === 0) continue;
    const long = SHORTHAND.get(w);
    if (long) result.push(...long);
    else result.push(w);
  }
  return result;
}

/** After ".", "!" or "?", but not after "..." before a lowercase word: "is IoT just... the internet?" pauses, as "…" does. */
const SENTENCE_BREAK = /(?<=[.!?])(?<!\.\.\.)\s+|(?<=\.\.\.)\s+(?!\p{Ll})|\n+/u;

/** Splits a long message into its sentences, so the actual question can be found inside a story. */
export function sentences(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Words that tell questions apart in this domain, kept even though general stop lists drop them. */
const MEANINGFUL = new Set(['what', 'who', 'whom', 'when', 'where', 'why', 'how', 'which', 'no', 'not', 'few', 'many', 'more', 'most', 'only', 'between', 'same', 'other', 'each', 'both', 'all', 'before', 'after', 'without']);

/** A word that only holds a sentence together ("the", "for") or asks ("what"): it says nothing of the subject. */
export function isFunctionWord(word: string): boolean {
  return STOP_WORDS.has(word) || MEANINGFUL.has(word);
}

/**
 * Words that carry no meaning for matching: natural's English list plus chat
 * filler, minus the words above. Question words stay, because they tell
 * "who wrote it" from "when was it written".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    ...naturalStopWords,
    ...`a an the is are was were be been being am do does did done doing of to in on at by for from with into onto
    and or but if then so as than that this these those there here it its i me my mine we us our you your
    he she they them their his her can could would should will shall may might must have has had having
    about tell please pls plz know want wanna need like just really actually also some any one
    get got say said exactly quick quickly question anyone somebody someone lol haha
    okay ok hey hi hello um uh eh well very much basically honestly literally kinda sorta guys folks
    anyway maybe perhaps yeah yep right correct something stuff bit little thanks thank even
    tbh ngl tbf btw fyi imo imho iirc afaik lowkey fr rn tho smh`.split(/\s+/),
  ].filter((w) => w.length > 0 && !MEANINGFUL.has(w)),
);
