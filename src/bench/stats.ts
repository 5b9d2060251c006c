/** The value below which `q` (0–1) of the sorted samples fall. */
export function quantile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}

export const median = (samples: number[]) => quantile(samples, 0.5);
export const p99 = (samples: number[]) => quantile(samples, 0.99);

/** Runs `fn` once per item and returns each run's duration in milliseconds. */
export function timeEach<T>(items: T[], fn: (item: T) => unknown): number[] {
  return items.map((item) => {
    const start = performance.now();
    fn(item);
    return performance.now() - start;
  });
}
