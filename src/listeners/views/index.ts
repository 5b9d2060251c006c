/**
 * Modal submissions (view_submission / view_closed). None yet: phase 2's
 * chooser registers its modal callbacks here, e.g.
 * `app.view('chooser', async ({ ack, view }) => …)`.
 */
import type { App } from '@slack/bolt';
import type { SlackServices } from '../../slack/feedback.js';

export function register(_app: App, _services: SlackServices): void {}
