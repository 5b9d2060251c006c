/** A learned model's data read back from learned.json: what every kind of model holds, checked alike. */
export interface LearnedModelData<T> {
  /** Its fields, each still to be checked. */
  fields: Partial<Record<keyof T, unknown>>;
  /** Its classes: distinct, off-topic among them, and at least one entry. */
  classes: string[];
  /** Throws naming the field (`prefix` + field; '' for the model itself), and what it must hold. */
  fail: (field: string, what: string) => never;
}

/** `data` as a model's, its classes checked (`prefix`: where it sits in the file, as "entries.bayes."). */
export function learnedModelData<T>(data: unknown, prefix: string, offTopic: string): LearnedModelData<T> {
  const fail = (field: string, what: string): never => {
    throw new Error(`"${field === '' ? prefix.replace(/\.$/, '') : prefix + field}" ${what}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('', 'must be a learned model');
  const fields = data as Partial<Record<keyof T | 'classes', unknown>>;
  const listed = fields.classes;
  if (!Array.isArray(listed) || !listed.every((c) => typeof c === 'string') || new Set(listed).size !== listed.length) fail('classes', 'must list distinct entry ids');
  const classes = listed as string[];
  if (!classes.includes(offTopic) || classes.length < 2) fail('classes', `must hold ${offTopic} and at least one entry`);
  return { fields, classes, fail };
}

/**
 * A model's long lists of integers: arrays when learned or read from learned.json, Int32Arrays when read back from
 * the cache of `npm run ask` (readExampleModel). V8 reads those faster; turning them back into arrays would cost more (~60 ms).
 */
export type Integers = readonly number[] | Int32Array;

/** `list` as an Int32Array, or as it is when a value does not fit in one. */
export function asInt32(list: Integers): Integers {
  if (list instanceof Int32Array) return list;
  const ints = Int32Array.from(list);
  return ints.every((n, i) => n === list[i]) ? ints : list;
}

/** An example as a model learns it: its terms, and the class it belongs to. */
export interface LabelledTerms {
  terms: readonly string[];
  label: string;
}

/** Whether `starts` holds where each of `terms` terms' values start in a list of `total`, from 0, in order, then where they end. */
export function startsInOrder(starts: unknown, terms: number, total: number): boolean {
  return Array.isArray(starts) && starts.length === terms + 1 && starts.every((at) => Number.isInteger(at)) && starts[0] === 0 && starts.at(-1) === total && starts.every((at: number, i, list: number[]) => i === 0 || at >= (list[i - 1] as number));
}
