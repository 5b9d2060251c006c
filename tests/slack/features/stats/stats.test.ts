/** Stats for admins, refused for others. */
import { describe, expect, it, vi } from 'vitest';
import type { QuestionRecord } from '../../../../src/feedback/types.js';
import { createLogger } from '../../../../src/log.js';
import { loadServices } from '../../../../src/services.js';
import { statsFor } from '../../../../src/slack/features/stats/stats.js';
import { disabledStore } from '../../../../src/store/store.js';

const lines: string[] = [];
const services = loadServices({ logger: createLogger('debug', (l) => lines.push(l)) });

describe('statsFor', () => {
  it('statsFor: the compact report for admins (saying when feedback is off), a refusal for others', async () => {
    expect((await statsFor(services, 'U1', { adminUserIds: ['U2'] })).text).toMatch(/only admins can see stats/);
    const shown = await statsFor(services, 'U2', { adminUserIds: ['U2'] });
    expect(shown.text).toMatch(/Feedback all time/);
    expect(JSON.stringify(shown.blocks)).toContain('Feedback is not being recorded');
  });

  it('statsFor ranks only the unanswered questions it shows, however many there are', async () => {
    const questions: QuestionRecord[] = Array.from({ length: 200 }, (_, i) => ({ id: i + 1, text: `unknown thing number ${i % 50}`, outcome: 'fallback', candidates: [], chosenEntryId: null, at: new Date() }));
    const store = { ...disabledStore('', ''), enabled: true, reason: undefined, questions: () => Promise.resolve(questions) };
    const rank = vi.spyOn(services.engine, 'rank');
    try {
      const shown = await statsFor(services.with({ store }), 'U2', { adminUserIds: ['U2'] });
      expect(rank.mock.calls.length).toBeLessThanOrEqual(5);
      expect(shown.text).toMatch(/200 questions/);
      expect(JSON.stringify(shown.blocks).match(/• 4×/g)).toHaveLength(5);
    } finally {
      rank.mockRestore();
    }
  });
});
