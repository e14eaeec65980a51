// The articles whose content the feeds print: the newest of the site and of each category.
import { describe, expect, it } from "vitest";
import type { CollectionItem } from "../../src/eleventy/eleventy-config.ts";
import { FEED_SIZE, feedArticlePaths } from "../../src/pages/feeds.ts";

const item = (name: string) => ({ inputPath: `./content/${name}.md` }) as CollectionItem;

describe("feedArticlePaths", () => {
  it("takes the newest FEED_SIZE of the site and of each category, each once", () => {
    const site = Array.from({ length: 2 * FEED_SIZE + 10 }, (_, index) => item(`site-${index}`));
    // A category of older articles: its newest ones are in no site feed, but in its own.
    const older = { articles: site.slice(FEED_SIZE - 2) };
    const small = { articles: [item("site-0"), item("lonely")] };
    const paths = feedArticlePaths(site, [older, small]);
    const expected = new Set([
      ...site.slice(0, FEED_SIZE),
      ...site.slice(FEED_SIZE - 2, 2 * FEED_SIZE - 2),
      item("lonely"),
    ].map((entry) => entry.inputPath));
    expect(paths).toEqual(expected);
    expect(paths.has(site.at(-1)!.inputPath)).toBe(false);
  });
});
