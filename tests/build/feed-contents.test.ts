// A production build lets each article's rendered content go once its page is written, except for the articles the
// feeds print, which are written after them: every feed entry still carries its whole article.
import { load } from "cheerio";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FEED_SIZE } from "../../src/pages/feeds.ts";
import { buildSite, type BuiltSite } from "./run-kiln.ts";

/** Articles in one category, more than a feed prints, one a day: article 1 is the oldest. */
const ARTICLES = FEED_SIZE + 5;

describe("feeds print whole articles while written articles let their content go", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    const input = await mkdtemp(join(tmpdir(), "kiln-feed-contents-"));
    await mkdir(join(input, "guides"));
    for (let day = 1; day <= ARTICLES; day++) {
      const front = `---\ntitle: "Guide ${day}"\ndate: 2025-03-${String(day).padStart(2, "0")}T10:00:00+08:00\ncategories: [guides]\n---\n`;
      await writeFile(join(input, "guides", `guide-${day}.md`), `${front}\nThe body of guide ${day}, marker-${day}.\n`);
    }
    site = await buildSite(input, ["--search=off"]);
  }, 60_000);

  it("writes every article with its body", async () => {
    expect(site.code, site.stderr).toBe(0);
    for (const day of [1, ARTICLES]) expect((await site.page(`guides/guide-${day}/index.html`))("main").text()).toContain(`marker-${day}.`);
  });

  it("prints the body of each of the newest articles in the site's Atom and JSON feeds and in the category's feed", async () => {
    const newest = Array.from({ length: FEED_SIZE }, (_, index) => ARTICLES - index);
    for (const path of ["feed.xml", "categories/guides/feed.xml"]) {
      const entries = load(await site.text(path), { xml: true })("entry");
      expect(entries.map((_, entry) => load(entry, { xml: true })("title").text()).get()).toEqual(newest.map((day) => `Guide ${day}`));
      entries.each((index, entry) => expect(load(entry, { xml: true })("content").text()).toContain(`marker-${newest[index]}.`));
    }
    const json = JSON.parse(await site.text("feed.json")) as { items: Array<{ content_html: string }> };
    expect(json.items.map((item) => item.content_html)).toEqual(newest.map((day) => expect.stringContaining(`marker-${day}.`)));
  });
});
