/** `/iot-or-m2m stats`: the feedback report as short Slack mrkdwn. Pure. */
import { escapeMrkdwn } from '../answers/format.js';
import type { FeedbackReport } from '../feedback/index.js';
import { quoteUserText } from './mrkdwn.js';

/** Unanswered questions and least helpful answers shown by `/iot-or-m2m stats`. */
export const STATS_ROWS = 5;

/** Short Slack mrkdwn. Question text is escaped here with quoteUserText: do not escape the result again. */
export function formatReportCompact(report: FeedbackReport, max = STATS_ROWS): string {
  const t = report.totals;
  const rate = t.helpfulRate === null ? 'no votes' : `${Math.round(t.helpfulRate * 100)}% helpful of ${t.votes} votes`;
  const lines = [
    `*Feedback ${report.since ? `since ${report.since.slice(0, 10)}` : 'all time'}:* ${t.questions} questions, ${t.answered} answered, ${t.clarified} clarified, ${t.fallback} unanswered; ${rate}.`,
  ];
  if (report.unanswered.length > 0) {
    lines.push('*Most asked without an answer:*');
    for (const u of report.unanswered.slice(0, max)) lines.push(`• ${u.count}× “${quoteUserText(u.question, 120)}”${u.closest ? ` (closest \`${escapeMrkdwn(u.closest.id)}\`)` : ''}`);
  }
  const disliked = report.entries.filter((e) => e.down > 0).slice(0, max);
  if (disliked.length > 0) {
    lines.push('*Least helpful answers:*');
    for (const e of disliked) lines.push(`• \`${escapeMrkdwn(e.id)}\` 👍 ${e.up} 👎 ${e.down}`);
  }
  return lines.join('\n');
}
