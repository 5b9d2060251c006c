/**
 * knowledge/scope.yml: what the article does not cover (protocols, vendors,
 * prices, the author beyond the byline). Declared once, like every content
 * file; the answer engine declines questions about these (answers/outOfScope.ts).
 */
import { dirname, join, resolve } from 'node:path';
import { loadFile } from './content.js';
import type { Problem } from './problems.js';
import { flag, list, optional, record, text, textList, type Infer } from './schema.js';

export const SCOPE_FILE = 'scope.yml';

const TOPIC = record(
  {
    /** How a reply names it: "The article doesn't cover <name>". */
    name: text({ fix: 'name the topic as a reply would, e.g. "MQTT"', max: 80, singleLine: true }),
    /** Whole words, as written; "*" stands for one to four words. */
    terms: textList({ fix: 'list the words that mean it, e.g. [mqtt], as whole words', min: 1, maxLength: 60, unique: { fix: 'list every term once' } }),
    /**
     * A workplace matter people mention around a question about the article ("…before the Christmas party"):
     * declined only when the part that asks names it.
     */
    aside: optional(flag({ fix: 'write aside: true for a workplace matter told around questions, or remove the field' })),
  },
  { fix: 'write the topic as "- name: …" and "terms: […]"' },
);

export const SCOPE_FILE_SCHEMA = record(
  { topics: list(TOPIC, { fix: 'add "topics:" followed by topics the article does not cover, each with name and terms', distinct: { key: (t) => t.name.toLowerCase(), message: (name) => `repeats the topic "${name}"`, fix: 'merge the two topics' } }) },
  { fix: 'start the file with "topics:"', notMap: 'the file must be a map with a top-level "topics:" list', extraKeys: 'allow' },
);

export type OutOfScopeTopic = Infer<typeof TOPIC>;

/** Reads and checks `<dir>/scope.yml`; `topics` is null whenever there is a problem. */
export function validateScope(dir: string): { topics: OutOfScopeTopic[] | null; problems: Problem[]; syntax: boolean } {
  const { value, problems, syntax } = loadFile(join(dir, SCOPE_FILE), dirname(resolve(dir)), SCOPE_FILE_SCHEMA, {});
  return { topics: value?.topics ?? null, problems, syntax };
}
