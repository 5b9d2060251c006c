/**
 * Stats: `/iot-or-m2m stats` shows admins (ADMIN_USER_IDS) the knowledge-gap
 * report; everyone else gets a polite refusal. The check is made here, on
 * every request, not by hiding the command. No listeners of its own: the
 * command arrives through the command grammar.
 */
import type { SlackFeatures } from '../../../config.js';
import { buildReport } from '../../../feedback/index.js';
import type { Services } from '../../../services.js';
import type { Message } from '../../plumbing/blockKit.js';
import { deliver } from '../../plumbing/delivery.js';
import { withErrorReply, type CommandRequest } from '../../plumbing/featureContext.js';
import { formatReportCompact, STATS_ROWS, statsMessage, statsRefusedMessage } from './statsBlocks.js';

/** The "stats" command. */
export async function onStatsCommand(request: CommandRequest, settings: Pick<SlackFeatures, 'adminUserIds'>): Promise<void> {
  await withErrorReply(request, request.place, request.surface, async () => {
    await deliver(request, request.place, await statsFor(request.services, request.userId, settings));
  });
}

/** The compact feedback report for admins, a polite refusal for everyone else. */
export async function statsFor(services: Services, userId: string, settings: Pick<SlackFeatures, 'adminUserIds'>): Promise<Message> {
  if (!settings.adminUserIds.includes(userId)) {
    services.logger.info('slack.stats_refused', {});
    return statsRefusedMessage();
  }
  // Only the groups shown are ranked by the engine: the rest of the report is counting.
  const report = await buildReport(services.store, services.engine, { limit: STATS_ROWS });
  services.logger.info('slack.stats', { questions: report.totals.questions, votes: report.totals.votes });
  return statsMessage(formatReportCompact(report, STATS_ROWS), services.store.enabled ? undefined : (services.store.reason ?? 'the feedback store is off'));
}
