/**
 * Small, pure Block Kit constructors that enforce Slack's limits, so no
 * builder can produce a payload Slack rejects (invalid_blocks).
 */
import type { types } from '@slack/bolt';
import { escapeMrkdwn, mrkdwnToPlain } from '../../mrkdwn.js';

export type KnownBlock = types.KnownBlock;
export type Button = types.Button;
export type SectionBlock = types.SectionBlock;
export type ContextBlock = types.ContextBlock;
export type ActionsBlock = types.ActionsBlock;
export type HomeView = types.HomeView;

/** A chat message: blocks plus the plain `text` used for notifications and screen readers. */
export interface Message {
  text: string;
  blocks: KnownBlock[];
}

export const LIMITS = {
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Blocks in a Home tab or modal. */
  viewBlocks: 100,
  sectionText: 3000,
  /** Fields of one section, and characters per field. */
  sectionFields: 10,
  fieldText: 2000,
  /** A view's private_metadata. */
  privateMetadata: 3000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  /** A select option's text and value. */
  optionText: 75,
  optionValue: 150,
  actionId: 255,
  blockId: 255,
  /** Not a hard Slack limit (40,000), but notification text beyond this is never read. */
  fallbackText: 3000,
} as const;

/** Cuts text to at most `max` UTF-16 units (never splitting a surrogate pair), ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return `${out}…`;
}

/** Splits mrkdwn into pieces of at most `max` characters, at paragraph, then line, then word boundaries. */
export function splitText(text: string, max: number = LIMITS.sectionText): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('\n\n');
    if (cut < max * 0.5) cut = window.lastIndexOf('\n');
    if (cut < max * 0.5) cut = window.lastIndexOf(' ');
    if (cut < max * 0.5) cut = max;
    // Never cut a surrogate pair in half.
    if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut -= 1;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || out.length === 0) out.push(rest);
  return out;
}

/** One or more section blocks holding `text` (mrkdwn), each within the section limit. */
export function sections(text: string, blockId?: string): SectionBlock[] {
  return splitText(text).map((piece, i) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: piece.length > 0 ? piece : ' ' },
    ...(blockId ? { block_id: i === 0 ? blockId : `${blockId}_${i}` } : {}),
  }));
}

/** A section of side-by-side mrkdwn fields (two columns on desktop); at most 10, each within the field limit. */
export function fields(texts: string[], blockId?: string): SectionBlock {
  return {
    type: 'section',
    fields: texts.slice(0, LIMITS.sectionFields).map((t) => ({ type: 'mrkdwn' as const, text: truncate(t.trim() || ' ', LIMITS.fieldText) })),
    ...(blockId ? { block_id: blockId } : {}),
  };
}

export function context(text: string, blockId?: string): ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, LIMITS.contextText) }], ...(blockId ? { block_id: blockId } : {}) };
}

export function header(text: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, LIMITS.headerText), emoji: true } };
}

/** Plain text (never formatted by Slack), for labels, placeholders and hints. */
export function plainText(text: string): { type: 'plain_text'; text: string } {
  return { type: 'plain_text', text };
}

/** One choice of a select or radio group: what it shows, and the value Slack sends back when it is picked. */
export interface SelectOption {
  text: { type: 'plain_text'; text: string };
  value: string;
}

/** A select option, its text cut to Slack's limit. The value is the caller's to keep within LIMITS.optionValue: cut here, it would no longer say what was picked. */
export function selectOption(text: string, value: string): SelectOption {
  return { text: plainText(truncate(text, LIMITS.optionText)), value };
}

/** A view's private_metadata: `state` when it fits, else nothing (the view then starts from its defaults). */
export function privateMetadata(state: string): string {
  return state.length <= LIMITS.privateMetadata ? state : '';
}

export function divider(): KnownBlock {
  return { type: 'divider' };
}

export interface ButtonSpec {
  text: string;
  actionId: string;
  value?: string;
  style?: 'primary' | 'danger';
  accessibilityLabel?: string;
}

/** A button; throws on a value or action id over Slack's limits, since cutting those would break the click. */
export function button(spec: ButtonSpec): Button {
  if (spec.actionId.length === 0 || spec.actionId.length > LIMITS.actionId) throw new RangeError(`action_id must be 1–${LIMITS.actionId} characters: ${spec.actionId}`);
  if (spec.value !== undefined && spec.value.length > LIMITS.buttonValue) throw new RangeError(`button value over ${LIMITS.buttonValue} characters for ${spec.actionId}`);
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(spec.text, LIMITS.buttonText), emoji: true },
    action_id: spec.actionId,
    ...(spec.value !== undefined ? { value: spec.value } : {}),
    ...(spec.style ? { style: spec.style } : {}),
    ...(spec.accessibilityLabel ? { accessibility_label: truncate(spec.accessibilityLabel, 75) } : {}),
  };
}

/** An actions block; at most 25 elements (extra ones are dropped). */
export function actions(elements: Button[], blockId?: string): ActionsBlock {
  return { type: 'actions', elements: elements.slice(0, LIMITS.actionsElements), ...(blockId ? { block_id: blockId } : {}) };
}

/**
 * Makes a block list safe to send: at most `max` blocks (keeping the last
 * block, typically the feedback row, when cutting). Every action_id and
 * block_id must be unique: listeners match action ids exactly and the
 * feedback area is found by its block id, so a renamed duplicate would be a
 * button nobody handles. Builders give every id its own index; a duplicate
 * is a builder bug and throws.
 */
export function finalize(blocks: KnownBlock[], max: number = LIMITS.messageBlocks): KnownBlock[] {
  const kept = blocks.length <= max ? blocks : [...blocks.slice(0, max - 1), blocks[blocks.length - 1] as KnownBlock];
  const actionIds = new Set<string>();
  const blockIds = new Set<string>();
  const once = (id: string, seen: Set<string>, what: string) => {
    if (seen.has(id)) throw new RangeError(`duplicate ${what} "${id}" in one message`);
    seen.add(id);
  };
  for (const b of kept) {
    if (b.block_id !== undefined) once(b.block_id, blockIds, 'block_id');
    if (b.type === 'actions') for (const el of b.elements) if ('action_id' in el && typeof el.action_id === 'string') once(el.action_id, actionIds, 'action_id');
  }
  return kept;
}

/**
 * The notification `text` for mrkdwn: formatting dropped, but `&`, `<` and
 * `>` kept escaped, since Slack parses this field too (a decoded "<!here>"
 * would be live).
 */
export function fallbackText(mrkdwn: string): string {
  return escapeMrkdwn(mrkdwnToPlain(mrkdwn));
}

/**
 * A button value holding JSON of `build(text)` within Slack's limit: the
 * text (typically a question) is shortened, never splitting a surrogate
 * pair, until it fits.
 */
export function buttonValueWithin(text: string, build: (text: string) => Record<string, unknown>): string {
  let t = text;
  for (;;) {
    const json = JSON.stringify(build(t));
    if (json.length <= LIMITS.buttonValue || t.length === 0) return json;
    t = t.slice(0, Math.floor(t.length * 0.8)).replace(/[\uD800-\uDBFF]$/, '');
  }
}

/** The fallback `text` of a message: the plain text of its sections, for chat.update where only blocks are at hand. */
export function plainTextOf(blocks: readonly KnownBlock[]): string {
  const parts: string[] = [];
  for (const b of blocks) if (b.type === 'section' && b.text) parts.push(fallbackText(b.text.text));
  return truncate(parts.join('\n') || 'iot-or-m2m', LIMITS.fallbackText);
}

/** Separates a block's own id from the suffix that makes it new on each update. */
const REVISION = '~';

/**
 * The same blocks with new block_ids, for a message updated in place: Slack
 * asks for a new block_id on every update (clients may keep showing the old
 * block otherwise). The id's meaning stays readable with blockIdBase.
 */
export function withFreshBlockIds(blocks: readonly KnownBlock[], revision: string = nextRevision()): KnownBlock[] {
  return blocks.map((b) => (b.block_id === undefined ? b : { ...b, block_id: truncate(`${blockIdBase(b.block_id)}${REVISION}${revision}`, LIMITS.blockId) }));
}

let revisions = 0;
function nextRevision(): string {
  revisions = (revisions + 1) % 1296;
  return `${Date.now().toString(36)}${revisions.toString(36)}`;
}

/** A block_id without the revision withFreshBlockIds added: "feedback~lq2x" → "feedback". */
export function blockIdBase(blockId: string | undefined): string | undefined {
  return blockId?.split(REVISION, 1)[0];
}

/** Builds a message: blocks finalized, fallback text capped. */
export function message(text: string, blocks: KnownBlock[]): Message {
  return { text: truncate(text, LIMITS.fallbackText), blocks: finalize(blocks) };
}
