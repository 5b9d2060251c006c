import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadEvalSet } from '../../src/answers/evaluation.js';
import { silentLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';

// Issue #2's floors, not goals: `npm run eval` shows the real figures and every miss.
const TOP1_FLOOR = 0.95;
const REFUSAL_FLOOR = 0.95;

describe('evaluation set', () => {
  const { kb, responder } = loadServices({ logger: silentLogger });
  const set = loadEvalSet(resolve('tests/fixtures/eval'));
  const result = evaluate((q) => responder.respond(q), set.inScope, set.offTopic, kb.entries.flatMap((e) => e.questions));

  it('is big enough and labelled with real entries', () => {
    expect(set.inScope.length + set.offTopic.length).toBeGreaterThanOrEqual(150);
    expect(set.offTopic.length).toBeGreaterThanOrEqual(30);
    for (const item of set.inScope) for (const id of item.expect) expect(kb.byId.has(id), `${item.q} → ${id}`).toBe(true);
  });

  it('measures new wording: questions the knowledge base has word for word are skipped, and they are few', () => {
    const plain = (q: string) => q.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const own = new Set(kb.entries.flatMap((e) => e.questions.map(plain)));
    for (const q of result.skipped) expect(own.has(plain(q)), q).toBe(true);
    expect(result.inScope + result.skipped.length).toBe(set.inScope.length);
    expect(result.skipped.length / set.inScope.length).toBeLessThan(0.2);
    expect(result.inScope).toBeGreaterThanOrEqual(150);
  });

  it(`answers at least ${TOP1_FLOOR * 100}% of in-scope questions right (top-1)`, () => {
    expect(result.top1).toBeGreaterThanOrEqual(TOP1_FLOOR);
  });

  it(`refuses at least ${REFUSAL_FLOOR * 100}% of off-topic questions`, () => {
    expect(result.offTopicRefusal).toBeGreaterThanOrEqual(REFUSAL_FLOOR);
  });
});
