// What @11ty/eleventy-img 6.0.4 keeps for its process's life, let go after each of Kiln's calls. Its in-memory cache
// holds every Image it made (the source's bytes, and with `dryRun` every encoded file's bytes), and its disk cache's
// `inputs` map keys each source's bytes for a hit counter: on a site of large photos, every image of the build stays
// in memory at once (60 photos of 400 KB: 48 MB kept after the build; 88 MB once the cache had their encodings).
// Kiln needs neither: ImageEncoder shares one encoding per file and widths within a build, and a dev server's next
// build encodes (or reads from the disk cache) what it needs anew. When the file or its exports are not where 6.0.4
// has them, nothing is released.
import { createRequire } from "node:module";

/** The parts of eleventy-img's `src/caches.js` released here. */
interface EleventyImageCaches {
  memCache: { cache: Record<string, unknown> };
  diskCache: { inputs: Map<unknown, boolean> };
}

let caches: EleventyImageCaches | null | undefined;

function eleventyImageCaches(): EleventyImageCaches | null {
  if (caches !== undefined) return caches;
  try {
    const loaded = createRequire(import.meta.url)("@11ty/eleventy-img/src/caches.js") as Partial<EleventyImageCaches>;
    caches = typeof loaded.memCache?.cache === "object" && loaded.diskCache?.inputs instanceof Map ? (loaded as EleventyImageCaches) : null;
  } catch {
    caches = null;
  }
  return caches;
}

/** Empties eleventy-img's in-memory cache and its disk cache's record of inputs (images being encoded go on). */
export function releaseEleventyImageMemory(): void {
  const found = eleventyImageCaches();
  if (found === null) return;
  found.memCache.cache = {};
  found.diskCache.inputs.clear();
}

/** How many images eleventy-img holds in memory (for tests). */
export function eleventyImagesHeld(): number | undefined {
  const found = eleventyImageCaches();
  return found === null ? undefined : Object.keys(found.memCache.cache).length + found.diskCache.inputs.size;
}
