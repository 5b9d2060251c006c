/**
 * The click contract of the Home tab's own buttons:
 *   home:browse             value: show | hide      → Home tab with or without the topic list
 *   home:topic:<n>          value: topic name       → Home tab listing that topic's entries
 */
export const HOME_ACTION = /^home:(browse|topic:\d{1,3})$/;

export type HomeAction = { kind: 'browse' } | { kind: 'topic'; index: number };

export function homeActionId(action: HomeAction): string {
  return action.kind === 'topic' ? `home:topic:${action.index}` : 'home:browse';
}

export function parseHomeActionId(actionId: string): HomeAction | null {
  const m = HOME_ACTION.exec(actionId);
  if (!m) return null;
  const [kind, index] = (m[1] as string).split(':');
  return kind === 'topic' ? { kind: 'topic', index: Number(index) } : { kind: 'browse' };
}
