/**
 * Declarations of the content files' fields. One declaration gives the
 * TypeScript type (`Infer`), the validation of parsed YAML values and every
 * message and fix; content.ts turns the paths of problems into line numbers.
 *
 * A schema reads a plain value (as js-yaml or `yaml` parse it) at the
 * checker's current path: it returns the typed value, or INVALID after
 * reporting why. Problems are kept as paths, so the same check serves the
 * quick load and the report with lines, and the two cannot disagree.
 */

export type Path = readonly (string | number)[];

/** A place in a content file, e.g. `{ file: 'knowledge/faq/iot.yml', path: ['entries', 3] }`. */
export interface Location {
  file: string;
  path: Path;
}

/** One problem found by a schema; content.ts turns it into a Problem with a line. */
export interface Issue extends Location {
  /** The problem is the key at `path` (an unknown field), not its value. */
  key?: boolean;
  message: string;
  fix: string;
  /** Another place the message refers to; its `file:line` is appended to the message. */
  other?: Location;
}

export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

export interface Schema<T, W = T> {
  /** What to write when the value is missing or unusable. */
  readonly fix: string;
  /** A stable description of the declaration, so a cache notices when it changes. */
  readonly signature: string;
  read(value: unknown, c: Checker): T | Invalid;
  /** Type-level only: the value once read, and as written in YAML. */
  readonly __type?: { out: T; written: W };
}

/** A field that may be left out; it is then absent from the value. */
export interface Optional<T, W = T> extends Schema<T, W> {
  readonly presence: 'optional';
}

/** A field that may be left out; it then takes `fallback`. */
export interface Defaulted<T, W = T> extends Schema<T, W> {
  readonly presence: 'defaulted';
  /** A fresh copy of the default for each read, so no item can change another's. */
  readonly fallback: () => T;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySchema = Schema<any, any>;
type Shape = Record<string, AnySchema>;
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** The TypeScript type of the values a schema reads. */
export type Infer<S> = S extends { readonly __type?: { out: infer T } } ? T : never;
/** The type of the values as written in a YAML file (fields with a default may be left out). */
export type Written<S> = S extends { readonly __type?: { written: infer W } } ? W : never;

type OutOptional<F extends Shape> = { [K in keyof F]: F[K] extends { presence: 'optional' } ? K : never }[keyof F];
type InOptional<F extends Shape> = { [K in keyof F]: F[K] extends { presence: 'optional' | 'defaulted' } ? K : never }[keyof F];
export type RecordOf<F extends Shape> = Flat<{ [K in Exclude<keyof F, OutOptional<F>>]: Infer<F[K]> } & { [K in OutOptional<F>]?: Infer<F[K]> }>;
export type WrittenRecordOf<F extends Shape> = Flat<{ [K in Exclude<keyof F, InOptional<F>>]: Written<F[K]> } & { [K in InOptional<F>]?: Written<F[K]> }>;

/**
 * Walks one content file (or several, for ids unique across files) and
 * collects issues. Keeps the current path as a stack, copied only for an
 * issue: valid content is read with little allocation.
 */
export class Checker {
  readonly issues: Issue[] = [];
  /** The file being read, named in issues. */
  file = '';
  private readonly path: (string | number)[] = [];
  private readonly ids = new Map<string, Set<string>>();
  /** Every value read, by file: a repeated id's first holder is looked up there, so nothing is kept per id. */
  private readonly roots: { file: string; data: unknown }[] = [];
  /** The top-level item being read and its id, to tell a reference to the item itself. */
  private current = { scope: '', id: '', file: '', top: undefined as string | number | undefined, index: undefined as string | number | undefined };
  private readonly deferred: { at: Location; self: string | undefined; to: string; noun: string; fix: string; target: string }[] = [];

  /** `known` resolves references to ids declared elsewhere, e.g. `{ entry: (id) => kb.byId.has(id) }`. */
  constructor(private readonly known: Readonly<Record<string, (id: string) => boolean>> = {}) {}

  enter(key: string | number): void {
    this.path.push(key);
  }

  leave(): void {
    this.path.pop();
  }

  here(): Location {
    return { file: this.file, path: [...this.path] };
  }

  /** Records a problem at the current path, or below it at `sub`. */
  report(message: string, fix: string, options: { sub?: Path; key?: boolean; other?: Location } = {}): void {
    const path = options.sub ? [...this.path, ...options.sub] : [...this.path];
    this.issues.push({ file: this.file, path, message, fix, ...(options.key ? { key: true } : {}), ...(options.other ? { other: options.other } : {}) });
  }

  /** Every id declared in `scope` so far. */
  declared(scope: string): ReadonlySet<string> {
    return new Set(this.ids.get(scope));
  }

  /** Records the id of the item being read (one element of a file's top-level list); returns where it was first declared if it is a repeat. */
  declare(scope: string, id: string): Location | undefined {
    let seen = this.ids.get(scope);
    if (!seen) this.ids.set(scope, (seen = new Set()));
    const item = this.current;
    item.scope = scope;
    item.id = id;
    item.file = this.file;
    item.top = this.path[0];
    item.index = this.path[1];
    const size = seen.size;
    return seen.add(id).size === size ? this.firstHolder(id) : undefined;
  }

  /** Where an id at the current path (e.g. entries[3].id) was first given. */
  private firstHolder(id: string): Location | undefined {
    const [top, , key] = this.path;
    for (const { file, data } of this.roots) {
      const list = isPlainMap(data) ? data[String(top)] : undefined;
      if (!Array.isArray(list)) continue;
      const index = list.findIndex((item) => isPlainMap(item) && typeof item[String(key)] === 'string' && (item[String(key)] as string).trim() === id);
      if (index >= 0) return { file, path: [top as string, index] };
    }
    return undefined;
  }

  /** Reads one file's value; ids stay declared across calls, for ids unique across files. */
  read<T>(schema: Schema<T, unknown>, data: unknown, file: string): T | Invalid {
    this.file = file;
    this.roots.push({ file, data });
    return schema.read(data, this);
  }

  /** Checks that `target` is an id in scope `to`: now if `known` resolves it, else in finish(), once every file is read. */
  reference(target: string, to: string, noun: string, fix: string): void {
    const resolve = this.known[to];
    if (resolve) {
      if (!resolve(target)) this.report(`"${target}" is not the id of any ${noun}`, fix);
      return;
    }
    // Records read their fields in declaration order, and ids are declared first: the item's id is known by now.
    const item = this.current;
    const self = item.scope === to && item.file === this.file && item.top === this.path[0] && item.index === this.path[1] ? item.id : undefined;
    this.deferred.push({ at: this.here(), self, to, noun, fix, target });
  }

  /** Resolves the references left for later; call once every file is read. */
  finish(): void {
    for (const ref of this.deferred.splice(0)) {
      const issue = (message: string, fix: string) => this.issues.push({ ...ref.at, message, fix });
      if (ref.self === ref.target) issue(`points to the ${ref.noun} itself`, 'remove it');
      else if (!this.ids.get(ref.to)?.has(ref.target)) issue(`"${ref.target}" is not the id of any ${ref.noun}`, ref.fix);
    }
  }
}

/** Reads a whole value, e.g. a parsed file, with a fresh checker. */
export function check<T>(schema: Schema<T, unknown>, value: unknown, file: string, known?: Readonly<Record<string, (id: string) => boolean>>): { value: T | Invalid; issues: Issue[] } {
  const c = new Checker(known);
  const result = c.read(schema, value, file);
  c.finish();
  return { value: result, issues: c.issues };
}

const absent = (value: unknown): boolean => value === undefined || value === null;
const isPlainMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const plural = (n: number, noun: readonly [string, string]): string => `${n} ${n === 1 ? noun[0] : noun[1]}`;

/** Why a value is not text, with a fix; numbers and booleans written bare are the usual case. */
function notText(value: unknown, fix: string): [string, string] {
  if (typeof value === 'number' || typeof value === 'boolean') {
    const kind = typeof value === 'boolean' ? `the boolean ${String(value)}` : `the number ${String(value)}`;
    return [`is ${kind}, not text`, `put it in quotes to make it text, e.g. "${String(value)}"`];
  }
  return [`must be text, not ${Array.isArray(value) ? 'a list' : isPlainMap(value) ? 'a map' : 'a value of this kind'}`, fix];
}

export interface TextOptions {
  fix: string;
  max?: number;
  /** The fix when the text is longer than `max`; by default "shorten it". */
  maxFix?: string;
  singleLine?: boolean;
  /** Stored lowercased, e.g. synonym terms. */
  lowercase?: boolean;
}

/** Non-empty text, trimmed. */
export function text(options: TextOptions): Schema<string> {
  const { fix, max, singleLine, lowercase } = options;
  return {
    fix,
    signature: `text(${max ?? ''}${singleLine ? ',line' : ''}${lowercase ? ',lower' : ''})`,
    read(value, c) {
      if (typeof value !== 'string') {
        const [message, why] = absent(value) ? ['is empty', fix] : notText(value, fix);
        c.report(message, why);
        return INVALID;
      }
      const trimmed = value.trim();
      if (trimmed === '') {
        c.report('is empty', fix);
        return INVALID;
      }
      if (max !== undefined && trimmed.length > max) {
        c.report(`is ${trimmed.length} characters long; the limit is ${max}`, options.maxFix ?? 'shorten it');
        return INVALID;
      }
      if (singleLine && trimmed.includes('\n')) {
        c.report('must be a single line', 'join it into one line');
        return INVALID;
      }
      return lowercase ? trimmed.toLowerCase() : trimmed;
    },
  };
}

/** Lowercase letters, digits and single hyphens: the shape of every id in the content files. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An item's id: a slug, unique within `scope` (across every file read by the same checker). */
export function id(options: { scope: string; kind: string; example: string }): Schema<string> {
  const { scope, kind, example } = options;
  const base = text({ fix: `give the ${kind} a unique slug such as "${example}"` });
  return {
    fix: base.fix,
    signature: `id(${scope})`,
    read(value, c) {
      const result = base.read(value, c);
      if (result === INVALID) return INVALID;
      // A malformed or repeated id is reported but still names the item, so its other problems are found too.
      if (!ID_PATTERN.test(result)) c.report(`"${result}" is not a slug`, `use lowercase letters, digits and single hyphens, e.g. "${example}"`);
      const earlier = c.declare(scope, result);
      if (earlier) c.report(`"${result}" is also used at`, `give each ${kind} its own id`, { other: earlier });
      return result;
    },
  };
}

export interface RefOptions {
  /** The id scope referred to, e.g. 'entry'. */
  to: string;
  /** What an id of that scope names, in messages: "is not the id of any <noun>". */
  noun: string;
  fix: string;
  /** The fix for an id that does not exist. */
  unknownFix?: string;
}

/** The id of another item, e.g. a knowledge-base entry. */
export function ref(options: RefOptions): Schema<string> {
  const base = text({ fix: options.fix });
  const unknownFix = options.unknownFix ?? 'correct the id (see knowledge/faq/*.yml)';
  return {
    fix: options.fix,
    signature: `ref(${options.to})`,
    read(value, c) {
      const result = base.read(value, c);
      if (result !== INVALID) c.reference(result, options.to, options.noun, unknownFix);
      return result;
    },
  };
}

/** A whole number in [min, max]. */
export function int(options: { min: number; max: number; fix: string }): Schema<number> {
  const { min, max, fix } = options;
  return {
    fix,
    signature: `int(${min},${max})`,
    read(value, c) {
      if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
        c.report(`is the text "${value}", not a number`, 'remove the quotes');
        return INVALID;
      }
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        c.report(`must be a whole number from ${min} to ${max}`, fix);
        return INVALID;
      }
      return value;
    },
  };
}

/** true or false, written bare. */
export function flag(options: { fix: string }): Schema<boolean> {
  const { fix } = options;
  return {
    fix,
    signature: 'flag',
    read(value, c) {
      if (typeof value === 'string' && /^(?:true|false)$/i.test(value.trim())) {
        c.report(`is the text "${value}", not true or false`, 'remove the quotes');
        return INVALID;
      }
      if (typeof value !== 'boolean') {
        c.report('must be true or false', fix);
        return INVALID;
      }
      return value;
    },
  };
}

export interface ListOptions<T> {
  fix: string;
  min?: number;
  max?: number;
  /** The fix when there are more than `max`; by default `fix`. */
  tooManyFix?: string;
  /** What the items are called in "has 2 items", singular and plural. */
  noun?: readonly [string, string];
  /**
   * Items whose keys repeat an earlier item's are reported at the later item.
   * An item may have several keys (a synonym group's terms); repeats within one item are fine.
   */
  distinct?: { key: (item: T) => string | readonly string[]; message: (key: string, firstIndex: number, item: T) => string; fix: string };
}

/** A list; every item is read, and then its length and `distinct` are checked. */
export function list<T, W>(of: Schema<T, W>, options: ListOptions<T>): Schema<T[], W[]> {
  const { fix, min, max, noun = ['item', 'items'], distinct } = options;
  return {
    fix,
    signature: `list(${of.signature},${min ?? ''},${max ?? ''})`,
    read(value, c) {
      if (!Array.isArray(value)) {
        if (absent(value)) c.report('is empty', fix);
        else c.report('must be a list', `write it as a "- item" list; ${fix}`);
        return INVALID;
      }
      let ok = true;
      let same = true;
      const items = (value as unknown[]).map((raw, i): T | Invalid => {
        c.enter(i);
        const item = of.read(raw, c);
        c.leave();
        if (item === INVALID) ok = false;
        else if (item !== raw) same = false;
        return item;
      });
      const n = value.length;
      // A wide range reads better as "6 to 10"; a narrow one as "at least 3".
      const range = min !== undefined && max !== undefined && max - min > 1;
      if (min !== undefined && n < min) {
        c.report(`has ${plural(n, noun)}; ${range ? `${min} to ${max}` : `at least ${min}`} needed`, fix);
        ok = false;
      } else if (max !== undefined && n > max) {
        c.report(`has ${plural(n, noun)}; ${range ? `${min} to ${max} needed` : `at most ${max} allowed`}`, options.tooManyFix ?? fix);
        ok = false;
      }
      if (distinct && !checkDistinct(items, distinct, c)) ok = false;
      // Texts that needed no trimming come back as they were: the parsed list can be kept, which spares memory.
      return ok ? ((same ? value : items) as T[]) : INVALID;
    },
  };
}

/** Reports items whose keys repeat an earlier item's; false if there are any. */
function checkDistinct<T>(items: readonly (T | Invalid)[], distinct: NonNullable<ListOptions<T>['distinct']>, c: Checker): boolean {
  const all: string[] = [];
  for (const item of items) {
    if (item === INVALID) continue;
    const keys = distinct.key(item);
    if (typeof keys === 'string') all.push(keys);
    else for (const key of keys) all.push(key);
  }
  // The usual case, no key twice anywhere, takes one Set; only a repeat needs the walk below.
  if (new Set(all).size === all.length) return true;
  const owner = new Map<string, number>();
  let ok = true;
  items.forEach((item, index) => {
    const keys = item === INVALID ? [] : distinct.key(item);
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      const first = owner.get(key);
      if (first === undefined) owner.set(key, index);
      else if (first !== index) {
        c.report(distinct.message(key, first, items[index] as T), distinct.fix, { sub: [index] });
        ok = false;
      }
    }
  });
  return ok;
}

export interface TextListOptions {
  fix: string;
  min?: number;
  max?: number;
  noun?: readonly [string, string];
  /** The longest text allowed per item, and its fix. */
  maxLength?: number;
  maxLengthFix?: string;
  lowercase?: boolean;
  /** Reports items that repeat an earlier one, ignoring case. */
  unique?: { fix: string };
}

/** A list of non-empty texts. */
export function textList(options: TextListOptions): Schema<string[]> {
  const { unique, maxLength, maxLengthFix, lowercase, ...rest } = options;
  const item = text({ fix: 'write plain text, or remove the line', ...(maxLength === undefined ? {} : { max: maxLength }), ...(maxLengthFix ? { maxFix: maxLengthFix } : {}), ...(lowercase ? { lowercase } : {}) });
  return list(item, { ...rest, ...(unique ? { distinct: { key: (t: string) => t.toLowerCase(), message: (_key, _first, t) => `repeats "${t}"`, fix: unique.fix } } : {}) });
}

/** A list of ids of other items. */
export function refs(options: RefOptions & { min?: number }): Schema<string[]> {
  const { min, ...refOptions } = options;
  const item = ref({ ...refOptions, fix: 'write an id, or remove the line', unknownFix: options.unknownFix ?? 'correct the id (see knowledge/faq/*.yml) or remove it' });
  return list(item, { fix: options.fix, ...(min === undefined ? {} : { min }) });
}

export interface RecordOptions<T> {
  /** What to write when the map is missing or is not a map. */
  fix: string;
  /** The message when the value is not a map; by default "must be a map of fields". */
  notMap?: string;
  /** Keys that are not declared: an error (the default) or allowed, e.g. at the top of a file. */
  extraKeys?: 'error' | 'allow';
  /** The fix for an undeclared key; by default "use one of: <the fields>". */
  unknownFix?: string;
  /**
   * Rules across fields, run once every field is valid. `report` takes a
   * path below the record, e.g. ['answers', 'yes'].
   */
  check?: (value: T, report: (sub: Path, message: string, fix: string) => void) => void;
}

export interface RecordSchema<F extends Shape> extends Schema<RecordOf<F>, WrittenRecordOf<F>> {
  readonly fields: F;
}

/** A map with the declared fields, read in declaration order. */
export function record<F extends Shape>(fields: F, options: RecordOptions<RecordOf<F>>): RecordSchema<F> {
  const names = Object.keys(fields);
  const known = new Set(names);
  const declared = names.map((name) => ({ name, schema: fields[name] as AnySchema & { presence?: string; fallback?: () => unknown } }));
  const unknownFix = options.unknownFix ?? `use one of: ${names.join(', ')}`;
  const signature = `{${names.map((name) => `${name}${presence(fields[name] as AnySchema)}:${(fields[name] as AnySchema).signature}`).join(',')}}`;
  return {
    fields,
    fix: options.fix,
    signature,
    read(value, c) {
      if (!isPlainMap(value)) {
        c.report(options.notMap ?? 'must be a map of fields', options.fix);
        return INVALID;
      }
      let ok = true;
      if (options.extraKeys !== 'allow') {
        for (const key of Object.keys(value)) {
          if (!known.has(key)) {
            c.report('is not a known field', unknownFix, { sub: [key], key: true });
            ok = false;
          }
        }
      }
      const result: Record<string, unknown> = {};
      for (const { name, schema: field } of declared) {
        const raw = value[name];
        c.enter(name);
        if (absent(raw)) {
          if (field.fallback) result[name] = field.fallback();
          else if (field.presence !== 'optional') {
            c.report('is missing', field.fix);
            ok = false;
          }
        } else {
          const read = field.read(raw, c) as unknown;
          if (read === INVALID) ok = false;
          else result[name] = read;
        }
        c.leave();
      }
      if (!ok) return INVALID;
      const typed = result as RecordOf<F>;
      if (options.check) {
        const before = c.issues.length;
        options.check(typed, (sub, message, fix) => c.report(message, fix, { sub }));
        if (c.issues.length > before) return INVALID;
      }
      return typed;
    },
  };
}

function presence(schema: AnySchema & { presence?: string }): string {
  return schema.presence === 'optional' ? '?' : schema.presence === 'defaulted' ? '?=' : '';
}

/** Makes a field optional; with `fallback`, a left-out field takes that value. */
export function optional<T, W>(schema: Schema<T, W>): Optional<T, W>;
export function optional<T, W>(schema: Schema<T, W>, fallback: () => T): Defaulted<T, W>;
export function optional<T, W>(schema: Schema<T, W>, fallback?: () => T): Optional<T, W> | Defaulted<T, W> {
  return fallback ? { ...schema, presence: 'defaulted', fallback } : { ...schema, presence: 'optional' };
}
