// Tests for the glob that limits Pagefind to the pages it indexes, and for the runs a large site is indexed in.
import { describe, expect, it } from "vitest";
import { pagesGlob, SHARD_PAGES, searchShards } from "../../src/search/search-index.ts";

describe("pagesGlob", () => {
  it("lists the pages Pagefind indexes, sorted, as one brace glob", () => {
    expect(pagesGlob(["ai/梯度下降/index.html", "ai/index.html"])).toEqual(["--glob", "{ai/index.html,ai/梯度下降/index.html}"]);
  });

  it("passes none (every page is read) for an unknown or empty list, a path a glob would misread, or a list too long", () => {
    expect(pagesGlob(undefined)).toEqual([]);
    expect(pagesGlob([])).toEqual([]);
    for (const odd of ["a,b/index.html", "c{1}/index.html", "x[y]/index.html", "what?/index.html", "all*/index.html", "!x/index.html"]) {
      expect(pagesGlob(["ai/index.html", odd]), odd).toEqual([]);
    }
    const many = Array.from({ length: 5000 }, (_, k) => `guide/a-long-article-name-${k}/index.html`);
    expect(pagesGlob(many)).toEqual([]);
    // 1,000 Chinese paths: 38,000 characters, but 110,000 bytes.
    const chinese = Array.from({ length: 1000 }, (_, k) => `深度学习/${"梯度下降".repeat(8)}${k}/index.html`);
    expect(`{${chinese.join(",")}}`.length).toBeLessThan(100_000);
    expect(pagesGlob(chinese)).toEqual([]);
  });
});

describe("searchShards", () => {
  it("splits the pages into sorted runs of at most the given count, each short enough for one glob", () => {
    const pages = Array.from({ length: 4500 }, (_, k) => `guide/a-long-article-name-${String(k).padStart(4, "0")}/index.html`);
    const shards = searchShards([...pages].reverse(), SHARD_PAGES);
    expect(shards.map((shard) => shard?.length)).toEqual([2000, 2000, 500]);
    expect(shards.flatMap((shard) => shard ?? [])).toEqual(pages);
    for (const shard of shards) expect(pagesGlob(shard)).toHaveLength(2);
    // Paths so long that 2,000 of them would pass the glob's limit: more, shorter runs, every page in one of them.
    const long = pages.map((page) => `${"深度学习".repeat(10)}/${page}`);
    const longShards = searchShards(long, SHARD_PAGES);
    expect(longShards.length).toBeGreaterThan(3);
    expect(longShards.flatMap((shard) => shard ?? []).sort()).toEqual([...long].sort());
    for (const shard of longShards) {
      const glob = pagesGlob(shard);
      expect(glob).toHaveLength(2);
      // Linux's limit is on bytes, and these characters are three bytes each.
      expect(Buffer.byteLength(glob[1]!)).toBeLessThanOrEqual(100_000);
    }
  });

  it("makes one run of every page when the list is unknown, empty, or holds a path no glob can name", () => {
    expect(searchShards(undefined, 2)).toEqual([undefined]);
    expect(searchShards([], 2)).toEqual([undefined]);
    expect(searchShards(["a/index.html", "b/index.html", "c{1}/index.html"], 2)).toEqual([undefined]);
    expect(searchShards(["b/index.html", "a/index.html"], 2)).toEqual([["a/index.html", "b/index.html"]]);
  });
});
