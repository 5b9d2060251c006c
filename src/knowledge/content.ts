import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import type JsYaml from 'js-yaml';
import type * as Yaml from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';
import type { Problem } from './problems.js';
import { check, INVALID, type Issue, type Location, type Path, type Schema } from './schema.js';

let library: typeof Yaml | undefined;
let jsYamlModule: typeof JsYaml | undefined;

/** js-yaml, loaded on first use: a one-shot `npm run ask` reads cached content and need not pay its ~15 ms. */
function jsYaml(): typeof JsYaml {
  return (jsYamlModule ??= createRequire(import.meta.url)('js-yaml') as typeof JsYaml);
}

/**
 * The `yaml` package, loaded on first use. It knows line numbers but takes
 * ~40 ms to load; valid content is read with js-yaml and never needs it,
 * which keeps start-up quick.
 */
export function yaml(): typeof Yaml {
  return (library ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}

/**
 * Which parser reads the files: js-yaml is about 7× faster; `yaml` keeps
 * positions. Both read YAML 1.2's core schema, so they give the same values.
 */
export type Parser = 'js-yaml' | 'yaml';

/** A parsed content file. Positions are worked out (with `yaml`) only when a problem needs a line. */
export class Source {
  private parsed: { doc: Document; lines: LineCounter } | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly data: unknown,
    parsed?: { doc: Document; lines: LineCounter },
  ) {
    this.parsed = parsed;
  }

  /** The line of the value at `path`, or of its key; a missing field gives the line of the nearest thing that is there. */
  lineOf(path: Path, key = false): number | undefined {
    this.parsed ??= parse(this.text);
    const { doc, lines } = this.parsed;
    let node = doc.contents as Node | null;
    let at: Node | null = node;
    for (let i = 0; i < path.length && node; i++) {
      const segment = path[i];
      if (yaml().isMap(node)) {
        const pair = node.items.find((p) => String(yaml().isScalar(p.key) ? p.key.value : p.key) === String(segment));
        if (!pair) break;
        if (key && i === path.length - 1) {
          at = pair.key as Node;
          break;
        }
        node = pair.value as Node | null;
        at = node ?? (pair.key as Node);
      } else if (yaml().isSeq(node) && typeof segment === 'number') {
        node = (node.items[segment] as Node | undefined) ?? null;
        if (node) at = node;
      } else break;
    }
    const offset = at?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset).line;
  }
}

function parse(text: string): { doc: Document; lines: LineCounter } {
  const lines = new (yaml().LineCounter)();
  return { doc: yaml().parseDocument(text, { lineCounter: lines, uniqueKeys: true }), lines };
}

/** A content file read and parsed, or why not: a YAML syntax error, or a file that cannot be read. */
export type ReadResult = { source: Source; problems: [] } | { source: undefined; problems: Problem[]; syntax: boolean };

/** Reads and parses one content file; `file` in problems is the path relative to `baseDir`. */
export function readSource(path: string, baseDir: string, parser: Parser = 'js-yaml'): ReadResult {
  const file = shownPath(path, baseDir);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      source: undefined,
      syntax: false,
      problems: [
        {
          file,
          message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(error)})`,
          fix: code === 'ENOENT' ? 'create it, or point --knowledge / KNOWLEDGE_DIR at the right folder' : 'check the file permissions',
        },
      ],
    };
  }
  if (parser === 'yaml') {
    const parsed = parse(text);
    if (parsed.doc.errors.length > 0) return { source: undefined, syntax: true, problems: syntaxProblems(file, parsed.doc.errors) };
    return { source: new Source(file, text, parsed.doc.toJS(), parsed), problems: [] };
  }
  try {
    return { source: new Source(file, text, jsYaml().load(text, { schema: jsYaml().CORE_SCHEMA })), problems: [] };
  } catch (error) {
    const errors = parse(text).doc.errors;
    if (errors.length > 0) return { source: undefined, syntax: true, problems: syntaxProblems(file, errors) };
    // The two parsers disagree: js-yaml's own account is all there is.
    const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
    const problem = syntaxProblem(file, reason ?? String(error), mark ? { line: mark.line + 1, col: mark.column + 1 } : undefined);
    return { source: undefined, syntax: true, problems: [problem] };
  }
}

function syntaxProblems(file: string, errors: readonly Yaml.YAMLError[]): Problem[] {
  return errors.map((error) => syntaxProblem(file, error.message, error.linePos?.[0]));
}

function syntaxProblem(file: string, text: string, at: { line: number; col: number } | undefined): Problem {
  // `yaml` ends its first line with " at line 3, column 5:" before a code excerpt; the line and column are given apart.
  const message = (text.split('\n')[0] ?? '')
    .replace(/ at line \d+, column \d+:?\s*$/, '')
    .replace(/[\s:]+$/, '');
  return {
    file,
    ...(at ? { line: at.line, column: at.col } : {}),
    message: `YAML syntax error: ${message}`,
    fix: 'check the indentation, quotes and brackets around that line',
  };
}

/** Turns issues into problems with lines; the entry (or question) they belong to is named by its id. */
export function problemsOf(issues: readonly Issue[], sources: ReadonlyMap<string, Source>): Problem[] {
  const where = (at: Location): string => {
    const line = sources.get(at.file)?.lineOf(at.path);
    return line === undefined ? at.file : `${at.file}:${line}`;
  };
  return issues.map((issue) => {
    const source = sources.get(issue.file);
    const line = source?.lineOf(issue.path, issue.key);
    const { item, field } = subject(source?.data, issue.path);
    return {
      file: issue.file,
      ...(line === undefined ? {} : { line }),
      ...(item === undefined ? {} : { item }),
      ...(field === undefined ? {} : { field }),
      message: issue.other ? `${issue.message} ${where(issue.other)}` : issue.message,
      fix: issue.fix,
    };
  });
}

/**
 * An item is one map in a file's top-level list (an entry, a question); a
 * problem inside it is named by the item's id and the field's path within it,
 * e.g. "answers.yes.m2m" or "options[2]".
 */
function subject(data: unknown, path: Path): { item?: string; field?: string } {
  const [top, index, ...rest] = path;
  const container = isMap(data) ? data[String(top)] : undefined;
  const item = Array.isArray(container) && typeof index === 'number' ? (container[index] as unknown) : undefined;
  if (rest.length > 0 && isMap(item)) {
    const id = item.id;
    return { ...(typeof id === 'string' && id.trim() !== '' ? { item: id.trim() } : {}), field: fieldName(rest) };
  }
  return path.length > 0 ? { field: fieldName(path) } : {};
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldName(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * Reads one content file against its declaration. `value` is null whenever
 * there is a problem; `syntax` says the problems are YAML syntax errors.
 * `file` is the path shown in problems, relative to `baseDir`.
 */
export function loadFile<T>(
  path: string,
  baseDir: string,
  schema: Schema<T, unknown>,
  known: Readonly<Record<string, (id: string) => boolean>>,
): { value: T | null; file: string; problems: Problem[]; syntax: boolean } {
  const read = readSource(path, baseDir);
  if (!read.source) return { value: null, file: shownPath(path, baseDir), problems: read.problems, syntax: read.syntax };
  const { file } = read.source;
  const { value, issues } = check(schema, read.source.data, file, known);
  if (issues.length > 0 || value === INVALID) return { value: null, file, problems: problemsOf(issues, new Map([[file, read.source]])), syntax: false };
  return { value, file, problems: [], syntax: false };
}

function shownPath(path: string, baseDir: string): string {
  return relative(baseDir, path) || path;
}
