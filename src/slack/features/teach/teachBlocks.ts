/**
 * Teaching's Block Kit: the admins' section of the Home tab (knowledge gaps
 * and what was taught) and the two teaching modals. Pure. Every question
 * shown was typed by someone, so it is quoted (escaped, never a live
 * mention or link); modal fields are plain text, which Slack never formats.
 */
import type { types } from '@slack/bolt';
import type { SearchHit } from '../../../answers/questionSearch.js';
import { entryTitle, type KnowledgeBase } from '../../../knowledge/types.js';
import { MAX_ANSWER_CHARS } from '../../../knowledge/types.js';
import { MAX_QUESTION_CHARS } from '../../../answers/text.js';
import { quoteUserText } from '../../../mrkdwn.js';
import type { Gap } from '../../../teaching/teaching.js';
import type { Addition, FieldProblem, TeachingField } from '../../../teaching/types.js';
import { actions, button, buttonValueWithin, context, divider, LIMITS, plainText, privateMetadata, sections, selectOption, truncate, type KnownBlock, type SelectOption } from '../../plumbing/blockKit.js';

/** Action ids of the Home section's buttons, each followed by ":<index>" (action ids are unique in a view). */
export const TEACH_ACTION = /^teach:(add|new|dismiss|undo):\d+$/;
/** The entry picker in the "Add to an entry" modal: its options come from the question search. */
export const ENTRY_PICKER_ACTION = 'teach:entry';
export const ADD_TO_ENTRY_VIEW = 'teach_add';
export const NEW_ENTRY_VIEW = 'teach_new';
/** The input's action id inside each input block; the block id names the field. */
export const INPUT = 'value';

export type TeachAction = 'add' | 'new' | 'dismiss' | 'undo';

export function teachActionOf(actionId: string): TeachAction | undefined {
  const match = /^teach:(add|new|dismiss|undo):\d+$/.exec(actionId);
  return match?.[1] as TeachAction | undefined;
}

/** What a gap's buttons carry: the question as asked, and the closest entry to start from. */
export interface GapValue {
  question: string;
  closest?: string | undefined;
}

export function encodeGapValue(gap: GapValue): string {
  return buttonValueWithin(gap.question, (question) => ({ q: question, ...(gap.closest ? { e: gap.closest } : {}) }));
}

export function decodeGapValue(raw: unknown): GapValue | undefined {
  try {
    const value = JSON.parse(String(raw)) as { q?: unknown; e?: unknown };
    if (typeof value.q !== 'string' || value.q.trim() === '') return undefined;
    return { question: value.q, ...(typeof value.e === 'string' ? { closest: value.e } : {}) };
  } catch {
    return undefined;
  }
}

export interface TeachingSectionData {
  kb: KnowledgeBase;
  gaps: Gap[];
  /** The newest additions in force, each with why it is not applied if it no longer fits. */
  additions: (Addition & { refused?: FieldProblem[] })[];
  /** How many additions are in force in all. */
  totalAdditions: number;
  /** Why teaching is off (no database), if it is. */
  unavailable?: string | undefined;
}

/** The admins' part of the Home tab: the gaps with a way to fill each, and what was taught, each with Undo. */
export function teachingSection(data: TeachingSectionData): KnownBlock[] {
  const blocks: KnownBlock[] = [divider(), ...sections('*Knowledge gaps* (only admins see this)\nThe questions I most often could not answer. Teach me, and I answer them from the next question on.', 'teach_intro')];
  if (data.unavailable) {
    blocks.push(context(truncate(`Teaching is off: ${data.unavailable}`, LIMITS.contextText), 'teach_unavailable'));
    return blocks;
  }
  if (data.gaps.length === 0) blocks.push(context('No gaps right now: every recent question got an answer, or was dismissed.', 'teach_no_gaps'));
  data.gaps.forEach((gap, i) => {
    const times = gap.count === 1 ? 'once' : `${gap.count} times`;
    const closest = gap.closestTitle ? `\nClosest answer: ${quoteUserText(gap.closestTitle, 100)}` : '';
    blocks.push(...sections(`“${quoteUserText(gap.question, 300)}”, asked ${times}${closest}`, `teach_gap_${i}`));
    const value = encodeGapValue({ question: gap.question, closest: gap.closest?.id });
    blocks.push(
      actions(
        [
          button({ text: 'Add to an entry', actionId: `teach:add:${i}`, value, style: 'primary', accessibilityLabel: 'Add this question to an existing answer' }),
          button({ text: 'New entry', actionId: `teach:new:${i}`, value, accessibilityLabel: 'Write a new answer for this question' }),
          button({ text: 'Dismiss', actionId: `teach:dismiss:${i}`, value, accessibilityLabel: 'Hide this question from the gaps' }),
        ],
        `teach_gap_actions_${i}`,
      ),
    );
  });
  if (data.additions.length > 0) {
    blocks.push(...sections('*Taught here*, newest first. `npm run kb:export` writes these into the knowledge files for review.', 'teach_additions_intro'));
    data.additions.forEach((addition, i) => {
      const refused = addition.refused ? `\n⚠️ Not in force: ${addition.refused.map((p) => p.message).join('; ')}. Undo it, then teach it again if it is still needed.` : '';
      blocks.push({ ...(sections(truncate(additionLine(data.kb, addition) + refused, LIMITS.sectionText), `teach_addition_${i}`)[0] as types.SectionBlock), accessory: button({ text: 'Undo', actionId: `teach:undo:${i}`, value: String(addition.id), accessibilityLabel: 'Undo this addition' }) });
    });
    const older = data.totalAdditions - data.additions.length;
    if (older > 0) blocks.push(context(`…and ${older} older addition${older === 1 ? '' : 's'}, in force but not listed. Undo newer ones to list them, or move them all into the files with \`npm run kb:export\`.`, 'teach_additions_more'));
  }
  return blocks;
}

function additionLine(kb: KnowledgeBase, addition: Addition): string {
  const day = addition.at.toISOString().slice(0, 10);
  if (addition.kind === 'phrasing') {
    const entry = kb.byId.get(addition.entryId);
    return truncate(`• “${quoteUserText(addition.question, 200)}” now asks for “${quoteUserText(entry ? entryTitle(entry) : addition.entryId, 100)}” (${day})`, LIMITS.sectionText);
  }
  return truncate(`• New entry “${quoteUserText(addition.questions[0] ?? addition.entryId, 200)}”, ${addition.questions.length} ways of asking (${day})`, LIMITS.sectionText);
}

type Modal = types.ModalView;

/** An option for an entry: its title. */
export function entryOption(kb: KnowledgeBase, entryId: string): SelectOption | undefined {
  const entry = kb.byId.get(entryId);
  return entry ? selectOption(entryTitle(entry), entry.id) : undefined;
}

/** The entry picker's options for what the admin typed. */
export function entryOptions(hits: readonly SearchHit[]): SelectOption[] {
  return hits.map((hit) => selectOption(entryTitle(hit.entry), hit.entry.id));
}

function textInput(field: TeachingField, label: string, options: { initial?: string | undefined; multiline?: boolean; max: number; hint?: string; placeholder?: string }): KnownBlock {
  return {
    type: 'input',
    block_id: field,
    label: plainText(label),
    element: {
      type: 'plain_text_input',
      action_id: INPUT,
      max_length: options.max,
      ...(options.multiline ? { multiline: true } : {}),
      ...(options.initial ? { initial_value: truncate(options.initial, options.max) } : {}),
      ...(options.placeholder ? { placeholder: plainText(options.placeholder) } : {}),
    },
    ...(options.hint ? { hint: plainText(options.hint) } : {}),
  };
}

/** An option's value: the choice itself, cut to Slack's limit; `choiceOf` maps it back. */
const optionValue = (choice: string) => truncate(choice, LIMITS.optionValue);

/** The choice an option value stands for, among `choices` (undefined for one not offered). */
export function choiceOf(value: string, choices: readonly string[]): string | undefined {
  return choices.find((c) => optionValue(c) === value);
}

/** The article sections and topics a new entry can name: those the knowledge base uses (Slack lists 100 options at most). */
export function entryChoices(kb: KnowledgeBase): { sources: string[]; topics: string[] } {
  const sources = [...new Set(kb.entries.map((e) => e.source))].sort();
  const named = [...new Set(kb.entries.map((e) => e.topic).filter((t): t is string => Boolean(t)))];
  return { sources, topics: named };
}

function select(field: TeachingField, label: string, choices: string[], options: { optional?: boolean; hint: string; placeholder: string }): KnownBlock {
  const shown = choices.slice(0, 100).map((c) => selectOption(c, optionValue(c)));
  return {
    type: 'input',
    block_id: field,
    label: plainText(label),
    ...(options.optional ? { optional: true } : {}),
    element: { type: 'static_select', action_id: INPUT, placeholder: plainText(options.placeholder), options: shown },
    hint: plainText(options.hint),
  };
}

/** "Add to an entry": pick the entry (the question search), and the question as it becomes a way of asking. */
export function addToEntryModal(kb: KnowledgeBase, gap: GapValue, homeState: string): Modal {
  const initial = gap.closest ? entryOption(kb, gap.closest) : undefined;
  return {
    type: 'modal',
    callback_id: ADD_TO_ENTRY_VIEW,
    private_metadata: privateMetadata(homeState),
    title: plainText('Add to an entry'),
    submit: plainText('Add'),
    close: plainText('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: 'entry',
        label: plainText('Entry'),
        element: { type: 'external_select', action_id: ENTRY_PICKER_ACTION, min_query_length: 1, placeholder: plainText('Search the entries…'), ...(initial ? { initial_option: initial } : {}) },
        hint: plainText('The answer people asking this question should get.'),
      },
      textInput('question', 'The question, as people ask it', { initial: gap.question, max: MAX_QUESTION_CHARS, hint: 'It becomes one more way of asking for the entry, for everyone, from the next question on.' }),
    ],
  };
}

/** "New entry": the ways of asking, the answer, the article section and the topic, checked like the knowledge files. */
export function newEntryModal(kb: KnowledgeBase, gap: GapValue, homeState: string): Modal {
  const { sources, topics: named } = entryChoices(kb);
  return {
    type: 'modal',
    callback_id: NEW_ENTRY_VIEW,
    private_metadata: privateMetadata(homeState),
    title: plainText('New entry'),
    submit: plainText('Add entry'),
    close: plainText('Cancel'),
    blocks: [
      textInput('questions', 'Ways of asking, one per line', { initial: gap.question, multiline: true, max: 3000, hint: 'At least 3 different ways a person might ask. The first one is the title.' }),
      textInput('answer', 'Answer', { multiline: true, max: MAX_ANSWER_CHARS, hint: 'One to four sentences in your own words, from the article. *bold* and _italic_ work.' }),
      select('source', 'Article section', sources, { hint: 'The section of the article the answer rests on.', placeholder: 'Pick a section' }),
      ...(named.length > 0 ? [select('topic', 'Topic', named, { optional: true, hint: 'Where the entry is listed under "Browse topics".', placeholder: 'Pick a topic' })] : []),
    ],
  };
}

/** Slack's `response_action: errors`: one message per field, the problem and its fix. */
export function fieldErrors(problems: readonly FieldProblem[], fields: readonly TeachingField[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of problems) {
    const field = fields.includes(p.field) ? p.field : (fields[0] as TeachingField);
    const text = `${p.message}: ${p.fix}`;
    errors[field] = truncate(errors[field] ? `${errors[field]}. ${text}` : text, 1900);
  }
  return errors;
}
