/** Learning from use: the feedback store and the report built on it. No Slack imports. */
export * from './types.js';
export { openFeedbackStore, disabledStore, DEFAULT_DATABASE_PATH, DEFAULT_RETENTION_DAYS, type FeedbackStore, type FeedbackStoreOptions } from './store.js';
export { buildReport, formatReport, normaliseQuestion, type FeedbackReport, type UnansweredQuestion, type EntryFeedback, type ReportTotals, type ReportOptions } from './report.js';
export { suggestYaml, suggestions, SUGGEST_PHRASING_AT, SUGGEST_MAX, type Suggestions } from './suggest.js';
export { parseDuration, sinceDate } from './duration.js';
