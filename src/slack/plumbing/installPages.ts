/**
 * The web pages of OAuth distribution: "Add to Slack", what to do after
 * installing, why an install failed, and what the app keeps (privacy).
 * Pure: each returns a whole HTML document. Everything interpolated is
 * escaped.
 */
import { SLASH_COMMAND } from '../../commands.js';

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';
export const PRIVACY_PATH = '/privacy';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1d1c1d}a.button{display:inline-block;background:#4a154b;color:#fff;padding:.6rem 1.2rem;border-radius:.3rem;text-decoration:none}code{background:#f4f4f4;padding:0 .2rem}</style>
</head><body>
${body}
</body></html>`;
}

/** "Add to Slack": the link to Slack's consent screen, and what the app keeps. */
export function installPage(authorizeUrl: string): string {
  return page(
    'Add IoT or M2M? to Slack',
    `<h1>IoT or M2M?</h1>
<p>A Slack app that explains the difference between the Internet of Things and machine-to-machine communication, and helps your team choose between them for a project.</p>
<p><a class="button" href="${escapeHtml(authorizeUrl)}">Add to Slack</a></p>
<p>Before you install, read <a href="${PRIVACY_PATH}">what the app keeps and for how long</a>.</p>`,
  );
}

/** After a successful install: where to find the app, and the first things to try. */
export function installedPage(teamId: string, appId: string | undefined): string {
  const open = appId ? `https://slack.com/app_redirect?app=${encodeURIComponent(appId)}&team=${encodeURIComponent(teamId)}` : 'https://slack.com/';
  return page(
    'IoT or M2M? is installed',
    `<h1>Installed</h1>
<p>IoT or M2M? is now in your workspace. What to do next:</p>
<ol>
<li>Open the app in Slack and look at its <strong>Home</strong> tab: a short primer, a question search, the chooser and the quiz.</li>
<li>Ask it anything in a direct message, or type <code>${escapeHtml(SLASH_COMMAND)}</code> in any channel to start the chooser.</li>
<li>You are the app's first admin here: its Home tab shows you the workspace settings (admins, onboarding channel, welcome message) and the questions it could not answer.</li>
</ol>
<p><a class="button" href="${escapeHtml(open)}">Open IoT or M2M? in Slack</a></p>`,
  );
}

/** Why an install did not complete, and what to do; never the error's details (they may hold a code or token). */
export function installFailedPage(code: string | undefined): string {
  const reasons: Record<string, string> = {
    slack_oauth_invalid_state: 'This install link has expired, or was opened in another browser than the one that started the install.',
    slack_oauth_missing_state: 'This install link is incomplete.',
    slack_oauth_installer_authorization_error: 'The install was cancelled on Slack’s consent screen.',
    enterprise_install: 'Installing the app for a whole Enterprise Grid organisation is not supported. Install it in one workspace of the organisation instead.',
    store_unavailable: 'The app could not save the installation just now.',
  };
  const reason = (code && reasons[code]) ?? 'Slack did not complete the install.';
  return page(
    'IoT or M2M? was not installed',
    `<h1>Not installed</h1>
<p>${escapeHtml(reason)}</p>
<p><a class="button" href="${INSTALL_PATH}">Start the install again</a></p>`,
  );
}

/** What the app stores, hashed, for how long, and what uninstalling deletes. */
export function privacyPage(retentionDays: number, recordsQuestions: boolean): string {
  return page(
    'IoT or M2M?: privacy',
    `<h1>What IoT or M2M? keeps</h1>
<ul>
<li><strong>Questions</strong> it could not answer, or answered with “did you mean”${recordsQuestions ? ', with their text' : ' (counted only: this installation keeps no question text)'}, so admins can improve it. Questions it answered are only counted.</li>
<li><strong>Votes</strong> (👍 / 👎) on answers, with the question voted on.</li>
<li>The last turn of each conversation for 30 minutes, so that a follow-up is understood; a record of each event for two hours, so that it is answered once; who has been sent the welcome message.</li>
<li>What your workspace’s admins taught it, and your workspace’s settings (its admins, onboarding channel, welcome message on or off).</li>
<li>The installation: the tokens Slack gives the app for your workspace.</li>
</ul>
<p>User IDs are stored only as a keyed hash, never as they are. Messages are not kept otherwise.</p>
<p>Votes and questions are deleted after <strong>${retentionDays} days</strong>.</p>
<p><strong>Uninstalling the app deletes all of your workspace’s data</strong>: its installation, questions, votes, settings and everything else above.</p>`,
  );
}
