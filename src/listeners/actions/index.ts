/** Button clicks. Thin: ack, read the payload, call a handler. */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ASK_ACTION, FEEDBACK_ACTION, parseAskActionId, parseFeedbackActionId } from '../../blocks/actionIds.js';
import type { KnownBlock } from '../../blocks/kit.js';
import type { SlackServices } from '../../slack/feedback.js';
import { handleAskClick, handleFeedback } from '../../slack/handlers.js';
import { placeForAction, type ActionSource } from '../../slack/place.js';

export function register(app: App, services: SlackServices): void {
  // Follow-up, "did you mean" and starter buttons (in messages and on the Home tab).
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
    const ephemeral = body.container?.is_ephemeral === true;
    const message = body.message;
    const channel = body.container?.channel_id ?? body.channel?.id;
    await handleFeedback(
      { services, client, respond },
      {
        userId: body.user.id,
        ...(!ephemeral && message && channel ? { channel, ts: message.ts } : {}),
        ...(Array.isArray(message?.blocks) ? { blocks: message.blocks as KnownBlock[] } : {}),
        ...(typeof message?.text === 'string' ? { text: message.text } : {}),
      },
      vote,
      action.value,
    );
  });
}
