// Articles whose URL is a page Kiln generates (home, tag list, 404, feeds, sitemap, a tag's page, a section page…) fail
// the build before anything is written, naming the file, the page and the fix, except at /search/, where the search
// page moves; and the list of generated URLs those errors come from covers every file a real build writes.
import { readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { articleUrlOf } from "../../src/links/article-url.ts";
import { ContentRegistry } from "../../src/content/content-registry.ts";
import { generatedPageAt } from "../../src/links/generated-pages.ts";
import { createReporter } from "../../src/report/reporter.ts";
import { sectionFolderUrls } from "../../src/content/section-files.ts";
import { seriesIndex } from "../../src/links/series-index.ts";
import { buildSite, projectRoot, type BuiltSite } from "./run-kiln.ts";

const FIXTURE = "tests/fixtures/sites/url-clashes";
const FIX_SLUG = "give the article a slug in its front matter (slug: another-name), or rename its file";
const FIX_PERMALINK = "change its permalink to a URL of its own (permalink: /another-path/)";
const CLASH = "which Kiln generates; one would overwrite the other";

/** Every clash of the fixture: `file: what`, then the fix. */
const EXPECTED: readonly (readonly [string, string])[] = [
  [`404.md: its URL /404/ is the 404 page (404.html), ${CLASH}`, FIX_SLUG],
  [`category-feed.md: its URL /categories/教程/feed.xml is the feed of category "教程", ${CLASH}`, FIX_PERMALINK],
  [`feed.md: its URL /feed.xml is the site's Atom feed, ${CLASH}`, FIX_PERMALINK],
  [`guide.md: its URL /guide/ is the section page of ${FIXTURE}/guide/_index.md, ${CLASH}`, FIX_SLUG],
  [`home-page-2.md: its URL /page/2/ is page 2 of the home page, ${CLASH}`, FIX_PERMALINK],
  [
    `index.md: its URL / is the home page, ${CLASH}`,
    "rename the file (index.md at the top of the content folder has the home page's URL), or give it a slug",
  ],
  [`kiln-search.md: its URL /kiln-search/ is the search page (moved off /search/), ${CLASH}`, FIX_SLUG],
  [`pagefind.md: its URL /pagefind/ is the folder of the search index (pagefind/), ${CLASH}`, FIX_PERMALINK],
  [`series-page.md: its URL /series/入门系列/ is the page of series "入门系列", ${CLASH}`, FIX_PERMALINK],
  [`sitemap.md: its URL /sitemap.xml is the sitemap, ${CLASH}`, FIX_PERMALINK],
  [`tag-page.md: its URL /tags/python/ is the page of tag "python", ${CLASH}`, FIX_PERMALINK],
  [`tags/index.md: its URL /tags/ is the list of all tags, ${CLASH}`, FIX_SLUG],
];

describe("articles at the URL of a generated page", () => {
  let site: BuiltSite;
  let lines: string[];

  beforeAll(async () => {
    site = await buildSite(FIXTURE);
    lines = site.stderr.split("\n").map((line) => line.replace(/^\[11ty\] /, "").replace(/ \(via KilnError\)$/, ""));
  });

  it("fail the build once, counting every clash, before anything is written", async () => {
    expect(site.code, site.stderr).toBe(1);
    expect(site.stderr).toContain(`The site was not built: ${EXPECTED.length} files have problems (${EXPECTED.length} problems):`);
    expect(site.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(await readdir(join(site.output, ".."))).toEqual([]);
  });

  it.each(EXPECTED.map(([what, fix]) => [what, fix] as const))("%s", (what, fix) => {
    const index = lines.indexOf(`${FIXTURE}/${what}`);
    expect(index, site.stderr).toBeGreaterThanOrEqual(0);
    expect(lines[index + 1]).toBe(`  fix: ${fix}`);
  });

  it("leave the article that takes no generated page alone", () => {
    expect(site.stderr).not.toContain(`${FIXTURE}/kept.md`);
    expect(site.stderr).not.toContain(`${FIXTURE}/guide/intro.md`);
  });

  it("are no error at /search/: the search page moves, said once", () => {
    expect(lines.filter((line) => line.includes(`${FIXTURE}/search.md`))).toEqual([
      `[kiln] ${FIXTURE}/search.md is at /search/, so Kiln's search page moves to /kiln-search/ (the search boxes follow)`,
    ]);
  });
});

describe("the generated URLs the clash check knows", () => {
  it("cover every page and file the example site writes that is no article, redirect or static asset", async () => {
    const site = await buildSite("content");
    expect(site.code, site.stderr).toBe(0);
    const registry = new ContentRegistry();
    await registry.load(resolve(projectRoot, "content"), createReporter(() => {}));
    const content = resolve(projectRoot, "content");
    const articlePaths = registry.all().map((record) => resolve(projectRoot, record.file));
    // As the registry gives them: described sections, and a section page for every folder holding articles.
    const sections = [...registry.sections(), ...sectionFolderUrls(content, articlePaths)];
    const sources = {
      searchUrl: registry.searchUrl,
      tags: registry.tags,
      categories: registry.categories,
      series: seriesIndex(registry.all()),
      sections,
    };

    const own = new Set<string>();
    for (const record of registry.all()) {
      const url = articleUrlOf(relative(content, resolve(projectRoot, record.file)), record.article);
      if (url !== undefined) own.add(url);
      for (const alias of record.article.aliases ?? []) own.add(alias.endsWith("/") ? alias : `${alias}/`);
    }
    const assets = new Set(await readdir(join(projectRoot, "public"), { recursive: true }));
    const files = (await readdir(site.output, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    const unknown: string[] = [];
    for (const entry of files) {
      const path = relative(site.output, join(entry.parentPath, entry.name)).split("\\").join("/");
      if (assets.has(path) || /^(pagefind|css\/katex)\//.test(path) || /\.(png|jpe?g|gif|svg|webp|avif)$/.test(path)) continue;
      const url = `/${path.replace(/(^|\/)index\.html$/, "$1")}`;
      if (!own.has(url) && generatedPageAt(url, sources) === undefined) unknown.push(url);
    }
    expect(unknown).toEqual([]);
    expect(files.length).toBeGreaterThan(50);
  });
});
