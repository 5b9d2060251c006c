/** `/iot-or-m2m stats`: the feedback report as short Slack mrkdwn, and the messages around it. Pure. */
import type { FeedbackReport } from '../../../feedback/index.js';
import { escapeMrkdwn, quoteUserText } from '../../../mrkdwn.js';
import { context, fallbackText, message, sections, type KnownBlock, type Message } from '../../plumbing/blockKit.js';

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

/** `/iot-or-m2m stats` for an admin: the compact report (already mrkdwn), and why nothing is recorded if the store is off. */
export function statsMessage(reportMrkdwn: string, disabledReason?: string): Message {
  const blocks: KnownBlock[] = [...sections(reportMrkdwn, 'stats')];
  if (disabledReason !== undefined) {
    blocks.push(context(`:warning: Feedback is not being recorded: ${escapeMrkdwn(disabledReason)}`, 'stats_disabled'));
  }
  blocks.push(context('The full report, with suggestions for the knowledge base: `npm run report` on the server.', 'stats_more'));
  return message(fallbackText(reportMrkdwn), blocks);
}

export const STATS_REFUSED_TEXT = 'Sorry, only admins can see stats. Ask whoever runs this app if you need them.';

export function statsRefusedMessage(): Message {
  return message(STATS_REFUSED_TEXT, sections(STATS_REFUSED_TEXT, 'stats_refused'));
}
