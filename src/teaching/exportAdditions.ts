/**
 * `npm run kb:export`: what admins taught, written back into
 * knowledge/faq/*.yml for a maintainer to review and commit. The files are
 * edited as text, not re-serialised, so their comments, order and wrapping
 * stay as written: a new way of asking goes at the end of its entry's
 * questions, a new entry at the end of the file holding its topic (or
 * faq/taught.yml). What the files already hold is not added again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, stringify, type YAMLMap, type YAMLSeq } from 'yaml';
import { normaliseQuestion } from '../feedback/report.js';
import { loadKnowledge } from '../knowledge/load.js';
import { applyAdditions } from './additions.js';
import type { Addition, EntryAddition } from './types.js';

/** Where entries with no topic held by a file go. */
export const TAUGHT_FILE = 'taught.yml';
/** Folded answers are wrapped at this width, as the files are. */
const WRAP = 88;

export interface ExportPlan {
  /** The new text of every file that changes, by path. */
  files: Map<string, string>;
  phrasings: number;
  entries: number;
  /** Additions not written, each with why (already in the files, say). */
  skipped: { addition: Addition; reason: string }[];
}

interface FileEntry {
  file: string;
  questions: YAMLSeq;
  asked: Set<string>;
}

interface Edit {
  at: number;
  text: string;
}

/**
 * Plans the export of the additions in force into the faq folder of `dir`.
 * Reads, never writes. Undone additions are left out, and so is any the bot
 * itself does not apply (checked against the files as they are now).
 */
export function planExport(dir: string, additions: readonly Addition[]): ExportPlan {
  const first = planEdits(dir, additions);
  // What the files already hold is skipped as such; the rest is checked as the bot checks it.
  const present = new Set(first.skipped.map((s) => s.addition.id));
  const { refused } = applyAdditions(loadKnowledge(dir), additions.filter((a) => !present.has(a.id)));
  if (refused.length === 0) return first;
  const notApplied = new Map(refused.map((r) => [r.addition.id, r.problems.map((p) => p.message).join('; ')]));
  const plan = planEdits(dir, additions.filter((a) => !notApplied.has(a.id)));
  for (const addition of additions) {
    const reason = notApplied.get(addition.id);
    if (reason) plan.skipped.push({ addition, reason: `the bot does not apply it either: ${reason}` });
  }
  return plan;
}

function planEdits(dir: string, additions: readonly Addition[]): ExportPlan {
  const faq = join(dir, 'faq');
  const texts = new Map<string, string>();
  for (const name of readdirSync(faq).filter((n) => /\.ya?ml$/.test(n)).sort()) texts.set(join(faq, name), readFileSync(join(faq, name), 'utf8'));

  const entries = new Map<string, FileEntry>();
  /** The last entry of each file, where new entries are appended, and the file holding each topic last. */
  const lastEntry = new Map<string, YAMLMap>();
  const topicFile = new Map<string, string>();
  for (const [file, text] of texts) {
    const list = parseDocument(text).get('entries', true);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (!isMap(item)) continue;
      lastEntry.set(file, item);
      const id = item.get('id');
      const topic = item.get('topic');
      const questions = item.get('questions', true);
      if (typeof topic === 'string') topicFile.set(topic, file);
      if (typeof id === 'string' && isSeq(questions)) {
        entries.set(id, { file, questions, asked: new Set(questions.items.map((q) => normaliseQuestion(String(isScalar(q) ? q.value : q)))) });
      }
    }
  }

  const edits = new Map<string, Edit[]>();
  const edit = (file: string, e: Edit) => edits.set(file, [...(edits.get(file) ?? []), e]);
  const created = new Map<string, { addition: EntryAddition; file: string }>();
  const plan: ExportPlan = { files: new Map(), phrasings: 0, entries: 0, skipped: [] };

  for (const addition of additions) {
    if (addition.undoneAt) continue;
    if (addition.kind === 'entry') {
      if (entries.has(addition.entryId) || created.has(addition.entryId)) {
        plan.skipped.push({ addition, reason: `an entry "${addition.entryId}" is already in the files` });
        continue;
      }
      const file = (addition.topic && topicFile.get(addition.topic)) || join(faq, TAUGHT_FILE);
      created.set(addition.entryId, { addition: { ...addition, questions: [...addition.questions] }, file });
      continue;
    }
    const key = normaliseQuestion(addition.question);
    const fresh = created.get(addition.entryId);
    if (fresh) {
      if (fresh.addition.questions.some((q) => normaliseQuestion(q) === key)) plan.skipped.push({ addition, reason: 'already a way of asking for its entry' });
      else fresh.addition.questions.push(addition.question);
      continue;
    }
    const target = entries.get(addition.entryId);
    if (!target) {
      plan.skipped.push({ addition, reason: `no entry "${addition.entryId}" in the files` });
      continue;
    }
    if (target.asked.has(key)) {
      plan.skipped.push({ addition, reason: 'already a way of asking for its entry in the files' });
      continue;
    }
    const last = target.questions.items.at(-1);
    const text = texts.get(target.file) ?? '';
    if (target.questions.flow || !last || !isScalar(last) || !last.range) {
      plan.skipped.push({ addition, reason: `the questions of "${addition.entryId}" are not written as a "- " list` });
      continue;
    }
    target.asked.add(key);
    // After the last question's line, comment included ("- q # note" keeps its note).
    const lineEnd = text.indexOf('\n', last.range[1]);
    const at = lineEnd < 0 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    edit(target.file, { at, text: `\n${linePrefix(text, last.range[0])}${scalar(addition.question)}` });
    plan.phrasings++;
  }

  for (const { addition, file } of created.values()) {
    const last = lastEntry.get(file);
    const text = texts.get(file);
    if (text !== undefined && last?.range) {
      const prefix = linePrefix(text, last.range[0]);
      // After the entry's last character: its range may run on over the blank lines that follow it.
      let at = last.range[1];
      while (at > last.range[0] && /\s/.test(text.charAt(at - 1))) at--;
      edit(file, { at, text: `\n\n${entryText(addition, prefix)}` });
    } else {
      const start = texts.get(file) ?? '# Entries taught in Slack and exported by `npm run kb:export`: review them, then move each where it belongs.\nentries:\n';
      texts.set(file, `${start.trimEnd()}\n${entryText(addition, '  - ')}\n`);
      plan.files.set(file, texts.get(file) as string);
    }
    plan.entries++;
  }

  for (const [file, list] of edits) {
    let text = texts.get(file) ?? '';
    // Edits at one place go in the order they were made; places from the end backwards, so every offset still points where it did.
    const byPlace = new Map<number, string>();
    for (const e of list) byPlace.set(e.at, (byPlace.get(e.at) ?? '') + e.text);
    for (const [at, added] of [...byPlace].sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + added + text.slice(at);
    // A file written with CRLF line endings keeps them.
    if (/\r\n/.test(texts.get(file) ?? '')) text = text.replace(/\r?\n/g, '\r\n');
    plan.files.set(file, text);
  }
  return plan;
}

/** What precedes a list item's value on its line, e.g. "      - ". */
function linePrefix(text: string, valueStart: number): string {
  const lineStart = text.lastIndexOf('\n', valueStart - 1) + 1;
  const prefix = text.slice(lineStart, valueStart);
  return /^ *- +$/.test(prefix) ? prefix : '  - ';
}

/** One line of YAML for a text: plain when that reads back the same, else quoted. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** An entry in the files' style: id, topic, source, questions, then the answer folded (or literal, if it has line breaks). */
function entryText(entry: EntryAddition, dash: string): string {
  const pad = ' '.repeat(dash.length);
  const lines = [`${dash}id: ${scalar(entry.entryId)}`];
  if (entry.topic) lines.push(`${pad}topic: ${scalar(entry.topic)}`);
  lines.push(`${pad}source: ${scalar(entry.source)}`, `${pad}questions:`, ...entry.questions.map((q) => `${pad}  - ${scalar(q)}`));
  const answer = entry.answer.trim();
  if (answer.includes('\n')) lines.push(`${pad}answer: |-`, ...answer.split('\n').map((l) => (l ? `${pad}  ${l}` : '')));
  else lines.push(`${pad}answer: >-`, ...wrap(answer, WRAP - pad.length - 2).map((l) => `${pad}  ${l}`));
  return lines.join('\n');
}

/** Words in lines of at most `width` (a longer word gets its own line); single spaces only, so folding reads it back unchanged. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width && word !== '' && !line.endsWith(' ')) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
