// Social cards on built sites (fixture: cards): the meta tags and their absolute URLs under a path prefix, the PNGs
// written, `images:` winning, `--cards=off`, a warm build drawing none, and a missing local cover told once.
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { COVER_WIDTH } from "../../src/cards/card-layout.ts";
import { coloursIn, decodePixels } from "../cards/card-pixels.ts";
import { buildSite, type BuiltSite } from "./run-kiln.ts";

const FIXTURE = "tests/fixtures/sites/cards";
const CARD_URL = /^https:\/\/example\.org\/docs\/cards\/([0-9a-f]{20})\.png$/;

describe("social cards (fixture: cards, --pathprefix=/docs/)", () => {
  let cache: string;
  let site: BuiltSite;
  let warm: BuiltSite;
  beforeAll(async () => {
    // A cache of its own, empty: this build draws every card, the next one none.
    cache = join(await mkdtemp(join(tmpdir(), "kiln-cards-cache-")), "highlight.bin");
    site = await buildSite(FIXTURE, ["--pathprefix=/docs/"], 0, { KILN_CACHE: cache });
    warm = await buildSite(FIXTURE, ["--pathprefix=/docs/"], 0, { KILN_CACHE: cache });
  });

  /** The og:image of a page, and the card file it names. */
  async function cardOf(path: string): Promise<{ url: string; file: string | undefined }> {
    const $ = await site.page(path);
    const url = $('meta[property="og:image"]').attr("content") ?? "";
    const key = CARD_URL.exec(url)?.[1];
    return { url, file: key === undefined ? undefined : join(site.output, "cards", `${key}.png`) };
  }

  it("gives articles, described sections and the home page a card, with its size, alt text and Twitter's large card", async () => {
    expect(site.code, site.stderr).toBe(0);
    expect(site.stderr).toContain("[kiln] social cards: 7 drawn");
    for (const path of ["index.html", "guide/index.html", "guide/local-cover/index.html", "guide/remote-cover/index.html", "guide/hostile/index.html", "guide/symbols/index.html"]) {
      const $ = await site.page(path);
      const image = $('meta[property="og:image"]').attr("content");
      expect(image, path).toMatch(CARD_URL);
      expect($('meta[name="twitter:image"]').attr("content"), path).toBe(image);
      expect($('meta[property="og:image:width"]').attr("content"), path).toBe("1200");
      expect($('meta[property="og:image:height"]').attr("content"), path).toBe("630");
      expect($('meta[name="twitter:card"]').attr("content"), path).toBe("summary_large_image");
    }
    expect((await site.page("guide/local-cover/index.html"))('meta[property="og:image:alt"]').attr("content")).toBe("本地封面：卡片里画出封面 · Kiln 教程");
    expect((await site.page("index.html"))('meta[property="og:image:alt"]').attr("content")).toBe("Kiln 教程");
    const jsonLd = JSON.parse((await site.page("guide/dark/index.html"))('script[type="application/ld+json"]').html() ?? "{}") as { image?: string };
    expect(jsonLd.image).toMatch(CARD_URL);
  });

  it("writes each card as a 1200×630 PNG at the URL the page names, dark for theme: dark", async () => {
    const dark = await cardOf("guide/dark/index.html");
    const light = await cardOf("guide/remote-cover/index.html");
    for (const { file } of [dark, light]) {
      expect(file !== undefined && existsSync(file)).toBe(true);
      const image = await decodePixels(await readFile(file!));
      expect([image.format, image.width, image.height]).toEqual(["png", 1200, 630]);
    }
    expect(Math.max(...(await decodePixels(await readFile(dark.file!))).at(600, 150))).toBeLessThan(40);
    expect(Math.min(...(await decodePixels(await readFile(light.file!))).at(600, 150))).toBeGreaterThan(240);
    expect(readdirSync(join(site.output, "cards"))).toHaveLength(7);
  });

  it("draws a local cover in its article's card (the panel on the right), relative to the article's file", async () => {
    const { file } = await cardOf("guide/local-cover/index.html");
    const withCover = await decodePixels(await readFile(file!));
    expect(coloursIn(withCover, [1200 - COVER_WIDTH, 0, COVER_WIDTH, 630])).toBeGreaterThan(100);
    const remote = await decodePixels(await readFile((await cardOf("guide/remote-cover/index.html")).file!));
    expect(coloursIn(remote, [1200 - COVER_WIDTH + 40, 0, COVER_WIDTH - 40, 100])).toBe(1);
  });

  it("leaves og:image to front matter images: and gives pages without a card none of their own", async () => {
    const $ = await site.page("guide/explicit-image/index.html");
    expect($('meta[property="og:image"]').attr("content")).toBe("https://cdn.example.com/social.jpg");
    expect($('meta[property="og:image:alt"]')).toHaveLength(0);
    const tags = await site.page("tags/index.html");
    expect(tags('meta[property="og:image"]')).toHaveLength(0);
    expect(tags('meta[name="twitter:card"]').attr("content")).toBe("summary");
  });

  it("draws none on a warm build and names the same cards", async () => {
    expect(warm.code, warm.stderr).toBe(0);
    expect(warm.stderr).not.toContain("social cards:");
    expect(readdirSync(join(warm.output, "cards")).sort()).toEqual(readdirSync(join(site.output, "cards")).sort());
  });
});

describe("social cards turned off", () => {
  it("--cards=off writes no card, and an article's cover is its og:image again", async () => {
    const site = await buildSite(FIXTURE, ["--cards=off"]);
    expect(site.code, site.stderr).toBe(0);
    expect(existsSync(join(site.output, "cards"))).toBe(false);
    expect((await site.page("guide/remote-cover/index.html"))('meta[property="og:image"]').attr("content")).toBe("https://images.example.com/remote.jpg");
    expect((await site.page("guide/local-cover/index.html"))('meta[property="og:image"]').attr("content")).toBe("https://example.org/guide/local-cover/cover.jpg");
    expect((await site.page("guide/dark/index.html"))('meta[property="og:image"]')).toHaveLength(0);
  });
});

describe("a missing local cover", () => {
  it("is the problem the build reported before cards, told once, and the card is never the problem", async () => {
    const input = join(await mkdtemp(join(tmpdir(), "kiln-cards-missing-")), "content");
    await cp(FIXTURE, input, { recursive: true });
    await rm(join(input, "guide", "cover.jpg"));
    const site = await buildSite(input);
    expect(site.code).toBe(1);
    // The link check's problem with the article's line, as before cards; no problem of the card's own.
    expect(site.stderr.match(/local-cover\.md: broken link → cover\.jpg/g), site.stderr).toHaveLength(1);
    expect(site.stderr).toContain("4 files have problems (4 problems)");
    expect(site.stderr).not.toMatch(/card of this page/i);
  });
});
