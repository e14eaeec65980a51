// Encoded image files: written into the build's output once per build, and kept in a cache folder between builds
// with an atomic rename, so a build running in parallel never reads half a file.
import type { ImageResult } from "@11ty/eleventy-img";
import { existsSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Writes eleventy-img's in-memory (`dryRun`) results where the site and the next build find them. */
export class ImageFiles {
  /** Output paths written (or being written) by this build: pages that share an image write it once. */
  private written = new Map<string, Promise<void>>();

  /** @param cacheFolder eleventy-img's `outputDir`, where it looks for earlier encodings; `null`: no cache. */
  constructor(private readonly cacheFolder: string | null) {}

  /** Forgets the previous build's files (the dev server rebuilds into the same process). */
  startBuild(): void {
    this.written = new Map();
  }

  /** Writes each result's bytes to `<outputFolder>/img/<name>` and, when new, into the cache. */
  async write(results: readonly ImageResult[], outputFolder: string): Promise<void> {
    await Promise.all(
      results.map((result) => {
        const target = join(outputFolder, "img", result.filename);
        let done = this.written.get(target);
        if (done === undefined) {
          done = this.writeOne(result, target);
          this.written.set(target, done);
        }
        return done;
      }),
    );
  }

  private async writeOne(result: ImageResult, target: string): Promise<void> {
    if (result.buffer === undefined) throw new Error(`eleventy-img returned no bytes for ${result.filename}`);
    await mkdir(join(target, ".."), { recursive: true });
    await writeFile(target, result.buffer);
    if (this.cacheFolder === null) return;
    const cached = join(this.cacheFolder, result.filename);
    if (existsSync(cached)) return;
    await mkdir(this.cacheFolder, { recursive: true });
    const partial = `${cached}.${process.pid}.partial`;
    try {
      await writeFile(partial, result.buffer);
      await rename(partial, cached);
    } finally {
      await rm(partial, { force: true });
    }
  }
}
