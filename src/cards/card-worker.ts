// Worker thread of the card pool: draws each card it is sent ({ id, facts }) and answers { id, png } or { id, error }.
import sharp from "sharp";
import { parentPort } from "node:worker_threads";
import { lowerThreadPriority } from "../markdown/highlight/thread-priority.ts";
import type { CardFacts } from "./card-facts.ts";
import { renderCard } from "./render-card.ts";
import { limitedAtOnce } from "../limited-at-once.ts";

lowerThreadPriority();
// One libvips thread: the pool's threads are the parallelism, and the machine's other core is the main thread's.
sharp.concurrency(1);
// No libvips operation cache: no card reads another's input, and the cache held about 50 MB over 200 cards.
sharp.cache(false);

/**
 * Two cards drawn at once, so that one card's text is set (Skia, this thread) while the one before is encoded
 * (libvips, its own thread); the others wait as their facts. Pages render faster than cards are drawn,
 * and starting each card as it arrived held hundreds of SVGs and decoded covers at once: the realistic
 * 1000-article cold build peaked at 1726 MB, 1247 MB with two at once (one at once: no less memory, 20 % slower).
 */
const draw = limitedAtOnce(renderCard, 2);

parentPort?.on("message", ({ id, facts }: { id: number; facts: CardFacts }) => {
  draw(facts).then(
    (png) => parentPort?.postMessage({ id, png }),
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
