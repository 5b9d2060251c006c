import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeCache } from './cache.js';
import { problemsOf, readSource, type Parser, type Source } from './content.js';
import { ContentError, type Problem } from './problems.js';
import { Checker, INVALID } from './schema.js';
import { FAQ_FILE, SYNONYMS_FILE, type Entry, type EntryIndex, type KnowledgeBase } from './types.js';

export { MAX_ANSWER_CHARS, MIN_QUESTIONS } from './types.js';

/** A broken knowledge base: every problem, and the entry ids it declares, so the chooser and quiz can still be checked. */
export class KnowledgeError extends ContentError {
  constructor(
    what: string,
    problems: Problem[],
    syntax: boolean,
    readonly known: EntryIndex,
  ) {
    super(what, problems, syntax);
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
 * Loads and validates `faq/*.yml` and `synonyms.yml`. Throws a KnowledgeError
 * listing every problem; never returns a half-loaded knowledge base.
 *
 * The files are parsed with js-yaml, about 7× faster than the `yaml` package,
 * and checked against their declarations. Only when something is wrong does
 * `yaml` re-read them, to give each problem its line. If any file has a YAML
 * syntax error, only the syntax errors are reported.
 * With `cacheDir`, a valid knowledge base is also kept there as JSON (cache.ts).
 */
export function loadKnowledge(dir: string, options: { cacheDir?: string } = {}): KnowledgeBase {
  const cache = options.cacheDir ? new KnowledgeCache(dir, options.cacheDir) : undefined;
  const cached = cache?.read();
  if (cached) return cached;
  const kb = readKnowledge(dir, 'js-yaml');
  cache?.write(kb);
  return kb;
}

/** The same as loadKnowledge, but every file is parsed with the `yaml` package: a check that the two parsers agree. */
export function validateKnowledge(dir: string): KnowledgeBase {
  return readKnowledge(dir, 'yaml');
}

function readKnowledge(dir: string, parser: Parser): KnowledgeBase {
  const base = dirname(resolve(dir));
  const problems: Problem[] = [];
  const faqDir = join(dir, 'faq');
  let names: string[] = [];
  try {
    names = readdirSync(faqDir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort();
  } catch {
    problems.push({ file: relative(base, faqDir) || faqDir, message: 'folder not found', fix: `create ${faqDir} with at least one .yml file, or point --knowledge / KNOWLEDGE_DIR at the right folder` });
  }
  if (names.length === 0 && problems.length === 0) {
    problems.push({ file: relative(base, faqDir) || faqDir, message: 'no .yml files found', fix: 'add a file such as faq/basics.yml with an "entries:" list' });
  }

  // Every file is parsed first: after a syntax error, everything else would be guesswork ("x is not the id of any entry").
  const syntax: Problem[] = [];
  const parse = (path: string): Source | undefined => {
    const read = readSource(path, base, parser);
    if (!read.source) (read.syntax ? syntax : problems).push(...read.problems);
    return read.source;
  };
  const faq = names.map((name) => parse(join(faqDir, name))).filter((s) => s !== undefined);
  const synonymsSource = parse(join(dir, 'synonyms.yml'));
  if (syntax.length > 0) throw new KnowledgeError(`The knowledge base in ${dir} cannot be loaded`, syntax, true, { byId: new Set() });

  const checker = new Checker();
  const entries: Entry[] = [];
  for (const source of faq) {
    const file = checker.read(FAQ_FILE, source.data, source.file);
    if (file === INVALID) continue;
    for (const entry of file.entries as Entry[]) {
      entry.file = source.file;
      entries.push(entry);
    }
  }
  // Related ids are checked once every file is read: an entry may point to one in another file.
  checker.finish();
  const synonyms = synonymsSource ? checker.read(SYNONYMS_FILE, synonymsSource.data, synonymsSource.file) : INVALID;

  if (problems.length > 0 || checker.issues.length > 0 || synonyms === INVALID) {
    const sources = new Map([...faq, ...(synonymsSource ? [synonymsSource] : [])].map((s) => [s.file, s]));
    throw new KnowledgeError(`The knowledge base in ${dir} cannot be loaded`, [...problems, ...problemsOf(checker.issues, sources)], false, { byId: checker.declared('entry') });
  }
  return { dir, entries, byId: new Map(entries.map((e) => [e.id, e])), synonyms: synonyms.groups };
}
