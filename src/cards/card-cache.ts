// Rendered cards kept between builds in `.cache/kiln/cards-<canvas>-<sharp>-<font>/<key>.png`, written by
// write-then-rename (a build running beside this one never reads half a file), so a warm build renders none.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FONT_PACKAGE } from "./card-fonts.ts";

/** The folder of the card cache, or null with `KILN_CACHE=off` (`--cache=off`); beside the highlight cache. */
export function cardCacheFolder(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const cache = env["KILN_CACHE"];
  if (cache === "off") return null;
  const parent = cache ? dirname(cache) : join(projectRoot, ".cache", "kiln");
  return join(parent, `cards-${packageVersion("@napi-rs/canvas")}-${packageVersion("sharp")}-${packageVersion(FONT_PACKAGE).replace(/[^\w.]/g, "")}`);
}

function packageVersion(name: string): string {
  return (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
}

/**
 * What goes into every card's key besides its facts: a hash of the code that draws a card (this folder's files),
 * so changing the layout or the text rules makes new cards (new file names), while the versions of what draws
 * them are in the cache folder's name.
 */
export function cardSalt(): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(import.meta.dirname).filter((name) => name.endsWith(".ts")).sort()) {
    hash.update(file).update("\0").update(readFileSync(join(import.meta.dirname, file))).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** The card cache; with a null folder it holds nothing and keeps nothing. */
export class CardCache {
  constructor(private readonly folder: string | null) {}

  /** Whether the cache has the card of `key`. */
  has(key: string): boolean {
    return this.folder !== null && existsSync(this.file(key));
  }

  /** Copies the cached card of `key` to `target`. */
  async copyTo(key: string, target: string): Promise<void> {
    await copyFile(this.file(key), target);
  }

  /** Keeps a rendered card for the next build. */
  async keep(key: string, png: Uint8Array): Promise<void> {
    if (this.folder === null) return;
    await mkdir(this.folder, { recursive: true });
    const partial = `${this.file(key)}.${process.pid}.partial`;
    try {
      await writeFile(partial, png);
      await rename(partial, this.file(key));
    } finally {
      await rm(partial, { force: true });
    }
  }

  private file(key: string): string {
    return join(this.folder ?? "", `${key}.png`);
  }
}
