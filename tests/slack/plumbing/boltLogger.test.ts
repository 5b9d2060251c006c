/** Bolt's logs through our JSON logger. */
import { describe, expect, it } from 'vitest';
import { LogLevel } from '@slack/bolt';
import { createLogger } from '../../../src/log.js';
import { boltLogger } from '../../../src/slack/plumbing/boltLogger.js';

describe('boltLogger', () => {
  it('writes Bolt logs as JSON lines, with tokens redacted', () => {
    const lines: string[] = [];
    const log = boltLogger(createLogger('debug', (l) => lines.push(l)), 'debug');
    log.setName('web-api');
    log.warn('http request failed for token xoxb-123-456-secret', new Error('socket hang up'));
    log.debug({ a: 1 });
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ level: 'warn', event: 'bolt', component: 'web-api', error: 'socket hang up' });
    expect(lines.join('\n')).not.toContain('xoxb-123');
    expect(lines).toHaveLength(2);
  });

  it('builds nothing for a log below its level', () => {
    const lines: string[] = [];
    const log = boltLogger(createLogger('debug', (l) => lines.push(l)), 'warn');
    let built = 0;
    log.debug({ toJSON: () => (built += 1) });
    log.info({ toJSON: () => (built += 1) });
    expect(built).toBe(0);
    expect(lines).toEqual([]);
    log.setLevel(LogLevel.DEBUG);
    log.debug({ toJSON: () => (built += 1) });
    expect(built).toBe(1);
  });
});
