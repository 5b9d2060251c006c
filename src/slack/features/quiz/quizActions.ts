/**
 * The click contract of the quiz's own buttons (the start button other
 * features show is in plumbing/launchButtons.ts):
 *   quiz:restart            (no value)              → the clicked message becomes a new quiz
 *   quiz:answer:<n>         value: quiz state       → the clicked message shows the verdict and next step
 * The run lives only in these values (src/quiz encodes and checks it), never in memory.
 */
export const QUIZ_ACTION = /^quiz:(restart|answer:\d{1,2})$/;

export type QuizAction = { kind: 'restart' } | { kind: 'answer'; option: number };

export function quizActionId(action: QuizAction): string {
  return action.kind === 'answer' ? `quiz:answer:${action.option}` : `quiz:${action.kind}`;
}

export function parseQuizActionId(actionId: string): QuizAction | null {
  const m = QUIZ_ACTION.exec(actionId);
  if (!m) return null;
  const [kind, option] = (m[1] as string).split(':');
  return kind === 'answer' ? { kind: 'answer', option: Number(option) } : { kind: 'restart' };
}
