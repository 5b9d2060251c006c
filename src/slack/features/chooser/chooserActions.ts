/**
 * The click contract of the chooser's own buttons (the start button other
 * features show is in plumbing/launchButtons.ts):
 *   chooser:restart         (no value)              → the clicked message becomes question 1
 *   chooser:answer:<a>      value: chooser state    → the clicked message shows the next step
 *   chooser:back            value: chooser state    → the clicked message shows the previous question
 *   chooser:share           value: chooser state    → post the result in the channel
 *   chooser:ask             (no value)              → say how to ask a question
 * The state lives only in these values (src/chooser encodes and checks it), never in memory.
 */
import type { ChooserAnswer } from '../../../chooser/index.js';

export const CHOOSER_ACTION = /^chooser:(restart|back|share|ask|answer:(yes|no|not_sure))$/;

export type ChooserAction = { kind: 'restart' } | { kind: 'back' } | { kind: 'share' } | { kind: 'ask' } | { kind: 'answer'; answer: ChooserAnswer };

export function chooserActionId(action: ChooserAction): string {
  return action.kind === 'answer' ? `chooser:answer:${action.answer}` : `chooser:${action.kind}`;
}

export function parseChooserActionId(actionId: string): ChooserAction | null {
  const m = CHOOSER_ACTION.exec(actionId);
  if (!m) return null;
  if (m[2]) return { kind: 'answer', answer: m[2] as ChooserAnswer };
  return { kind: m[1] as Exclude<ChooserAction['kind'], 'answer'> } as ChooserAction;
}
