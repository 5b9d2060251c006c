/** Structural checks of Block Kit output against Slack's limits, shared by the builder tests. */
import { expect } from 'vitest';
import { type KnownBlock, LIMITS } from '../../src/slack/plumbing/blockKit.js';

export const KNOWN_TYPES = new Set(['section', 'context', 'actions', 'header', 'divider']);

/** Asserts that blocks are within Slack's limits: types, text lengths, element counts, unique action and block ids. */
export function checkMessage(blocks: KnownBlock[], max: number = LIMITS.messageBlocks): void {
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(max);
  const actionIds: string[] = [];
  for (const b of blocks) {
    expect(KNOWN_TYPES.has(b.type)).toBe(true);
    if (b.type === 'section' && b.fields) {
      expect(b.fields.length).toBeGreaterThan(0);
      expect(b.fields.length).toBeLessThanOrEqual(LIMITS.sectionFields);
      for (const f of b.fields) expect(f.text.length).toBeLessThanOrEqual(LIMITS.fieldText);
    } else if (b.type === 'section') {
      expect(b.text?.text.length).toBeGreaterThan(0);
      expect(b.text!.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    }
    if (b.type === 'context') {
      expect(b.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
      for (const e of b.elements) if ('text' in e && typeof e.text === 'string') expect(e.text.length).toBeLessThanOrEqual(LIMITS.contextText);
    }
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    if (b.type === 'actions') {
      expect(b.elements.length).toBeGreaterThan(0);
      expect(b.elements.length).toBeLessThanOrEqual(LIMITS.actionsElements);
      for (const el of b.elements) {
        if (el.type !== 'button') continue;
        expect(el.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
        expect((el.value ?? '').length).toBeLessThanOrEqual(LIMITS.buttonValue);
        expect(el.action_id!.length).toBeLessThanOrEqual(LIMITS.actionId);
        actionIds.push(el.action_id!);
      }
    }
  }
  expect(new Set(actionIds).size).toBe(actionIds.length);
  const blockIds = blocks.map((b) => b.block_id).filter(Boolean);
  expect(new Set(blockIds).size).toBe(blockIds.length);
}

/** Every action id of the buttons in `blocks`. */
export function actionIdsOf(blocks: readonly KnownBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'actions' ? b.elements.flatMap((e) => ('action_id' in e && typeof e.action_id === 'string' ? [e.action_id] : [])) : []));
}

/** Every text of `blocks` (sections, fields, contexts, headers), for length and content checks. */
export function textsOf(blocks: readonly KnownBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'section') {
      if (b.text) out.push(b.text.text);
      for (const f of b.fields ?? []) out.push(f.text);
    } else if (b.type === 'context') {
      for (const e of b.elements) if ('text' in e && typeof e.text === 'string') out.push(e.text);
    } else if (b.type === 'header') out.push(b.text.text);
  }
  return out;
}
