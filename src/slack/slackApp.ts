/**
 * The Slack front end, assembled: the Bolt app from plumbing/, every feature
 * from features/, and the links between features (commands, the answer
 * card, votes, the Home score), so that no feature imports another. This is
 * the only module that knows every feature.
 */
import type { SlackConfig } from '../config.js';
import type { WorkspaceSettings } from '../workspaceSettings.js';
import type { Services } from '../services.js';
import { createBoltApp, type SlackApp, type SlackAppOptions } from './plumbing/boltApp.js';
import { answerUnknownClicks, ClickRoutes } from './plumbing/clickRoutes.js';
import { currentSettings } from './plumbing/workspaceScope.js';
import type { CommandRequest, FeatureContext, FeatureLinks } from './plumbing/featureContext.js';
import * as ask from './features/ask/ask.js';
import * as chooser from './features/chooser/chooser.js';
import * as feedback from './features/feedback/feedback.js';
import { voteButtons } from './features/feedback/feedbackBlocks.js';
import * as home from './features/home/home.js';
import * as quiz from './features/quiz/quiz.js';
import * as slashCommand from './features/slashCommand/slashCommand.js';
import * as search from './features/search/search.js';
import * as stats from './features/stats/stats.js';
import * as settingsFeature from './features/settings/settings.js';
import * as teach from './features/teach/teach.js';
import * as welcome from './features/welcome/welcome.js';

export { EVENTS_PATH, HEALTH_PATH, SlackStartError, type SlackApp, type SlackAppOptions } from './plumbing/boltApp.js';

export function createSlackApp(config: SlackConfig, appServices: Services, options: SlackAppOptions = {}): SlackApp {
  const slack = createBoltApp(config, appServices, options);
  const { services } = slack;
  const settings = currentSettings(config.features, slack.workspaceSettings);
  const context: FeatureContext = { services, settings, workspaceSettings: slack.workspaceSettings, clicks: new ClickRoutes(), links: linkFeatures(settings) };
  slack.app.use(answerUnknownClicks(context.clicks, services.logger));
  for (const feature of [ask, feedback, chooser, quiz, home, welcome, slashCommand, search, teach, settingsFeature]) feature.register(slack.app, context);
  return slack;
}

/** What each feature offers the others: every command of the grammar, the answer card, the vote buttons, the Home tab and its admins' section. */
export function linkFeatures(settings: WorkspaceSettings): FeatureLinks {
  const links: FeatureLinks = {
    commands: {
      chooser: (request) => chooser.onChooserCommand(request),
      quiz: (request) => quiz.onQuizCommand(request),
      help: (request) => slashCommand.onHelpCommand(request, settings),
      stats: (request) => stats.onStatsCommand(request, settings),
      search: (request, command) => search.onSearchCommand(request, command.text),
      question: (request: CommandRequest, command) => ask.onQuestionCommand(links, request, command.text),
    },
    answerEntry: (s, entryId, asked) => ask.answerEntry(s, links, entryId, asked)?.message ?? null,
    voteButtons,
    showQuizScore: (request, userId, score) => home.showQuizScore(links, request, userId, score),
    refreshHome: (request, userId, homeState) => home.refreshHome(links, request, userId, homeState),
    adminSections: async (services, userId) => [...settingsFeature.settingsSectionFor(settings, userId), ...(await teach.teachingSectionFor(services, settings, userId))],
  };
  return links;
}
