/** One thing wrong in a content file, precise enough for an editor to fix it. */
export interface Problem {
  file: string;
  line?: number;
  /** Given for YAML syntax errors, which point at a character. */
  column?: number;
  /** The entry, question or item the problem belongs to, when there is one. */
  item?: string;
  field?: string;
  message: string;
  fix: string;
}

/**
 * Thrown when a content file cannot be used; carries every problem found, not
 * only the first. With `syntax`, the problems are YAML syntax errors and
 * nothing else: what follows from a file that could not be read is noise.
 */
export class ContentError extends Error {
  constructor(
    readonly what: string,
    readonly problems: Problem[],
    readonly syntax = false,
  ) {
    super(`${what}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    this.name = 'ContentError';
  }
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : p.column === undefined ? `${p.file}:${p.line}` : `${p.file}:${p.line}:${p.column}`;
  const item = p.item ? ` ${JSON.stringify(p.item)}` : '';
  const field = p.field ? ` field "${p.field}"` : '';
  const subject = item || field ? ` —${item}${field}` : '';
  return `${where}${subject}: ${p.message}\n    fix: ${p.fix}`;
}

export function formatContentError(error: ContentError): string {
  const ordered = [...error.problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return [`${error.message}.`, ...ordered.map((p) => `  ${formatProblem(p)}`)].join('\n');
}
