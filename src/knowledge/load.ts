import { readdirSync, readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node } from 'yaml';
import { KnowledgeCache } from './cache.js';
import { ContentError, type Problem } from './problems.js';
import type { Entry, KnowledgeBase } from './types.js';
import { ID_PATTERN, ItemReader, yaml, YamlFile, type IdRegistry } from './yamlFile.js';

export const MIN_QUESTIONS = 3;
export const MAX_ANSWER_CHARS = 1200;
const ENTRY_FIELDS = ['id', 'questions', 'answer', 'source', 'topic', 'related'] as const;

/** A broken knowledge base: every problem, plus the entries that did load, so the chooser and quiz can still be checked. */
export class KnowledgeError extends ContentError {
  constructor(
    what: string,
    problems: Problem[],
    readonly partial: KnowledgeBase,
  ) {
    super(what, problems);
  }
}

/** The folder that ships with the app, used when no other is given. */
export const DEFAULT_KNOWLEDGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../knowledge');

/** The knowledge folder chosen by `--knowledge DIR`, then `KNOWLEDGE_DIR`, then the default. */
export function knowledgeDir(flag?: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  // An empty KNOWLEDGE_DIR (copied from .env.example, say) means the default, not the current folder.
  return resolve(flag?.trim() || env.KNOWLEDGE_DIR?.trim() || DEFAULT_KNOWLEDGE_DIR);
}

/**
 * Loads and validates `faq/*.yml` and `synonyms.yml`. Throws a ContentError
 * listing every problem; never returns a half-loaded knowledge base.
 *
 * Two passes: js-yaml parses about 7× faster than the `yaml` package, so a
 * valid knowledge base loads through a quick check of plain values. At the
 * first doubt, the full validator re-reads everything with `yaml`, which knows
 * line numbers, and reports every problem. It is the one source of truth.
 * With `cacheDir`, a valid knowledge base is also kept there as JSON (cache.ts).
 */
export function loadKnowledge(dir: string, options: { cacheDir?: string } = {}): KnowledgeBase {
  const cache = options.cacheDir ? new KnowledgeCache(dir, options.cacheDir) : undefined;
  const cached = cache?.read();
  if (cached) return cached;
  const kb = quickLoad(dir) ?? validateKnowledge(dir);
  cache?.write(kb);
  return kb;
}

/** Returns the knowledge base if everything is plainly valid, or undefined to ask the full validator. */
function quickLoad(dir: string): KnowledgeBase | undefined {
  try {
    const faqDir = join(dir, 'faq');
    const names = readdirSync(faqDir).filter((name) => /\.ya?ml$/.test(name)).sort();
    if (names.length === 0) return undefined;
    const base = dirname(resolve(dir));
    const entries: Entry[] = [];
    const byId = new Map<string, Entry>();
    for (const name of names) {
      const path = join(faqDir, name);
      const data = jsYaml.load(readFileSync(path, 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as { entries?: unknown } | null;
      if (!Array.isArray(data?.entries)) return undefined;
      const file = relativeTo(base, path);
      for (const raw of data.entries as unknown[]) {
        const entry = plainEntry(raw, file);
        if (!entry || byId.has(entry.id)) return undefined;
        entries.push(entry);
        byId.set(entry.id, entry);
      }
    }
    if (entries.some((e) => e.related.some((id) => id === e.id || !byId.has(id)))) return undefined;
    const groups = (jsYaml.load(readFileSync(join(dir, 'synonyms.yml'), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as { groups?: unknown } | null)?.groups;
    if (!Array.isArray(groups)) return undefined;
    const synonyms: string[][] = [];
    const terms = new Set<string>();
    for (const group of groups as unknown[]) {
      const list = Array.isArray(group) ? group.map(plainText).map((t) => t?.toLowerCase()) : [];
      if (list.length < 2 || list.some((t) => !t || terms.has(t))) return undefined;
      list.forEach((t) => terms.add(t as string));
      synonyms.push(list as string[]);
    }
    return { dir, entries, byId, synonyms };
  } catch {
    return undefined;
  }
}

function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function plainEntry(raw: unknown, file: string): Entry | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const fields = raw as Record<string, unknown>;
  if (Object.keys(fields).some((key) => !(ENTRY_FIELDS as readonly string[]).includes(key))) return undefined;
  const id = plainText(fields.id);
  const answer = plainText(fields.answer);
  const source = plainText(fields.source);
  const topic = fields.topic === undefined || fields.topic === null ? undefined : plainText(fields.topic);
  const questions = Array.isArray(fields.questions) ? fields.questions.map(plainText) : [];
  const related = fields.related === undefined || fields.related === null ? [] : Array.isArray(fields.related) ? fields.related.map(plainText) : [undefined];
  if (!id || !ID_PATTERN.test(id) || !answer || answer.length > MAX_ANSWER_CHARS || !source) return undefined;
  if ((fields.topic !== undefined && fields.topic !== null && !topic) || questions.length < MIN_QUESTIONS) return undefined;
  if (questions.some((q) => !q) || related.some((r) => !r)) return undefined;
  const lower = questions.map((q) => (q as string).toLowerCase());
  if (new Set(lower).size !== lower.length) return undefined;
  return { id, questions: questions as string[], answer, source, related: related as string[], file, ...(topic ? { topic } : {}) };
}

function relativeTo(base: string, path: string): string {
  return relative(base, path) || path;
}

/** The full validator: reads every file with line numbers and throws a ContentError listing all problems. */
export function validateKnowledge(dir: string): KnowledgeBase {
  const base = dirname(resolve(dir));
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const seen: IdRegistry = new Map();
  const readers: { reader: ItemReader; entry?: Entry }[] = [];

  const faqDir = join(dir, 'faq');
  let faqFiles: string[] = [];
  try {
    faqFiles = readdirSync(faqDir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort();
  } catch {
    problems.push({ file: relativeTo(base, faqDir), message: 'folder not found', fix: `create ${faqDir} with at least one .yml file, or point --knowledge / KNOWLEDGE_DIR at the right folder` });
  }
  if (faqFiles.length === 0 && problems.length === 0) {
    problems.push({ file: relativeTo(base, faqDir), message: 'no .yml files found', fix: 'add a file such as faq/basics.yml with an "entries:" list' });
  }

  const files: YamlFile[] = [];
  for (const name of faqFiles) {
    const file = YamlFile.open(join(faqDir, name), base);
    files.push(file);
    for (const node of file.topList('entries', 'a list of entries with id, questions, answer and source')) {
      const reader = new ItemReader(file, node);
      reader.onlyFields(ENTRY_FIELDS);
      const id = reader.id(seen, 'entry', 'm2m-definition');
      const questions = reader.textList('questions', `list at least ${MIN_QUESTIONS} different ways a person might ask`, { min: MIN_QUESTIONS });
      const duplicates = questions.filter((q, i) => questions.findIndex((other) => other.toLowerCase() === q.toLowerCase()) !== i);
      if (duplicates.length > 0) reader.report('questions', `repeats "${duplicates[0]}"`, 'make every phrasing different');
      const answer = reader.text('answer', 'write a 1–4 sentence answer in your own words', { max: MAX_ANSWER_CHARS });
      const source = reader.text('source', 'name the article section the answer rests on, e.g. "What is M2M?"');
      const topic = reader.text('topic', 'remove the field or give it a name', { optional: true });
      const related = reader.textList('related', 'list ids of other entries', { optional: true });
      const complete = id !== undefined && answer !== undefined && source !== undefined && questions.length >= MIN_QUESTIONS;
      const entry = complete ? { id, questions, answer, source, related, file: file.file, ...(topic ? { topic } : {}) } : undefined;
      if (entry) entries.push(entry);
      readers.push({ reader, ...(entry ? { entry } : {}) });
    }
  }

  // Related ids are checked once every file is read: an entry may point to one in another file.
  for (const { reader } of readers) reader.references('related', (id) => seen.has(id), 'entry');

  const synonymsFile = YamlFile.open(join(dir, 'synonyms.yml'), base);
  const synonyms = readSynonyms(synonymsFile);
  files.push(synonymsFile);

  for (const file of files) problems.push(...file.problems);
  const kb = { dir, entries, byId: new Map(entries.map((e) => [e.id, e])), synonyms };
  if (problems.length > 0) throw new KnowledgeError(`The knowledge base in ${dir} cannot be loaded`, problems, kb);
  return kb;
}

function readSynonyms(file: YamlFile): string[][] {
  const groups: string[][] = [];
  if (!file.root && file.problems.length > 0) return groups;
  const list = yaml().isMap(file.root) ? (file.root.get('groups', true) as Node | undefined) : undefined;
  if (!yaml().isSeq(list)) {
    file.report(list ?? file.root, { field: 'groups', message: 'missing or not a list', fix: 'write "groups:" followed by lists of equivalent terms, e.g. "- [m2m, machine to machine]"' });
    return groups;
  }
  const owner = new Map<string, number>();
  list.items.forEach((item, index) => {
    const terms = yaml().isSeq(item) ? item.items.map((t) => (yaml().isScalar(t) && t.value !== null ? String(t.value).trim().toLowerCase() : '')) : [];
    if (terms.length < 2 || terms.some((t) => t === '')) {
      file.report(item as Node, { field: `groups[${index}]`, message: 'each group must list at least two non-empty terms', fix: 'write it as "- [term, other term]"' });
      return;
    }
    for (const term of terms) {
      const earlier = owner.get(term);
      if (earlier !== undefined && earlier !== index) {
        file.report(item as Node, { field: `groups[${index}]`, message: `"${term}" is also in group ${earlier + 1}`, fix: 'merge the two groups or drop the term from one of them' });
      }
      owner.set(term, index);
    }
    groups.push(terms);
  });
  return groups;
}
