// Worker thread of the card pool: draws each card it is sent ({ id, facts }) and answers { id, png } or { id, error }.
import sharp from "sharp";
import { parentPort } from "node:worker_threads";
import { lowerThreadPriority } from "../markdown/highlight/thread-priority.ts";
import type { CardFacts } from "./card-facts.ts";
import { renderCard } from "./render-card.ts";

lowerThreadPriority();
// One libvips thread: the pool's threads are the parallelism, and the machine's other core is the main thread's.
sharp.concurrency(1);
// No libvips operation cache: no card reads another's input, and the cache held about 50 MB over 200 cards.
sharp.cache(false);

parentPort?.on("message", ({ id, facts }: { id: number; facts: CardFacts }) => {
  renderCard(facts).then(
    (png) => parentPort?.postMessage({ id, png }),
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
