/**
 * Where tests/slack/manifest.test.ts finds Slack's manifest schema. The schema
 * is not in the repository, so a fresh clone skips that one check (and says
 * how to run it); CI must run it, so there a missing schema is a failure.
 */
import { existsSync } from 'node:fs';

export const SCHEMA_VARIABLE = 'SLACK_MANIFEST_SCHEMA';
export const HOW_TO_CHECK = `${SCHEMA_VARIABLE}=path/to/manifest.schema.1.0.0.json npm test`;

export type SchemaSource =
  | { kind: 'file'; path: string }
  /** Not configured on a developer's machine: the schema check is skipped with this note. */
  | { kind: 'skip'; note: string }
  /** Misconfigured, or missing under CI: the run must fail with this message. */
  | { kind: 'error'; message: string };

export function manifestSchemaSource(env: Readonly<Record<string, string | undefined>>): SchemaSource {
  const path = env[SCHEMA_VARIABLE]?.trim();
  if (path) {
    return existsSync(path) ? { kind: 'file', path } : { kind: 'error', message: `${SCHEMA_VARIABLE} is "${path}", which does not exist.` };
  }
  const where = 'Slack\'s schema is schemas/manifest.schema.1.0.0.json in github.com/slackapi/manifest-schema';
  if (isCi(env)) return { kind: 'error', message: `CI is set but ${SCHEMA_VARIABLE} is not: CI must check manifest.yml against Slack's schema (.ci/run sets it). ${where}.` };
  return { kind: 'skip', note: `manifest.yml was not checked against Slack's schema: ${SCHEMA_VARIABLE} is not set. To check it: ${HOW_TO_CHECK} (${where}).` };
}

function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}
