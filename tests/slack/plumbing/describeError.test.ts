/** Errors in logs: codes, short messages, never a secret. */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log.js';
import { describeError, errorCode } from '../../../src/slack/plumbing/describeError.js';
import { withoutSecrets } from '../../../src/slack/plumbing/withoutSecrets.js';

describe('errors in logs', () => {
  it('are their code when they have one, else a short message', () => {
    const slack = Object.assign(new Error('An API error occurred: not_in_channel'), { data: { ok: false, error: 'not_in_channel' } });
    expect(errorCode(slack)).toBe('not_in_channel');
    expect(describeError(slack)).toBe('not_in_channel');
    const system = Object.assign(new Error('listen EADDRINUSE: address already in use :::3000'), { code: 'EADDRINUSE' });
    expect(errorCode(system)).toBe('EADDRINUSE');
    expect(describeError(new Error('disk full'))).toBe('Error: disk full');
    expect(describeError(new TypeError('x'.repeat(5000))).length).toBeLessThanOrEqual(201);
    expect(describeError({ body: 'secret' })).toBe('object');
    expect(errorCode(undefined)).toBeUndefined();
  });

  it('withoutSecrets removes the signing secret and tokens from any field, whatever its name', () => {
    const lines: string[] = [];
    const secret = 'abcdef0123456789abcdef0123456789';
    const log = withoutSecrets(createLogger('debug', (l) => lines.push(l)), [secret, 'xoxb-1-2-3', undefined, 'short']);
    log.error('x', { detail: `bad request v0:123:${secret}`, nested: { list: [secret, new Error(`boom ${secret}`)] }, short: 'short stays' });
    const out = lines.join('\n');
    expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
    expect(out).toContain('short stays');
  });
});
