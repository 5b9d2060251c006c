/** Tracks handlers still running, so a shutdown can wait for them. */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

export class Inflight {
  private readonly pending = new Set<Promise<unknown>>();

  /** Runs `work` and remembers it until it settles; errors pass through unchanged. */
  track<T>(work: Promise<T>): Promise<T> {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return work;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Resolves true once nothing is running (including work started meanwhile), false after `timeoutMs`. */
  async idle(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, left)));
      await Promise.race([Promise.all([...this.pending]), timeout]);
      clearTimeout(timer);
    }
    return true;
  }
}

/** Global middleware: every event, action and command is tracked while its listeners run. */
export function trackInflight(inflight: Inflight): Middleware<AnyMiddlewareArgs> {
  return async ({ next }) => {
    await inflight.track(next());
  };
}
