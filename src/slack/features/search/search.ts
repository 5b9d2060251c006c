/**
 * Question search: the search box on the Home tab (an external_select whose
 * options Slack asks for as the person types) and `/iot-or-m2m search
 * <words>`. Picking a question shows its answer in the person's DM. The
 * matching is the domain's QuestionSearch (fuse.js), never the answer engine.
 */
import type { App, BlockSuggestion, ExternalSelectAction } from '@slack/bolt';
import { SLASH_COMMAND } from '../../plumbing/capabilities.js';
import { deliver } from '../../plumbing/delivery.js';
import { describeError } from '../../plumbing/describeError.js';
import { withErrorReply, type CommandRequest, type FeatureContext } from '../../plumbing/featureContext.js';
import { SEARCH_ACTION } from '../../plumbing/launchButtons.js';
import { MAX_SEARCH_OPTIONS, searchOptions, searchResultsMessage } from './searchBlocks.js';

/** How many questions `/iot-or-m2m search` lists. */
const SEARCH_RESULTS = 8;

export function register(app: App, context: FeatureContext): void {
  const { services, links } = context;
  app.options<'block_suggestion'>(SEARCH_ACTION, async ({ ack, options }) => {
    const typed = (options as BlockSuggestion).value ?? '';
    try {
      await ack({ options: searchOptions(services.search.find(typed, MAX_SEARCH_OPTIONS)) });
    } catch (error) {
      services.logger.error('slack.search_failed', { error: describeError(error) });
      await ack({ options: [] });
    }
  });
  context.clicks.on<ExternalSelectAction>(app, SEARCH_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const chosen = action.selected_option?.value;
    const userId = body.user.id;
    const answer = chosen ? links.answerEntry(services, chosen) : null;
    services.logger.info('slack.search_pick', { entry: chosen?.slice(0, 100), known: answer !== null });
    if (!answer) return;
    try {
      await deliver({ client }, { kind: 'dm', user: userId }, answer);
    } catch (error) {
      services.logger.error('slack.search_answer_failed', { error: describeError(error) });
    }
  });
}

/** The "search" command: the questions matching the words typed after it. */
export async function onSearchCommand(request: CommandRequest, text: string): Promise<void> {
  await withErrorReply(request, request.place, request.surface, async () => {
    const hits = request.services.search.find(text, SEARCH_RESULTS);
    request.services.logger.info('slack.search', { surface: request.surface, found: hits.length, chars: text.length });
    await deliver(request, request.place, searchResultsMessage(text, hits, SLASH_COMMAND));
  });
}
