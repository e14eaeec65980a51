// A build starts its highlighting workers before reading the articles only when it will surely need them.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { needsWorkersEarly, type HighlightingOptions } from "../../src/eleventy/highlighting.ts";
import { HighlightCache } from "../../src/markdown/highlight-cache.ts";

describe("needsWorkersEarly", () => {
  let input: string;
  const options = (overrides: Partial<HighlightingOptions> = {}): HighlightingOptions => ({
    workers: 2,
    cacheFile: null,
    poolThreshold: 30,
    ...overrides,
  });

  beforeAll(async () => {
    // Ten articles, one in a section folder; a dot folder's file is no article.
    input = await mkdtemp(join(tmpdir(), "kiln-early-workers-"));
    await mkdir(join(input, "guide"));
    await mkdir(join(input, ".notes"));
    for (let index = 0; index < 9; index++) await writeFile(join(input, `a${index}.md`), "# a\n");
    await writeFile(join(input, "guide", "b.md"), "# b\n");
    await writeFile(join(input, ".notes", "c.md"), "# c\n");
  });

  it("starts them for an empty cache and enough articles to reach the pool's threshold (3 blocks each)", async () => {
    expect(await needsWorkersEarly(input, new HighlightCache(null, "salt"), options())).toBe(true);
    expect(await needsWorkersEarly(input, new HighlightCache(null, "salt"), options({ poolThreshold: 31 }))).toBe(false);
  });

  it("waits for the articles when anything is cached, on one worker, or when the folder cannot be read", async () => {
    const warm = new HighlightCache(null, "salt");
    warm.set("key", "<pre></pre>");
    expect(await needsWorkersEarly(input, warm, options())).toBe(false);
    expect(await needsWorkersEarly(input, new HighlightCache(null, "salt"), options({ workers: 1 }))).toBe(false);
    expect(await needsWorkersEarly(join(input, "missing"), new HighlightCache(null, "salt"), options())).toBe(false);
  });
});
