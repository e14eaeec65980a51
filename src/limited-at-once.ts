// A concurrency limit for one async function: Eleventy's page writes (eleventy/page-write-limit.ts) and the card
// worker's drawing (cards/card-worker.ts) each keep a few calls running and the rest waiting.

/** Wraps an async function so that at most `limit` calls run at once; the others wait in call order. */
export function limitedAtOnce<A extends unknown[], R>(method: (...args: A) => Promise<R>, limit: number): (...args: A) => Promise<R> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async function (this: unknown, ...args: A) {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await method.apply(this, args);
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
