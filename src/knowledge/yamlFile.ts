import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { LineCounter, Node, YAMLMap } from 'yaml';
import type { Problem } from './problems.js';

let library: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded on first use. It knows line numbers but takes
 * ~40 ms to load; a valid knowledge base is read with js-yaml and never needs
 * it, which keeps `npm run ask` quick.
 */
export function yaml(): typeof Yaml {
  return (library ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}

/**
 * A YAML content file opened for validation. Every reader method records a
 * problem (with file and line) instead of throwing, so a loader can report
 * all of a file's problems at once.
 */
export class YamlFile {
  readonly problems: Problem[] = [];
  readonly root: Node | null;
  private readonly lines: LineCounter = new (yaml().LineCounter)();

  private constructor(
    readonly file: string,
    text: string | null,
  ) {
    if (text === null) {
      this.root = null;
      return;
    }
    const doc = yaml().parseDocument(text, { lineCounter: this.lines, uniqueKeys: true });
    for (const error of doc.errors) {
      const line = error.linePos?.[0].line;
      this.problems.push({
        file,
        ...(line === undefined ? {} : { line }),
        message: `YAML syntax error: ${error.message.split('\n')[0]}`,
        fix: 'check the indentation, quotes and brackets around that line',
      });
    }
    this.root = doc.errors.length > 0 ? null : (doc.contents as Node | null);
  }

  static open(path: string, baseDir = process.cwd()): YamlFile {
    const shown = relative(baseDir, path) || path;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const file = new YamlFile(shown, null);
      const code = (error as NodeJS.ErrnoException).code;
      file.problems.push({
        file: shown,
        message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(error)})`,
        fix: code === 'ENOENT' ? 'create it, or point --knowledge / KNOWLEDGE_DIR at the right folder' : 'check the file permissions',
      });
      return file;
    }
    return new YamlFile(shown, text);
  }

  lineOf(node: Node | null | undefined): number | undefined {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : this.lines.linePos(offset).line;
  }

  report(node: Node | null | undefined, problem: Omit<Problem, 'file' | 'line'>): void {
    const line = this.lineOf(node);
    this.problems.push({ file: this.file, ...(line === undefined ? {} : { line }), ...problem });
  }

  /** The top-level list under `key`, e.g. `entries:`; reports a problem when it is missing. */
  topList(key: string, example: string): YAMLMap[] {
    if (!this.root && this.problems.length > 0) return [];
    if (!yaml().isMap(this.root)) {
      this.report(this.root, { message: `the file must be a map with a top-level "${key}:" list`, fix: `start the file with "${key}:" followed by ${example}` });
      return [];
    }
    const list = this.root.get(key, true) as Node | undefined;
    if (!yaml().isSeq(list)) {
      this.report(list ?? this.root, { field: key, message: `missing or not a list`, fix: `add "${key}:" followed by ${example}` });
      return [];
    }
    const items: YAMLMap[] = [];
    list.items.forEach((item, index) => {
      if (yaml().isMap(item)) items.push(item);
      else this.report(item as Node, { field: `${key}[${index}]`, message: 'each item must be a map of fields', fix: 'write the item as "- field: value" lines' });
    });
    return items;
  }
}

/** Lowercase letters, digits and single hyphens: the shape of every id in the content files. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where each id was first seen ("faq/iot.yml:12"), to report duplicates across items and files. */
export type IdRegistry = Map<string, string>;

/** Typed, problem-reporting access to the fields of one item (an entry, a question...). */
export class ItemReader {
  readonly name: string | undefined;

  /** `name` labels problems; by default the item's own `id`. */
  constructor(
    private readonly file: YamlFile,
    readonly node: YAMLMap,
    name?: string,
  ) {
    const id = node.get('id');
    this.name = name ?? (typeof id === 'string' ? id : undefined);
  }

  /** Reads `id`: a slug, unique among `seen`, which it updates. */
  id(seen: IdRegistry, kind: string, example: string): string | undefined {
    const id = this.text('id', `give the ${kind} a unique slug such as "${example}"`);
    if (id === undefined) return undefined;
    if (!ID_PATTERN.test(id)) this.report('id', `"${id}" is not a slug`, `use lowercase letters, digits and single hyphens, e.g. "${example}"`);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      this.report('id', `"${id}" is also used at ${earlier}`, `give each ${kind} its own id`);
    } else {
      const line = this.file.lineOf(this.node);
      seen.set(id, line === undefined ? this.file.file : `${this.file.file}:${line}`);
    }
    return id;
  }

  /** Checks that every id listed in `field` names an existing entry (`known`). */
  references(field: string, known: (id: string) => boolean, what = 'knowledge-base entry'): void {
    const node = this.valueNode(field);
    if (!yaml().isSeq(node)) return;
    node.items.forEach((item, index) => {
      const target = yaml().isScalar(item) && item.value !== null ? String(item.value).trim() : '';
      if (target === '') return;
      if (target === this.name && what === 'entry') {
        this.problem(`${field}[${index}]`, 'points to the entry itself', 'remove it', item as Node);
      } else if (!known(target)) {
        this.problem(`${field}[${index}]`, `"${target}" is not the id of any ${what}`, 'correct the id (see knowledge/faq/*.yml) or remove it', item as Node);
      }
    });
  }

  private valueNode(field: string): Node | undefined {
    return this.node.get(field, true) as Node | undefined;
  }

  private problem(field: string, message: string, fix: string, node?: Node): void {
    this.file.report(node ?? this.valueNode(field) ?? this.node, {
      ...(this.name ? { item: this.name } : {}),
      field,
      message,
      fix,
    });
  }

  has(field: string): boolean {
    return this.node.has(field);
  }

  /** A non-empty string. Numbers and booleans written bare are accepted as text. */
  text(field: string, fix: string, options: { optional?: boolean; max?: number } = {}): string | undefined {
    const node = this.valueNode(field);
    if (node === undefined || (yaml().isScalar(node) && node.value === null)) {
      if (!options.optional) this.problem(field, 'is missing', fix);
      return undefined;
    }
    if (!yaml().isScalar(node) || typeof node.value === 'object') {
      this.problem(field, 'must be a single line of text', fix, node);
      return undefined;
    }
    const value = String(node.value).trim();
    if (value === '') {
      this.problem(field, 'is empty', fix, node);
      return undefined;
    }
    if (options.max !== undefined && value.length > options.max) {
      this.problem(field, `is ${value.length} characters long; the limit is ${options.max}`, 'shorten it', node);
    }
    return value;
  }

  /** A list of non-empty strings. */
  textList(field: string, fix: string, options: { optional?: boolean; min?: number; max?: number; maxLength?: number } = {}): string[] {
    const node = this.valueNode(field);
    if (node === undefined || (yaml().isScalar(node) && node.value === null)) {
      if (!options.optional) this.problem(field, 'is missing', fix);
      return [];
    }
    if (!yaml().isSeq(node)) {
      this.problem(field, 'must be a list', `write it as a "- item" list; ${fix}`, node);
      return [];
    }
    const values: string[] = [];
    node.items.forEach((item, index) => {
      const value = yaml().isScalar(item) && item.value !== null && typeof item.value !== 'object' ? String(item.value).trim() : '';
      if (value === '') this.problem(`${field}[${index}]`, 'is empty or not text', 'write plain text, or remove the line', item as Node);
      else if (options.maxLength !== undefined && value.length > options.maxLength) {
        this.problem(`${field}[${index}]`, `is ${value.length} characters long; the limit is ${options.maxLength}`, 'shorten it', item as Node);
      } else values.push(value);
    });
    if (options.min !== undefined && values.length < options.min) {
      this.problem(field, `has ${values.length} item${values.length === 1 ? '' : 's'}; at least ${options.min} needed`, fix, node);
    }
    if (options.max !== undefined && values.length > options.max) {
      this.problem(field, `has ${values.length} items; at most ${options.max} allowed`, fix, node);
    }
    return values;
  }

  /** A whole number in [min, max]; missing means `fallback`. */
  integer(field: string, min: number, max: number, fallback: number): number {
    const node = this.valueNode(field);
    if (node === undefined) return fallback;
    const value = yaml().isScalar(node) ? node.value : undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.problem(field, `must be a whole number from ${min} to ${max}`, `write a number such as ${max}`, node);
      return fallback;
    }
    return value;
  }

  /** A nested map, for structured fields. */
  map(field: string, fix: string): ItemReader | undefined {
    const node = this.valueNode(field);
    if (!yaml().isMap(node)) {
      this.problem(field, node === undefined ? 'is missing' : 'must be a map of fields', fix, node);
      return undefined;
    }
    return new ItemReader(this.file, node, this.name);
  }

  /** Reports keys this item does not know, which are usually typos. */
  onlyFields(known: readonly string[]): void {
    for (const pair of this.node.items) {
      const key = yaml().isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!known.includes(key)) {
        this.problem(key, 'is not a known field', `use one of: ${known.join(', ')}`, pair.key as Node);
      }
    }
  }

  report(field: string, message: string, fix: string): void {
    this.problem(field, message, fix);
  }
}
