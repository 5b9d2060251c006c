/** Additions checked as the knowledge files are, and applied on top of them. */
import { describe, expect, it } from 'vitest';
import { loadServices } from '../../src/services.js';
import { ADDITIONS_FILE, applyAdditions, checkAddition, newEntryId } from '../../src/teaching/additions.js';
import type { Addition, AdditionContent } from '../../src/teaching/types.js';
import { silentLogger } from '../../src/log.js';
import { MAX_ANSWER_CHARS } from '../../src/knowledge/types.js';

const { kb, engine } = loadServices({ logger: silentLogger });
const GAP = 'does each widget marry exactly one partner';

let nextId = 1;
function stored(content: AdditionContent, undone = false): Addition {
  return { ...content, id: nextId++, authorHash: 'h', at: new Date(0), undoneAt: undone ? new Date(1) : null };
}

const newEntry = { kind: 'entry' as const, entryId: 'lorawan', questions: ['what is lorawan', 'lorawan meaning', 'explain lorawan to me'], answer: 'A long-range radio network for sensors.', source: 'What is IoT?' };

describe('checkAddition', () => {
  it('accepts a new way of asking and a complete new entry', () => {
    expect(checkAddition(kb, { kind: 'phrasing', entryId: 'm2m-point-to-point', question: GAP })).toEqual([]);
    expect(checkAddition(kb, newEntry)).toEqual([]);
  });

  it('refuses what kb:check refuses, on the field to fix, with the fix', () => {
    const short = checkAddition(kb, { ...newEntry, questions: ['what is lorawan'] });
    expect(short).toEqual([expect.objectContaining({ field: 'questions', fix: expect.stringContaining('at least 3') })]);
    expect(checkAddition(kb, { ...newEntry, answer: 'x'.repeat(MAX_ANSWER_CHARS + 1) }).map((p) => p.field)).toEqual(['answer']);
    expect(checkAddition(kb, { ...newEntry, source: '  ' }).map((p) => p.field)).toEqual(['source']);
    expect(checkAddition(kb, { ...newEntry, questions: ['what is lorawan', 'what is lorawan', 'x y z'] }).map((p) => p.field)).toEqual(['questions']);
    // An id the files already use.
    expect(checkAddition(kb, { ...newEntry, entryId: 'm2m-definition' }).map((p) => p.field)).toEqual(['questions']);
    expect(checkAddition(kb, { kind: 'phrasing', entryId: 'm2m-definition', question: '' }).map((p) => p.field)).toEqual(['question']);
  });

  it('refuses a way of asking another entry already has, and an entry that is gone', () => {
    const taken = kb.byId.get('iot-definition')!.questions[0]!;
    expect(checkAddition(kb, { kind: 'phrasing', entryId: 'm2m-definition', question: taken.toUpperCase() })).toEqual([expect.objectContaining({ field: 'question', message: expect.stringContaining('already a way of asking') })]);
    expect(checkAddition(kb, { kind: 'phrasing', entryId: 'no-such-entry', question: GAP })).toEqual([expect.objectContaining({ field: 'entry' })]);
  });
});

describe('applyAdditions', () => {
  it('applies additions in force in order, leaves the files untouched, and refuses one that no longer fits', () => {
    const phrasing = stored({ kind: 'phrasing', entryId: 'm2m-point-to-point', question: GAP });
    const undone = stored({ kind: 'phrasing', entryId: 'iot-definition', question: 'a question undone later' }, true);
    const entry = stored(newEntry);
    const onEntry = stored({ kind: 'phrasing', entryId: 'lorawan', question: 'lorawan for dummies' });
    const orphan = stored({ kind: 'phrasing', entryId: 'gone-entry', question: 'what about this' });
    const { kb: taught, refused } = applyAdditions(kb, [phrasing, undone, entry, onEntry, orphan]);
    expect(taught.byId.get('m2m-point-to-point')?.questions.at(-1)).toBe(GAP);
    expect(taught.byId.get('iot-definition')?.questions).toEqual(kb.byId.get('iot-definition')?.questions);
    expect(taught.byId.get('lorawan')).toMatchObject({ file: ADDITIONS_FILE, questions: [...newEntry.questions, 'lorawan for dummies'], related: [] });
    expect(refused.map((r) => r.addition.id)).toEqual([orphan.id]);
    // The knowledge loaded from the files is not changed in place.
    expect(kb.byId.has('lorawan')).toBe(false);
    expect(kb.byId.get('m2m-point-to-point')?.questions).not.toContain(GAP);
  });

  it('makes the engine answer a question it could not, once applied', () => {
    expect(engine.ask(GAP).kind).not.toBe('answer');
    const services = loadServices({ logger: silentLogger });
    services.knowledge.apply([stored({ kind: 'phrasing', entryId: 'm2m-point-to-point', question: GAP })]);
    const decision = services.engine.ask(GAP);
    expect(decision.kind === 'answer' && decision.entry.id).toBe('m2m-point-to-point');
  });
});

describe('newEntryId', () => {
  it('makes an id from the first way of asking, unique among the ids taken', () => {
    expect(newEntryId('What is LoRaWAN, really?', new Set())).toBe('what-is-lorawan-really');
    expect(newEntryId('Qué es Zigbee?', new Set(['que-es-zigbee']))).toBe('que-es-zigbee-2');
    expect(newEntryId('???', new Set())).toBe('taught-entry');
    // Ids YAML would read as a number, a boolean or null are made plain words.
    expect(newEntryId('123?', new Set())).toBe('taught-123');
    expect(newEntryId('No?', new Set())).toBe('taught-no');
    expect(newEntryId('one two three four five six seven eight nine ten eleven', new Set()).length).toBeLessThanOrEqual(40);
  });
});
