// Draws cards off the main thread: worker threads that take the cards the cache lacks one at a time from a queue
// on this thread. satori's layout is synchronous JavaScript (10–20 ms a card) that would otherwise hold up
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
  /** Lets the cards still waiting be drawn on up to `workers` threads (once the pages are written, the cores are theirs). */
  widen(workers: number): void;
  /** How many worker threads have drawn or are drawing cards. */
  readonly threads: number;
  close(): Promise<void>;
}

type Answer = { id: number; png: Uint8Array } | { id: number; error: string };

/** A card asked for and not yet drawn. */
interface Job {
  id: number;
  facts: CardFacts;
  done: (png: Uint8Array) => void;
  fail: (error: Error) => void;
}

/** A worker and the card it is drawing, if any. */
interface PoolWorker {
  worker: Worker;
  drawing: Job | undefined;
}

/**
 * Draws cards on up to `workers` threads; 0 draws on this thread. Each worker holds one card at a time, so cards
 * still queued when {@link CardRenderer.widen} adds threads are shared among all of them. A worker that dies hands
 * its card and the queue to this thread: the pool only ever makes a build faster.
 */
export function createCardRenderer(workers: number): CardRenderer {
  const pool: PoolWorker[] = [];
  const queue: Job[] = [];
  let started = 0;
  let limit = workers;
  let next = 0;
  // After a worker failed (it could not start, or died), every card is drawn here: no endless restarts.
  let broken = false;
  const drawHere = (job: Job) => renderCard(job.facts).then(job.done, job.fail);
  const start = (): PoolWorker => {
    const script = workerScript(WORKER_ENTRY);
    const worker = script === undefined ? new Worker(tsxBootstrap(WORKER_ENTRY), { eval: true }) : new Worker(script);
    const member: PoolWorker = { worker, drawing: undefined };
    started++;
    worker.on("message", (answer: Answer) => {
      const job = member.drawing;
      member.drawing = undefined;
      if (job?.id === answer.id) {
        if ("png" in answer) job.done(answer.png);
        else job.fail(new Error(answer.error));
      }
      pump();
    });
    worker.once("error", () => {
      broken = true;
      pool.splice(pool.indexOf(member), 1);
      if (member.drawing !== undefined) drawHere(member.drawing);
      member.drawing = undefined;
      pump();
    });
    return member;
  };
  /** Hands queued cards to idle workers, starting workers up to the limit. */
  const pump = () => {
    if (broken) {
      for (const job of queue.splice(0)) drawHere(job);
      return;
    }
    while (queue.length > 0) {
      let idle = pool.find((member) => member.drawing === undefined);
      if (idle === undefined && pool.length < limit) pool.push((idle = start()));
      if (idle === undefined) return;
      const job = queue.shift()!;
      idle.drawing = job;
      idle.worker.postMessage({ id: job.id, facts: job.facts });
    }
  };
  return {
    render(facts) {
      if (workers <= 0 || broken) return renderCard(facts);
      return new Promise((done, fail) => {
        queue.push({ id: next++, facts, done, fail });
        pump();
      });
    },
    widen(count) {
      if (workers <= 0 || count <= limit) return;
      limit = count;
      pump();
    },
    get threads() {
      return started;
    },
    async close() {
      for (const job of queue.splice(0)) job.fail(new Error("the card pool was closed before this card was drawn"));
      await Promise.all(pool.splice(0).map((member) => member.worker.terminate()));
    },
  };
}
