import './readDotEnv.js';
import { LearnedModelError } from '../answers/exampleModel.js';
import { QuestionSetError } from '../answers/questionSets.js';
import { ContentError, formatContentError } from '../knowledge/problems.js';

/** Splits argv into flags (`--json`, `--knowledge DIR`) and the remaining words. */
export function parseArgs(argv: string[], valued: string[] = ['--knowledge']): { flags: Map<string, string | true>; rest: string[] } {
  const flags = new Map<string, string | true>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      rest.push(...argv.slice(i + 1));
      break;
    }
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    if (name && valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) fail(`${name} needs a value`, 2);
      flags.set(name, value);
    } else if (arg.startsWith('--')) flags.set(arg, true);
    else rest.push(arg);
  }
  return { flags, rest };
}

/**
 * `npm run ask -- --json < questions.txt | head -1`: the reader closing stdout
 * early is a normal end, not a crash. Exit 0 quietly instead of an EPIPE stack trace.
 */
export function exitQuietlyWhenStdoutCloses(stdout: NodeJS.WriteStream = process.stdout, exit: (code: number) => void = process.exit): void {
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    exit(0);
  });
}

export function fail(message: string, code = 1): never {
  process.stderr.write(message + '\n');
  process.exit(code);
}

/** Runs `load`; a content problem, an unreadable learned model or question set becomes a readable message on stderr and exit code 1, never a stack trace. */
export function loadOrExit<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof ContentError) fail(formatContentError(error));
    if (error instanceof LearnedModelError) fail(error.message);
    if (error instanceof QuestionSetError) fail(`${error.message}\nFix it (any file in tests/fixtures/questions/dev shows the format), or point --set at another folder of question files.`);
    throw error;
  }
}

/** Exits with code 2 and the usage when an option is not one of `known`. */
export function onlyOptions(flags: Map<string, string | true>, known: string[], usage: string): void {
  const unknown = [...flags.keys()].find((flag) => !known.includes(flag));
  if (unknown) fail(`unknown option ${unknown}\n${usage}`, 2);
}

export function flagValue(flags: Map<string, string | true>, name: string): string | undefined {
  const value = flags.get(name);
  return typeof value === 'string' ? value : undefined;
}
