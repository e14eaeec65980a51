// Draws cards off the main thread: a small pool of worker threads, started on the first card the cache lacks.
// Drawing a card takes about 10 ms of this thread's time (Skia's text, the pixels' copy) that would otherwise hold up
// Eleventy's rendering.
import { Worker } from "node:worker_threads";
import { tsxBootstrap, workerScript } from "../markdown/highlight/worker-script.ts";
import type { CardFacts } from "./card-facts.ts";
import { renderCard } from "./render-card.ts";

/** The worker's file, relative to the bundler's folder (src/markdown/highlight/). */
const WORKER_ENTRY = "../../cards/card-worker.ts";

/** Draws cards; `close` ends its threads (a build closes its pool once every card is written). */
export interface CardRenderer {
  render(facts: CardFacts): Promise<Uint8Array>;
  close(): Promise<void>;
}

type Answer = { id: number; png: Uint8Array } | { id: number; error: string };

/** A worker with the cards it was sent and not yet answered. */
interface PoolWorker {
  worker: Worker;
  waiting: Map<number, { facts: CardFacts; done: (png: Uint8Array) => void; fail: (error: Error) => void }>;
}

/**
 * Draws cards on `workers` threads, each new card sent to the one with the fewest waiting; 0 draws on this thread.
 * A worker that dies hands its cards to this thread: the pool only ever makes a build faster.
 */
export function createCardRenderer(workers: number): CardRenderer {
  const pool: PoolWorker[] = [];
  let next = 0;
  // After a worker failed (it could not start, or died), every card is drawn here: no endless restarts.
  let broken = false;
  const start = (): PoolWorker => {
    const script = workerScript(WORKER_ENTRY);
    const worker = script === undefined ? new Worker(tsxBootstrap(WORKER_ENTRY), { eval: true }) : new Worker(script);
    const member: PoolWorker = { worker, waiting: new Map() };
    worker.on("message", (answer: Answer) => {
      const job = member.waiting.get(answer.id);
      member.waiting.delete(answer.id);
      if ("png" in answer) job?.done(answer.png);
      else job?.fail(new Error(answer.error));
    });
    worker.once("error", () => {
      broken = true;
      pool.splice(pool.indexOf(member), 1);
      for (const job of member.waiting.values()) renderCard(job.facts).then(job.done, job.fail);
      member.waiting.clear();
    });
    return member;
  };
  return {
    render(facts) {
      if (workers <= 0 || broken) return renderCard(facts);
      while (pool.length < workers) pool.push(start());
      const member = pool.reduce((least, other) => (other.waiting.size < least.waiting.size ? other : least));
      const id = next++;
      return new Promise((done, fail) => {
        member.waiting.set(id, { facts, done, fail });
        member.worker.postMessage({ id, facts });
      });
    },
    async close() {
      await Promise.all(pool.splice(0).map((member) => member.worker.terminate()));
    },
  };
}
