import { id, list, optional, record, ref, refs, text, textList, type Infer, type Written } from './schema.js';

export const MIN_QUESTIONS = 3;
export const MAX_ANSWER_CHARS = 1200;
/** Button labels stay readable at a glance. */
export const MAX_LABEL_CHARS = 30;

/**
 * One question-and-answer entry of the knowledge base, as written in
 * knowledge/faq/*.yml. This declaration is the only list of its fields: the
 * loader, the messages of `npm run kb:check` and the `Entry` type follow it.
 */
export const ENTRY = record(
  {
    id: id({ scope: 'entry', kind: 'entry', example: 'm2m-definition' }),
    /** Groups entries in "Browse topics". */
    topic: optional(text({ fix: 'remove the field or give it a name' })),
    /** A short name for the entry on buttons; see entryLabel(). */
    label: optional(text({ fix: `write a short button label (at most ${MAX_LABEL_CHARS} characters), or remove the field`, max: MAX_LABEL_CHARS, maxFix: 'shorten it so it fits on a button', singleLine: true })),
    /** The article section the answer rests on. */
    source: text({ fix: 'name the article section the answer rests on, e.g. "What is M2M?"' }),
    /** Ways a person might ask for this entry; the first one is used as its title. */
    questions: textList({ fix: `list at least ${MIN_QUESTIONS} different ways a person might ask`, min: MIN_QUESTIONS, unique: { fix: 'make every phrasing different' } }),
    /** Slack mrkdwn, written in the project's own words. */
    answer: text({ fix: 'write a 1–4 sentence answer in your own words', max: MAX_ANSWER_CHARS }),
    /** Ids of entries offered as follow-up questions. */
    related: optional(refs({ to: 'entry', noun: 'entry', fix: 'list ids of other entries' }), () => []),
    /** Where the article tells a sequence (an ATM transaction), the entry with its next step: "and then?" gets it. */
    next: optional(ref({ to: 'entry', noun: 'entry', fix: 'give the id of the entry that tells the next step, or remove the field' })),
    /** The entry that holds the reasoning behind this one, where the answer itself does not give it: "why?" gets it. */
    why: optional(ref({ to: 'entry', noun: 'entry', fix: 'give the id of the entry that explains why, or remove the field' })),
    /** The entry that tells the article's examples of what this one says (this answer may only name them): "for example?" gets it. */
    example: optional(ref({ to: 'entry', noun: 'entry', fix: 'give the id of the entry with the examples, or remove the field' })),
    /** Where this entry is one of the article's examples, the entry with its other one: "any other example?" gets it. */
    another: optional(ref({ to: 'entry', noun: 'entry', fix: 'give the id of the entry with the article\'s other example, or remove the field' })),
  },
  { fix: 'write the entry as "- field: value" lines' },
);

/** An entry as loaded. */
export interface Entry extends Infer<typeof ENTRY> {
  /** The file the entry came from, relative to the knowledge folder's parent. */
  file: string;
}

/** An entry as written in YAML: fields with a default may be left out. */
export type WrittenEntry = Written<typeof ENTRY>;

/** A file in knowledge/faq/. Other top-level keys are left alone (comments, anchors). */
export const FAQ_FILE = record(
  { entries: list(ENTRY, { fix: 'add "entries:" followed by a list of entries with id, questions, answer and source' }) },
  { fix: 'start the file with "entries:" followed by a list of entries with id, questions, answer and source', notMap: 'the file must be a map with a top-level "entries:" list', extraKeys: 'allow' },
);

/** knowledge/synonyms.yml. */
export const SYNONYMS_FILE = record(
  {
    groups: list(textList({ fix: 'write it as "- [term, other term]"', min: 2, noun: ['term', 'terms'], lowercase: true }), {
      fix: 'write "groups:" followed by lists of equivalent terms, e.g. "- [m2m, machine to machine]"',
      distinct: { key: (terms) => terms, message: (term, first) => `"${term}" is also in group ${first + 1}`, fix: 'merge the two groups or drop the term from one of them' },
    }),
  },
  { fix: 'start the file with "groups:" followed by lists of equivalent terms', notMap: 'the file must be a map with a top-level "groups:" list', extraKeys: 'allow' },
);

/** Changes whenever a declaration does, so a knowledge base cached by older code is not used. */
export const KNOWLEDGE_SIGNATURE = `${FAQ_FILE.signature}|${SYNONYMS_FILE.signature}`;

export interface KnowledgeBase {
  dir: string;
  entries: Entry[];
  byId: ReadonlyMap<string, Entry>;
  /** Groups of equivalent terms; the first term is the canonical one. */
  synonyms: string[][];
}

/** What the chooser and quiz need of the knowledge base: which entry ids exist. */
export interface EntryIndex {
  byId: { has(id: string): boolean };
}

/** The text a person sees for an entry in a list. */
export function entryTitle(entry: Entry): string {
  return entry.questions[0] ?? entry.id;
}

/** The text for an entry on a button: its label, else its title, cut at a word to MAX_LABEL_CHARS with "…". */
export function entryLabel(entry: Entry): string {
  if (entry.label) return entry.label;
  const title = entryTitle(entry);
  const chars = [...title];
  if (chars.length <= MAX_LABEL_CHARS) return title;
  const room = chars.slice(0, MAX_LABEL_CHARS - 1).join('');
  // Cut at the last space unless the cut already falls between two words.
  const atWord = chars[MAX_LABEL_CHARS - 1] === ' ' ? room : room.slice(0, Math.max(room.lastIndexOf(' '), 0)) || room;
  return `${atWord.replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Topics in the order they first appear, each with its entries. */
export function topics(kb: KnowledgeBase): { topic: string; entries: Entry[] }[] {
  const byTopic = new Map<string, Entry[]>();
  for (const entry of kb.entries) {
    const topic = entry.topic ?? 'Other';
    const list = byTopic.get(topic) ?? [];
    list.push(entry);
    byTopic.set(topic, list);
  }
  return [...byTopic].map(([topic, entries]) => ({ topic, entries }));
}
