import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REAL_KNOWLEDGE = resolve('knowledge');

const made: string[] = [];

/** A fresh knowledge folder in a temp dir: either a copy of the real one, or the given files. */
export function knowledgeFolder(files: Record<string, string> | 'copy'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'iot-or-m2m-kb-')), 'knowledge');
  made.push(dirname(dir));
  if (files === 'copy') {
    cpSync(REAL_KNOWLEDGE, dir, { recursive: true });
    return dir;
  }
  mkdirSync(join(dir, 'faq'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Removes the folders made by knowledgeFolder(); for afterAll. */
export function removeKnowledgeFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A valid entry in the knowledge format, with fields overridable. */
export function entryYaml(id: string, extra: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    id,
    questions: `\n      - What is ${id}?\n      - Tell me about ${id}\n      - ${id} explained`,
    answer: `${id} is a thing.`,
    source: 'Test section',
    ...extra,
  };
  return '  - ' + Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n    ');
}
