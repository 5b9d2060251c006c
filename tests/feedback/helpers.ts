import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fields, Logger } from '../../src/log.js';

export interface LoggedEvent {
  level: string;
  event: string;
  fields: Fields;
}

/** A logger that remembers what it was told. */
export function recordingLogger(): Logger & { events: LoggedEvent[]; errors: () => LoggedEvent[] } {
  const events: LoggedEvent[] = [];
  const at = (level: string) => (event: string, fields: Fields = {}) => void events.push({ level, event, fields });
  return { events, errors: () => events.filter((e) => e.level === 'error'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'feedback-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A settable clock. */
export function clock(start = new Date('2025-01-01T12:00:00Z')): { now: () => Date; set: (d: Date) => void; advanceDays: (n: number) => void } {
  let t = start.getTime();
  return { now: () => new Date(t), set: (d) => void (t = d.getTime()), advanceDays: (n) => void (t += n * 86_400_000) };
}
