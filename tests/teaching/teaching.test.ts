/** Teaching against a real SQLite file: two admins at once, undo with what depends on it, and the gaps. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS } from '../../src/answers/text.js';
import { silentLogger } from '../../src/log.js';
import { loadServices, type Services } from '../../src/services.js';
import { openSqliteStore } from '../../src/store/sqliteStore.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../feedback/helpers.js';

let folder: ReturnType<typeof tempDir>;
let store: Store;
let services: Services;

beforeEach(() => {
  folder = tempDir('teaching-');
  store = openSqliteStore({ path: join(folder.dir, 'bot.db'), hashKey: 'k'.repeat(40), logger: silentLogger });
  services = loadServices({ logger: silentLogger, store });
});
afterEach(async () => {
  await store.close();
  folder.cleanup();
});

const entry = (answer: string) => ({ kind: 'entry' as const, questions: ['what colour is the widget hub', 'widget hub colour', 'which colour are widget hubs'], answer, source: 'What is IoT?' });

describe('Teaching', () => {
  it('when two admins add the same new entry at the same moment, one is kept and the other is told why, not silently dropped', async () => {
    // A second instance: its own services on the same database.
    const other = loadServices({ logger: silentLogger, store: openSqliteStore({ path: join(folder.dir, 'bot.db'), hashKey: 'k'.repeat(40), logger: silentLogger }) });
    const [first, second] = await Promise.all([services.teaching.teach(entry('First answer.'), 'U1'), other.teaching.teach(entry('Second answer.'), 'U2')]);
    const results = [first, second];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    expect(lost && 'problems' in lost && lost.problems.map((p) => p.message).join(' ')).toMatch(/also used by another entry|already a way of asking/);
    // Only the one kept is in force, and listed.
    const listed = await services.teaching.additions(10);
    expect(listed.total).toBe(1);
    await other.store.close();
  });

  it('undoing a new entry also undoes the ways of asking added to it', async () => {
    const made = await services.teaching.teach(entry('Grey.'), 'U1');
    expect(made.ok).toBe(true);
    const id = made.ok ? made.addition.entryId : '';
    const phrasing = await services.teaching.teach({ kind: 'phrasing', entryId: id, question: 'hue of the widget hub' }, 'U1');
    expect(phrasing.ok).toBe(true);
    expect(services.kb.byId.get(id)?.questions).toContain('hue of the widget hub');
    await services.teaching.undo(made.ok ? made.id : -1, 'U1');
    expect(services.kb.byId.has(id)).toBe(false);
    expect((await services.teaching.additions(10)).total).toBe(0);
  });

  it('lists as gaps the questions still declined by name, and not those now answered', async () => {
    for (const question of ['how much does an iot rollout cost', 'does each widget marry exactly one partner']) {
      await store.recordQuestion({ question, outcome: 'fallback', candidates: [] });
    }
    expect((await services.teaching.gaps()).map((g) => g.question).sort()).toEqual(['does each widget marry exactly one partner', 'how much does an iot rollout cost']);
    expect((await services.teaching.teach({ kind: 'phrasing', entryId: 'm2m-point-to-point', question: 'does each widget marry exactly one partner' }, 'U1')).ok).toBe(true);
    const refused = await services.teaching.teach({ kind: 'phrasing', entryId: 'scalability', question: 'how much does an iot rollout cost' }, 'U1');
    expect(!refused.ok && 'problems' in refused && refused.problems[0]?.message).toMatch(/prices and costs, which the article does not cover/);
    expect((await services.teaching.gaps()).map((g) => g.question)).toEqual(['how much does an iot rollout cost']);
  });

  it('teaches a question that compares a side with a word the knowledge base does not know yet: the word is declined only until an entry uses it', async () => {
    const question = "what's the difference between m2m and gprs?";
    expect(services.responder.respond(question).kind).toBe('declined');
    const taught = await services.teaching.teach({ kind: 'entry', questions: [question, 'gprs vs m2m', 'is m2m the same as gprs'], answer: 'The article does not name GPRS.', source: 'What is M2M?' }, 'U1');
    expect(taught.ok ? [] : 'problems' in taught && taught.problems.map((p) => p.message)).toEqual([]);
  });

  it('refuses an oversized way of asking with the reason (a forged form can send anything)', async () => {
    const result = await services.teaching.teach({ kind: 'phrasing', entryId: 'm2m-definition', question: 'what is m2m '.repeat(100) }, 'U1');
    expect(!result.ok && 'problems' in result && result.problems[0]).toMatchObject({ field: 'question', message: expect.stringContaining(`longer than ${MAX_QUESTION_CHARS}`) });
    expect((await services.teaching.additions(10)).total).toBe(0);
  });
});
