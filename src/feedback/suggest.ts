import { Document, isMap, isSeq, type Node } from 'yaml';
import { ANSWER_AT } from '../answers/engine.js';
import { STOP_WORDS, words } from '../answers/text.js';
import type { KnowledgeBase, WrittenEntry } from '../knowledge/types.js';
import type { FeedbackReport, UnansweredQuestion } from './report.js';

/** A question whose closest entry scores at least this (the engine's bar for answering) is suggested as a new phrasing of it; below, as a new entry. */
export const SUGGEST_PHRASING_AT = ANSWER_AT;
/** At most this many unanswered questions (the most frequent) get a suggestion. */
export const SUGGEST_MAX = 10;
const MAX_SLUG_WORDS = 6;
/** Question words, left out of ids and rewrites on top of the engine's stop words. */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'who', 'when', 'where', 'why', 'how', 'which']);
const isContent = (word: string) => !STOP_WORDS.has(word) && !QUESTION_WORDS.has(word);

export interface PhrasingSuggestion {
  entryId: string;
  /** The entry's file, relative to the knowledge folder's parent. */
  file: string;
  question: string;
  count: number;
  confidence: number;
}

/** A new entry as it would be written in knowledge/faq/*.yml: the declared entry fields, so a new required field must be filled here too. */
export type EntryStub = WrittenEntry;

export interface Suggestions {
  phrasings: PhrasingSuggestion[];
  entries: { stub: EntryStub; count: number; closest: UnansweredQuestion['closest'] }[];
}

/** Turns the most frequent unanswered questions into new phrasings of existing entries or stubs of new ones. */
export function suggestions(report: FeedbackReport, kb: KnowledgeBase, options: { max?: number; minCount?: number } = {}): Suggestions {
  const result: Suggestions = { phrasings: [], entries: [] };
  const usedIds = new Set(kb.entries.map((e) => e.id));
  const added = new Map<string, Set<string>>();
  for (const u of report.unanswered.filter((q) => q.count >= (options.minCount ?? 1)).slice(0, options.max ?? SUGGEST_MAX)) {
    const question = u.question.trim();
    const entry = u.closest && u.closest.confidence >= SUGGEST_PHRASING_AT ? kb.byId.get(u.closest.id) : undefined;
    if (entry && u.closest) {
      const known = added.get(entry.id) ?? new Set(entry.questions.map(lower));
      added.set(entry.id, known);
      if (known.has(lower(question))) continue;
      known.add(lower(question));
      result.phrasings.push({ entryId: entry.id, file: entry.file, question, count: u.count, confidence: u.closest.confidence });
      continue;
    }
    const id = uniqueId(slug(question), usedIds);
    usedIds.add(id);
    result.entries.push({
      stub: { id, questions: phrasingsFor(question), answer: 'TODO: write a 1-4 sentence answer in your own words', source: 'TODO: article section' },
      count: u.count,
      closest: u.closest,
    });
  }
  return result;
}

/** The suggestions as one YAML document with `phrasings` (entry id → new questions) and `entries` (new entry stubs), commented for the editor. */
export function suggestYaml(report: FeedbackReport, kb: KnowledgeBase, options: { max?: number; minCount?: number } = {}): string {
  const s = suggestions(report, kb, options);
  const phrasings: Record<string, string[]> = {};
  for (const p of s.phrasings) (phrasings[p.entryId] ??= []).push(p.question);
  const doc = new Document({ phrasings, entries: s.entries.map((e) => e.stub) });
  doc.commentBefore = [
    ` Suggested knowledge-base changes from ${s.phrasings.length + s.entries.length} unanswered question(s)${report.since ? ` since ${report.since}` : ''}.`,
    ' Review every line, then run "npm run kb:check".',
    ' phrasings: paste each item under that entry\'s "questions:" list.',
    ' entries: paste under "entries:" in a file in knowledge/faq/, then write the answer, source and phrasings.',
  ].join('\n');

  const phrasingsNode = doc.get('phrasings', true);
  if (isMap(phrasingsNode)) {
    for (const pair of phrasingsNode.items) {
      const entryId = String((pair.key as { value?: unknown }).value);
      const items = s.phrasings.filter((p) => p.entryId === entryId);
      (pair.key as Node).commentBefore = ` ${items[0]?.file ?? ''}`;
      if (isSeq(pair.value)) {
        pair.value.items.forEach((item, i) => {
          const p = items[i];
          if (p) (item as Node).commentBefore = ` asked ${p.count}x, confidence ${p.confidence.toFixed(2)}`;
        });
      }
    }
  }
  const entriesNode = doc.get('entries', true);
  if (isSeq(entriesNode)) {
    entriesNode.items.forEach((item, i) => {
      const e = s.entries[i];
      if (!e) return;
      const closest = e.closest ? `closest entry ${e.closest.id} (${e.closest.confidence.toFixed(2)})` : 'no close entry';
      (item as Node).commentBefore = ` asked ${e.count}x, ${closest}. TODO: check the two generated phrasings`;
    });
  }
  return doc.toString({ lineWidth: 0 });
}

/** The asked text plus two simple rewrites, all different ignoring case. */
function phrasingsFor(question: string): string[] {
  const all = words(question);
  const content = all.filter(isContent);
  const topic = (content.length > 0 ? content : all).join(' ');
  const result = [question];
  for (const candidate of [topic, `What about ${topic}?`, `Can you explain ${topic}?`, `Tell me about ${topic}`, `Question about ${topic}`]) {
    if (result.length === 3) break;
    if (!result.some((q) => lower(q) === lower(candidate))) result.push(candidate);
  }
  return result;
}

function slug(text: string): string {
  const ascii = (list: string[]) => list.map((w) => w.replace(/[^a-z0-9]/g, '')).filter((w) => w !== '');
  const all = ascii(words(text));
  const content = all.filter(isContent);
  const chosen = (content.length > 0 ? content : all).slice(0, MAX_SLUG_WORDS);
  return chosen.length > 0 ? chosen.join('-') : 'new-question';
}

function uniqueId(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

function lower(text: string): string {
  return text.trim().toLowerCase();
}
