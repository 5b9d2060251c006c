/** The teaching and settings forms stay within what Slack accepts for a modal, whatever the knowledge base holds. */
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/log.js';
import { loadServices } from '../../../../src/services.js';
import { settingsModal } from '../../../../src/slack/features/settings/settingsBlocks.js';
import { addToEntryModal, choiceOf, entryChoices, newEntryModal } from '../../../../src/slack/features/teach/teachBlocks.js';
import type { Entry, KnowledgeBase } from '../../../../src/knowledge/types.js';

const { kb } = loadServices({ logger: silentLogger });

/** The knowledge base with one entry whose section and topic are far longer than an option allows. */
function withLongNames(): KnowledgeBase {
  const long: Entry = { ...kb.entries[0]!, id: 'long-names', source: `A section ${'with a very long name '.repeat(12)}`, topic: `A topic ${'named at length '.repeat(12)}` };
  const entries = [...kb.entries, long];
  return { ...kb, entries, byId: new Map(entries.map((e) => [e.id, e])) };
}

type Element = { options?: { text: { text: string }; value: string }[]; initial_value?: string; max_length?: number };
type View = { title: { text: string }; submit?: { text: string }; close?: { text: string }; private_metadata?: string; blocks: { type: string; block_id?: string; label?: { text: string }; element?: Element }[] };

function expectValidModal(view: View): void {
  for (const text of [view.title.text, view.submit?.text ?? '', view.close?.text ?? '']) expect(text.length).toBeLessThanOrEqual(24);
  expect((view.private_metadata ?? '').length).toBeLessThanOrEqual(3000);
  const ids = view.blocks.map((b) => b.block_id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const block of view.blocks.filter((b) => b.type === 'input')) {
    expect(block.label?.text.length).toBeGreaterThan(0);
    expect(block.label!.text.length).toBeLessThanOrEqual(2000);
    const element = block.element!;
    for (const option of element.options ?? []) {
      expect(option.text.text.length).toBeLessThanOrEqual(75);
      expect(option.value.length).toBeLessThanOrEqual(150);
    }
    expect((element.options ?? []).length).toBeLessThanOrEqual(100);
    if (element.initial_value !== undefined && element.max_length !== undefined) expect(element.initial_value.length).toBeLessThanOrEqual(element.max_length);
  }
}

describe('the modals', () => {
  it('are within Slack’s limits with long names, a long question and a long Home state', () => {
    const big = withLongNames();
    const gap = { question: 'q'.repeat(2000), closest: 'long-names' };
    const home = 'h'.repeat(5000);
    expectValidModal(addToEntryModal(big, gap, home) as unknown as View);
    expectValidModal(newEntryModal(big, gap, home) as unknown as View);
    expectValidModal(settingsModal({ adminUserIds: ['U0A', 'U0B'], welcomeNewMembers: true, onboardingChannel: 'C0ONBOARD' }, home) as unknown as View);
  });

  it('maps a cut option value back to the section or topic it stands for', () => {
    const big = withLongNames();
    const { sources, topics } = entryChoices(big);
    const modal = newEntryModal(big, { question: 'x' }, '') as unknown as View;
    const offered = modal.blocks.find((b) => b.block_id === 'source')!.element!.options!;
    const long = sources.find((s) => s.startsWith('A section'))!;
    const value = offered.find((o) => o.text.text.startsWith('A section'))!.value;
    expect(value).not.toBe(long);
    expect(choiceOf(value, sources)).toBe(long);
    // Only topics the knowledge base names are offered (no made-up "Other").
    expect(topics).not.toContain('Other');
  });
});
