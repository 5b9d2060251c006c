/** Button clicks. Thin: ack, read the payload, call a handler. */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import {
  ASK_ACTION,
  CHOOSER_ACTION,
  FEEDBACK_ACTION,
  HOME_ACTION,
  parseAskActionId,
  parseChooserActionId,
  parseFeedbackActionId,
  parseHomeActionId,
  parseQuizActionId,
  QUIZ_ACTION,
} from '../../blocks/actionIds.js';
import type { KnownBlock } from '../../blocks/kit.js';
import type { Services } from '../../services.js';
import { handleChooserAction } from '../../slack/chooser.js';
import { handleAskClick, handleFeedback } from '../../slack/handlers.js';
import { handleHomeAction } from '../../slack/home.js';
import { clickFromAction, placeForAction, type ActionSource } from '../../slack/place.js';
import { handleQuizAction } from '../../slack/quiz.js';

export function register(app: App, services: Services): void {
  // Follow-up, "did you mean", starter and listed-entry buttons (in messages and on the Home tab).
  app.action<BlockAction<ButtonAction>>(ASK_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const kind = parseAskActionId(action.action_id)?.kind ?? 'unknown';
    const place = placeForAction(body as unknown as ActionSource);
    await handleAskClick({ services, client, respond }, place, action.value ?? '', kind);
  });

  // 👍 / 👎 under an answer.
  app.action<BlockAction<ButtonAction>>(FEEDBACK_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const vote = parseFeedbackActionId(action.action_id);
    if (!vote) return;
    const message = body.message;
    await handleFeedback(
      { services, client, respond },
      clickFromAction(body as unknown as ActionSource),
      {
        ...(Array.isArray(message?.blocks) ? { blocks: message.blocks as KnownBlock[] } : {}),
        ...(typeof message?.text === 'string' ? { text: message.text } : {}),
      },
      vote,
      action.value,
    );
  });

  // The chooser: start, answer, back, start over, share, ask.
  app.action<BlockAction<ButtonAction>>(CHOOSER_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const parsed = parseChooserActionId(action.action_id);
    if (!parsed) return;
    await handleChooserAction({ services, client, respond }, clickFromAction(body as unknown as ActionSource), parsed, action.value);
  });

  // The quiz: start, answer, new quiz.
  app.action<BlockAction<ButtonAction>>(QUIZ_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const parsed = parseQuizActionId(action.action_id);
    if (!parsed) return;
    await handleQuizAction({ services, client, respond }, clickFromAction(body as unknown as ActionSource), parsed, action.value);
  });

  // Home tab navigation: browse topics, open a topic.
  app.action<BlockAction<ButtonAction>>(HOME_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const parsed = parseHomeActionId(action.action_id);
    if (!parsed) return;
    await handleHomeAction({ services, client }, body.user.id, parsed, action.value, body.view?.private_metadata);
  });
}
