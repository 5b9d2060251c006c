/** kb:export's plan: additions written into a copy of the knowledge files, in their style, once. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.js';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';
import { planExport, TAUGHT_FILE } from '../../src/teaching/exportAdditions.js';
import type { Addition, AdditionContent } from '../../src/teaching/types.js';
import { tempDir } from '../feedback/helpers.js';

let nextId = 1;
const stored = (content: AdditionContent, undone = false): Addition => ({ ...content, id: nextId++, authorHash: 'h', at: new Date(0), undoneAt: undone ? new Date(1) : null });

let folder: ReturnType<typeof tempDir>;
let dir: string;
beforeEach(() => {
  folder = tempDir('kb-export-');
  dir = join(folder.dir, 'knowledge');
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
});
afterEach(() => folder.cleanup());

/** Whether every line of `lines` is in `within`, in the same order. */
function isSubsequence(lines: string[], within: string[]): boolean {
  let i = 0;
  for (const line of within) if (line === lines[i]) i++;
  return i === lines.length;
}

function write(plan: ReturnType<typeof planExport>): void {
  for (const [file, text] of plan.files) writeFileSync(file, text);
}

const longAnswer = 'LoRaWAN is a long-range, low-power radio network: sensors send small messages over kilometres to a gateway, which passes them on over the internet. It suits *battery* devices that report rarely.';

describe('planExport', () => {
  it('adds ways of asking and new entries where they belong, keeping every line of the files, and the result passes kb:check', () => {
    const m2mFile = join(dir, 'faq', 'm2m.yml');
    const before = readFileSync(m2mFile, 'utf8');
    const additions = [
      stored({ kind: 'phrasing', entryId: 'm2m-definition', question: 'm2m: what is it, in one line?' }),
      stored({ kind: 'phrasing', entryId: 'iot-definition', question: 'undone, so not exported' }, true),
      stored({ kind: 'entry', entryId: 'lorawan-m2m', questions: ['is lorawan m2m', 'lorawan and m2m', 'does m2m use lorawan'], answer: longAnswer, source: 'What is M2M?', topic: 'What M2M is' }),
      stored({ kind: 'phrasing', entryId: 'lorawan-m2m', question: 'lorawan for machines' }),
      stored({ kind: 'entry', entryId: 'a-new-topic', questions: ['first way', 'second way', 'third way'], answer: 'Line one.\n• a bullet', source: 'What is IoT?', topic: 'Brand new' }),
    ];
    const plan = planExport(dir, additions);
    expect(plan).toMatchObject({ phrasings: 1, entries: 2, skipped: [] });
    write(plan);

    const after = readFileSync(m2mFile, 'utf8');
    // Only lines were added: the file as written is still there, line by line, in order.
    expect(isSubsequence(before.split('\n'), after.split('\n'))).toBe(true);
    expect(after.length).toBeGreaterThan(before.length);
    const { kb } = loadServices({ knowledge: dir, logger: silentLogger });
    expect(kb.byId.get('m2m-definition')?.questions.at(-1)).toBe('m2m: what is it, in one line?');
    expect(kb.byId.get('iot-definition')?.questions).not.toContain('undone, so not exported');
    expect(kb.byId.get('lorawan-m2m')).toMatchObject({ file: expect.stringContaining('m2m.yml'), answer: longAnswer, questions: ['is lorawan m2m', 'lorawan and m2m', 'does m2m use lorawan', 'lorawan for machines'] });
    expect(kb.byId.get('a-new-topic')).toMatchObject({ file: expect.stringContaining(TAUGHT_FILE), answer: 'Line one.\n• a bullet', topic: 'Brand new' });
    // The answer is folded at the files' width.
    expect(Math.max(...after.split('\n').map((l) => l.length))).toBeLessThanOrEqual(Math.max(...before.split('\n').map((l) => l.length), 90));

    // Exported again: nothing is added twice.
    const again = planExport(dir, additions);
    expect(again.files.size).toBe(0);
    expect(again.skipped.map((s) => s.reason)).toEqual([
      expect.stringContaining('already a way of asking'),
      expect.stringContaining('already in the files'),
      expect.stringContaining('already a way of asking'),
      expect.stringContaining('already in the files'),
    ]);
  });

  it('skips a way of asking for an entry the files do not have', () => {
    const plan = planExport(dir, [stored({ kind: 'phrasing', entryId: 'nowhere', question: 'what now' })]);
    expect(plan.files.size).toBe(0);
    expect(plan.skipped[0]?.reason).toContain('no entry "nowhere"');
  });

  it('keeps several new ways of asking in the order taught, a trailing comment where it was, CRLF files in CRLF, and quotes what YAML would misread', () => {
    const file = join(dir, 'faq', 'm2m.yml');
    const original = readFileSync(file, 'utf8');
    const lastQuestion = /( {6}- [^\n]+)\n {4}answer:/.exec(original.slice(original.indexOf('id: m2m-definition')))![1]!;
    writeFileSync(file, original.replace(lastQuestion, `${lastQuestion} # keep me`).replace(/\n/g, '\r\n'));
    const odd = ['first: with a colon', '# not a comment', '- not a list item', 'yes', '"quoted" words', '123'];
    const plan = planExport(dir, [
      ...odd.map((question) => stored({ kind: 'phrasing', entryId: 'm2m-definition', question })),
      stored({ kind: 'entry', entryId: 'taught-123', questions: ['what is 123', 'one two three', 'the number 123'], answer: 'A number.', source: 'What is M2M?' }),
    ]);
    write(plan);
    const after = readFileSync(file, 'utf8');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after).toContain(`${lastQuestion} # keep me\r\n`);
    const { kb } = loadServices({ knowledge: dir, logger: silentLogger });
    expect(kb.byId.get('m2m-definition')?.questions.slice(-odd.length)).toEqual(odd);
    expect(kb.byId.get('taught-123')?.answer).toBe('A number.');
  });

  it('leaves out an addition the bot itself does not apply (the same question taught to two entries)', () => {
    const plan = planExport(dir, [stored({ kind: 'phrasing', entryId: 'm2m-definition', question: 'one question, two entries' }), stored({ kind: 'phrasing', entryId: 'iot-definition', question: 'one question, two entries' })]);
    expect(plan.phrasings).toBe(1);
    expect(plan.skipped).toEqual([expect.objectContaining({ reason: expect.stringContaining('the bot does not apply it either') })]);
  });
});
