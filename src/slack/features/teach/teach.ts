/**
 * Teaching from Slack: admins (ADMIN_USER_IDS) see the knowledge gaps on
 * their Home tab and fill them through two modals, or dismiss them; what
 * they taught is listed there with Undo. Who is an admin is checked here on
 * every click, entry search and submission, not only by hiding the section:
 * anyone can forge a request, and a refused one is logged.
 */
import type { App, BlockSuggestion, ViewSubmitAction } from '@slack/bolt';
import type { SlackFeatures } from '../../../config.js';
import type { Services } from '../../../services.js';
import type { Proposal } from '../../../teaching/teaching.js';
import type { TeachingField } from '../../../teaching/types.js';
import type { KnownBlock } from '../../plumbing/blockKit.js';
import { describeError } from '../../plumbing/describeError.js';
import type { FeatureContext, RequestContext } from '../../plumbing/featureContext.js';
import {
  ADD_TO_ENTRY_VIEW,
  addToEntryModal,
  decodeGapValue,
  ENTRY_PICKER_ACTION,
  entryOptions,
  fieldErrors,
  INPUT,
  NEW_ENTRY_VIEW,
  newEntryModal,
  TEACH_ACTION,
  teachActionOf,
  teachingSection,
  choiceOf,
  entryChoices,
} from './teachBlocks.js';
import type { KnowledgeBase } from '../../../knowledge/types.js';

/** Additions listed on the Home tab, newest first, each with Undo. */
const ADDITIONS_SHOWN = 15;
/** Entries offered by the picker as the admin types. */
const PICKER_OPTIONS = 20;

type Admins = Pick<SlackFeatures, 'adminUserIds'>;

function isAdmin(settings: Admins, userId: string | undefined): boolean {
  return userId !== undefined && settings.adminUserIds.includes(userId);
}

function refused(services: Services, what: string): void {
  services.logger.warn('slack.teach_refused', { action: what, reason: 'not an admin of this workspace' });
}

/** The admins' section of the Home tab; nothing for everyone else. */
export async function teachingSectionFor(services: Services, settings: Admins, userId: string): Promise<KnownBlock[]> {
  if (!isAdmin(settings, userId)) return [];
  const { teaching } = services;
  const unavailable = teaching.unavailable;
  if (unavailable) return teachingSection({ kb: services.kb, gaps: [], additions: [], totalAdditions: 0, unavailable });
  try {
    const [gaps, additions] = await Promise.all([teaching.gaps(), teaching.additions(ADDITIONS_SHOWN)]);
    return teachingSection({ kb: services.kb, gaps, additions: additions.shown, totalAdditions: additions.total });
  } catch (error) {
    // The rest of the Home tab is still worth showing.
    services.logger.error('slack.teach_section_failed', { error: describeError(error) });
    return teachingSection({ kb: services.kb, gaps: [], additions: [], totalAdditions: 0, unavailable: 'the gaps could not be read just now; open the tab again in a moment' });
  }
}

export function register(app: App, context: FeatureContext): void {
  const { services, settings, links } = context;

  context.clicks.on(app, TEACH_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const kind = teachActionOf(action.action_id);
    const userId = body.user.id;
    if (!isAdmin(settings, userId)) return refused(services, `click ${kind ?? 'unknown'}`);
    const home = typeof body.view?.private_metadata === 'string' ? body.view.private_metadata : '';
    const request: RequestContext = { services, client };
    try {
      if (kind === 'undo') {
        const saved = await services.teaching.undo(Number(action.value), userId);
        services.logger.info('slack.teach_undo', { saved: saved.saved });
      } else {
        const gap = decodeGapValue(action.value);
        if (!gap) return services.logger.warn('slack.teach_bad_value', { action: kind });
        if (kind === 'dismiss') {
          await services.teaching.dismiss(gap.question, userId);
        } else {
          const view = kind === 'add' ? addToEntryModal(services.kb, gap, home) : newEntryModal(services.kb, gap, home);
          await client.views.open({ trigger_id: body.trigger_id, view });
          return;
        }
      }
      await links.refreshHome(request, userId, home);
    } catch (error) {
      services.logger.error('slack.teach_failed', { action: kind, error: describeError(error) });
    }
  });

  app.options<'block_suggestion'>(ENTRY_PICKER_ACTION, async ({ ack, body, options }) => {
    if (!isAdmin(settings, body.user?.id)) {
      refused(services, 'entry search');
      await ack({ options: [] });
      return;
    }
    await ack({ options: entryOptions(services.search.find((options as BlockSuggestion).value ?? '', PICKER_OPTIONS)) });
  });

  for (const [callbackId, fields, read] of [
    [ADD_TO_ENTRY_VIEW, ['entry', 'question'], readAddToEntry],
    [NEW_ENTRY_VIEW, ['questions', 'answer', 'source', 'topic'], readNewEntry],
  ] as const) {
    app.view<ViewSubmitAction>(callbackId, async ({ ack, body, view, client }) => {
      const userId = body.user.id;
      const first = fields[0] as TeachingField;
      if (!isAdmin(settings, userId)) {
        refused(services, `submit ${callbackId}`);
        await ack({ response_action: 'errors', errors: { [first]: 'Only the admins of this workspace can teach me (Workspace settings on my Home tab names them).' } });
        return;
      }
      let result: Awaited<ReturnType<typeof services.teaching.teach>>;
      try {
        result = await services.teaching.teach(read(view.state.values, services.kb), userId);
      } catch (error) {
        services.logger.error('slack.teach_failed', { action: callbackId, error: describeError(error) });
        result = { ok: false, unsaved: 'something went wrong on my side' };
      }
      if (!result.ok) {
        const errors = 'problems' in result ? fieldErrors(result.problems, fields) : { [first]: `Not saved: ${result.unsaved}. Try again in a moment; nothing you typed is lost.` };
        await ack({ response_action: 'errors', errors });
        return;
      }
      await ack();
      services.logger.info('slack.teach_added', { kind: result.addition.kind });
      await links.refreshHome({ services, client }, userId, view.private_metadata);
    });
  }
}

type Values = ViewSubmitAction['view']['state']['values'];

/** What a field of the form holds: typed text, or the value of the option picked. */
function input(values: Values, field: TeachingField, actionId: string = INPUT): string {
  const element = values[field]?.[actionId];
  return element?.selected_option?.value ?? element?.value ?? '';
}

function readAddToEntry(values: Values, _kb: KnowledgeBase): Proposal {
  // The entry picker keeps its own action id: Slack asks for its options by it.
  return { kind: 'phrasing', entryId: input(values, 'entry', ENTRY_PICKER_ACTION), question: input(values, 'question') };
}

function readNewEntry(values: Values, kb: KnowledgeBase): Proposal {
  const { sources, topics } = entryChoices(kb);
  const source = input(values, 'source');
  const topic = input(values, 'topic');
  return { kind: 'entry', questions: input(values, 'questions').split('\n'), answer: input(values, 'answer'), source: choiceOf(source, sources) ?? source, topic: topic ? (choiceOf(topic, topics) ?? topic) : '' };
}
