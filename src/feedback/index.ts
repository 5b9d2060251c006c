/** Learning from use: the feedback report and the phrasings it suggests. No Slack imports. */
export * from './types.js';
export { buildReport, formatReport, normaliseQuestion, type FeedbackReport, type UnansweredQuestion, type EntryFeedback, type ReportTotals, type ReportOptions } from './report.js';
export { suggestYaml, suggestions, SUGGEST_PHRASING_AT, SUGGEST_MAX, type Suggestions } from './suggest.js';
export { parseDuration, sinceDate } from './duration.js';
