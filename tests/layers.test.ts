/** The domain imports nothing from Slack or the terminal: both are front ends on one core. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOMAIN = ['knowledge', 'answers', 'chooser', 'quiz', 'feedback', 'teaching', 'store'];
const DOMAIN_FILES = ['commands.ts', 'mrkdwn.ts', 'services.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the domain', () => {
  it('imports neither Bolt nor the Slack or terminal front ends', () => {
    const files = [...DOMAIN.flatMap((d) => sources(join('src', d))), ...DOMAIN_FILES.map((f) => join('src', f))];
    expect(files.length).toBeGreaterThan(30);
    const offending = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] as string).filter((spec) => spec.startsWith('@slack/') || /(^|\/)(slack|terminal)\//.test(spec)).map((spec) => `${file} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
