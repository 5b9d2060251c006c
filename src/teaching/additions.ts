/**
 * Applies admins' additions to the knowledge base, validating each exactly as
 * `npm run kb:check` validates the files: the entry it changes or creates is
 * checked, with every other entry, against the one declaration of an entry
 * (ENTRY in knowledge/types.ts). An addition that would break the knowledge
 * base is refused with its problems; the rest still apply.
 */
import { normaliseQuestion } from '../feedback/report.js';
import { check } from '../knowledge/schema.js';
import { FAQ_FILE, type Entry, type KnowledgeBase, type WrittenEntry } from '../knowledge/types.js';
import type { Addition, AdditionContent, FieldProblem, TeachingField } from './types.js';

/** Where additions appear to come from, in problems and in each added entry's `file`. */
export const ADDITIONS_FILE = 'taught in Slack';

/** The entry as the files would hold it: the loaded fields, without where it came from. */
function written(entry: Entry): WrittenEntry {
  const { file: _file, ...fields } = entry;
  return fields;
}

/** The entries with `content` applied, and the index of the entry it touches; a phrasing for an unknown entry gives undefined. */
function withAddition(entries: readonly Entry[], content: AdditionContent): { entries: WrittenEntry[]; index: number } | undefined {
  const list = entries.map(written);
  if (content.kind === 'phrasing') {
    const index = list.findIndex((e) => e.id === content.entryId);
    const entry = list[index];
    if (!entry) return undefined;
    list[index] = { ...entry, questions: [...entry.questions, content.question] };
    return { entries: list, index };
  }
  const { entryId, questions, answer, source, topic } = content;
  list.push({ id: entryId, questions, answer, source, ...(topic ? { topic } : {}) });
  return { entries: list, index: list.length - 1 };
}

const FIELD_OF: Record<string, TeachingField> = { id: 'questions', questions: 'questions', answer: 'answer', source: 'source', topic: 'topic', label: 'questions', related: 'questions' };

/**
 * Why `content` cannot be added to `kb`, on the fields to fix; empty when it
 * can. The same checks as the files, plus one the files cannot make: a way
 * of asking that another entry already has would make the two compete.
 */
export function checkAddition(kb: KnowledgeBase, content: AdditionContent): FieldProblem[] {
  const applied = withAddition(kb.entries, content);
  if (!applied) return [{ field: 'entry', message: `there is no entry "${content.entryId}" any more`, fix: 'pick another entry' }];
  const { issues } = check(FAQ_FILE, { entries: applied.entries }, ADDITIONS_FILE);
  const problems: FieldProblem[] = issues
    .filter((issue) => issue.path[0] === 'entries' && issue.path[1] === applied.index)
    .map((issue) => {
      const field = content.kind === 'phrasing' ? 'question' : (FIELD_OF[String(issue.path[2])] ?? 'questions');
      // The files' message points at another place by file and line ("is also used at"); here, the entry is named instead.
      const message = issue.other ? issue.message.replace(/ at$/, ' by another entry') : issue.message;
      return { field, message, fix: issue.fix };
    });
  const asked = content.kind === 'phrasing' ? [content.question] : content.questions;
  for (const question of asked) {
    const key = normaliseQuestion(question);
    const holder = kb.entries.find((e) => e.id !== content.entryId && e.questions.some((q) => normaliseQuestion(q) === key));
    if (key && holder) {
      problems.push({ field: content.kind === 'phrasing' ? 'question' : 'questions', message: `"${question}" is already a way of asking for "${holder.questions[0] ?? holder.id}"`, fix: 'add it there instead, or word it differently' });
    }
  }
  return problems;
}

/**
 * The knowledge base with every addition not undone applied, in the order
 * they were made. One that no longer fits (its entry was undone, or it was
 * changed in the database) is left out and listed in `refused`.
 */
export function applyAdditions(base: KnowledgeBase, additions: readonly Addition[]): { kb: KnowledgeBase; refused: { addition: Addition; problems: FieldProblem[] }[] } {
  let kb = base;
  const refused: { addition: Addition; problems: FieldProblem[] }[] = [];
  for (const addition of additions) {
    if (addition.undoneAt) continue;
    const problems = checkAddition(kb, addition);
    if (problems.length > 0) {
      refused.push({ addition, problems });
      continue;
    }
    kb = added(kb, addition);
  }
  return { kb, refused };
}

/** `kb` with one checked addition; entries are copied, never changed in place. */
function added(kb: KnowledgeBase, content: AdditionContent): KnowledgeBase {
  let entries: Entry[];
  if (content.kind === 'phrasing') {
    entries = kb.entries.map((e) => (e.id === content.entryId ? { ...e, questions: [...e.questions, content.question.trim()] } : e));
  } else {
    const entry: Entry = { id: content.entryId, questions: content.questions.map((q) => q.trim()), answer: content.answer.trim(), source: content.source.trim(), related: [], file: ADDITIONS_FILE, ...(content.topic ? { topic: content.topic } : {}) };
    entries = [...kb.entries, entry];
  }
  return { ...kb, entries, byId: new Map(entries.map((e) => [e.id, e])) };
}

const YAML_WORDS: ReadonlySet<string> = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n', 'nan', 'inf']);

/** A new entry's id: the first way of asking, as lowercase words joined by "-", made unique among `taken`. */
export function newEntryId(question: string, taken: { has(id: string): boolean }): string {
  const words = normaliseQuestion(question)
    .normalize('NFKD')
    .replace(/[^a-z0-9 ]/g, '')
    .split(' ')
    .filter(Boolean);
  let base = '';
  for (const word of words) {
    if (base && base.length + word.length + 1 > 40) break;
    base = base ? `${base}-${word}` : word;
  }
  // An id YAML would read as a number, a boolean or null ("123", "no") would not load back from the files.
  if (!base || !/[a-z]/.test(base) || YAML_WORDS.has(base)) base = base ? `taught-${base}` : 'taught-entry';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
