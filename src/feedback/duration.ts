const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/** Parses a look-back such as "12h", "30d" or "2w" into milliseconds; null when it is not one. */
export function parseDuration(value: string): number | null {
  const match = /^\s*(\d{1,6})\s*([hdw])\s*$/i.exec(value);
  if (!match) return null;
  const count = Number(match[1]);
  if (count <= 0) return null;
  return count * UNIT_MS[(match[2] as string).toLowerCase() as keyof typeof UNIT_MS];
}

/** The moment `value` ("30d") before `now`; null when `value` is not a valid look-back. */
export function sinceDate(value: string, now: Date = new Date()): Date | null {
  const ms = parseDuration(value);
  return ms === null ? null : new Date(now.getTime() - ms);
}
