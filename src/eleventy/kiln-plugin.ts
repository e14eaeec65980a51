// The Kiln plugin: composes one Eleventy adapter per concern. Order matters only where noted.
import { HtmlBasePlugin } from "@11ty/eleventy";
import { join, relative, resolve, sep } from "node:path";
import { linkSourceOf } from "../check/link-sources.ts";
import { parseSiteOptions, type SiteOptionsInput } from "../schema/site-options.ts";
import { aliasesPlugin } from "../pages/aliases.ts";
import { articleDataPlugin } from "../content/article-data.ts";
import { articleLinksPlugin } from "./article-links.ts";
import { assetsPlugin } from "./assets.ts";
import { buildSummaryPlugin } from "../report/build-summary.ts";
import { collectionsPlugin } from "../pages/collections.ts";
import { ContentRegistry } from "../content/content-registry.ts";
import { contentVerdict } from "../report/content-verdict.ts";
import { devProblemsPlugin } from "../dev/dev-problems.ts";
import { draftsPlugin } from "../content/drafts.ts";
import { writeSavedArticlesEarly } from "../dev/early-article-writes.ts";
import { editLinkPlugin } from "../pages/edit-link.ts";
import type { BuildEventArgs, EleventyConfig } from "./eleventy-config.ts";
import { feedsPlugin } from "../pages/feeds.ts";
import { filtersPlugin } from "./filters.ts";
import { frontMatterPlugin } from "./front-matter.ts";
import { imageCacheFolder, imagesPlugin } from "../images/images.ts";
import { incrementalListsPlugin } from "../dev/incremental-lists.ts";
import { keepWrittenHtml, leanBuildResults, releaseContentOnceWritten } from "./lean-build-results.ts";
import { createLinkCheck } from "../check/link-integrity.ts";
import { createBuildHighlighting } from "../highlighting/highlighting.ts";
import { highlightingOptions } from "../highlighting/highlighting-options.ts";
import { markdownLibraryPlugin } from "./markdown-library.ts";
import { mathAssetsPlugin } from "./math-assets.ts";
import { notebookPagesPlugin } from "./notebook-pages.ts";
import { navigationPlugin } from "../pages/navigation.ts";
import { limitPageWrites } from "./page-write-limit.ts";
import { pagesPlugin } from "../pages/pages.ts";
import { createReporter, type Reporter } from "../report/reporter.ts";
import type { Problem } from "../errors.ts";
import { sectionsPlugin } from "../pages/sections.ts";
import { seoPlugin } from "../pages/seo.ts";
import { seriesPlugin } from "../pages/series.ts";
import { siteUrlsOf } from "../links/site-url.ts";
import { indexTemplateMapLookups } from "./template-map-index.ts";
import { sitemapPlugin } from "../pages/sitemap.ts";
import { createSearchIndexer, SEARCH_BUNDLE_FOLDER } from "../search/search-index.ts";
import { searchPagePlugin } from "../search/search-page.ts";
import { buildHeapPlugin } from "../build/build-heap.ts";
import { cardsPlugin } from "../cards/cards-plugin.ts";

/** Options of the Kiln plugin: the site options plus where Kiln lives. */
export interface KilnPluginOptions {
  /** Site options (title, url, language…), validated by SiteOptionsSchema. */
  site: SiteOptionsInput;
  /** Kiln's project folder, holding layouts/ and public/. */
  projectRoot: string;
  /** Where warnings go; stderr by default. */
  reporter?: Reporter;
}

/** Adds everything Kiln does to an Eleventy configuration. */
export async function kilnPlugin(eleventyConfig: EleventyConfig, options: KilnPluginOptions): Promise<void> {
  // Three wrappers around Eleventy 3.1.8 internals, for time and memory on large sites (see each file).
  await indexTemplateMapLookups();
  await leanBuildResults();
  await limitPageWrites();
  const site = parseSiteOptions(options.site);
  const reporter = options.reporter ?? createReporter();
  const registry = new ContentRegistry(site.timeZone, site.language);

  eleventyConfig.addGlobalData("site", site);
  // Every article is read and validated before Eleventy renders anything: all errors at once, nothing written.
  // In the dev server a content error must not stop the server: the problems are shown on the pages instead.
  // Then every code block the cache lacks starts highlighting on worker threads; each article renders once its own
  // blocks are back.
  const highlighting = await createBuildHighlighting(
    options.projectRoot,
    eleventyConfig.directories.input,
    highlightingOptions(options.projectRoot),
    reporter,
  );
  eleventyConfig.on("eleventy.before", async ({ directories, runMode }) => {
    await registry.load(directories.input, reporter, runMode !== "build");
    await highlighting.prepare(registry, runMode !== "build");
  });
  // The dev server rebuilds once a saved file has stopped changing: Eleventy waits 150 ms for that, half the 300 ms
  // an edit should take to show; an editor writes a Markdown file in one go, so 50 ms is plenty.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });

  frontMatterPlugin(eleventyConfig, { registry });
  draftsPlugin(eleventyConfig, { registry, reporter });
  devProblemsPlugin(eleventyConfig, { registry });
  const images = imagesPlugin(eleventyConfig, {
    projectRoot: options.projectRoot,
    cacheFolder: imageCacheFolder(options.projectRoot),
    formats: site.imageFormats,
  });
  articleDataPlugin(eleventyConfig, { registry, site, coverImage: images.cover });
  // A production build lets an article's rendered content go once its page is written, unless a feed prints it.
  const onFeedArticles = (inFeeds: ReadonlySet<string>) =>
    releaseContentOnceWritten((inputPath) => !inFeeds.has(inputPath) && registry.get(inputPath) !== undefined);
  collectionsPlugin(eleventyConfig, { registry, onFeedArticles });
  navigationPlugin(eleventyConfig, { registry, site });
  pagesPlugin(eleventyConfig);
  incrementalListsPlugin(eleventyConfig, { registry });
  aliasesPlugin(eleventyConfig, { registry });
  sectionsPlugin(eleventyConfig, { registry, language: site.language });
  seriesPlugin(eleventyConfig, { registry, reporter, site });
  editLinkPlugin(eleventyConfig, { site });
  buildSummaryPlugin(eleventyConfig, { registry, reporter });
  // Absolute URLs need the path prefix, known once Eleventy runs the plugins: read it when a page renders.
  const urls = () => siteUrlsOf(site.url, eleventyConfig.pathPrefix);
  const publicFolder = join(options.projectRoot, "public");
  const linkCheck = createLinkCheck({ registry, reporter, site, urls, generatedFolders: [SEARCH_BUNDLE_FOLDER], publicFolder });
  // `npm run build -- --search=off` (KILN_SEARCH) builds without an index, e.g. where Pagefind's binary is missing.
  const searchIndex = createSearchIndexer({
    language: site.language,
    reporter,
    enabled: process.env["KILN_SEARCH"] !== "off",
    // Tests split a small site's index into several runs with it.
    shardPages: Number(process.env["KILN_SEARCH_SHARD_PAGES"]) || undefined,
  });
  // Dev server: a save that changed an article's body alone is written before Eleventy's rebuild starts.
  eleventyConfig.on("eleventy.beforeWatch", (changed) => writeSavedArticlesEarly(changed, { registry, pathPrefix: urls().pathPrefix }));
  seoPlugin(eleventyConfig, { site, urls });
  const cards = cardsPlugin(eleventyConfig, { site, projectRoot: options.projectRoot, reporter });
  feedsPlugin(eleventyConfig, { registry, site, urls });
  sitemapPlugin(eleventyConfig, { registry, urls });
  searchPagePlugin(eleventyConfig, { registry });
  filtersPlugin(eleventyConfig, { registry });
  assetsPlugin(eleventyConfig, { projectRoot: options.projectRoot });
  mathAssetsPlugin(eleventyConfig);
  const resolveArticleLink = articleLinksPlugin(eleventyConfig, { registry });
  // `npm run build -- --raw-html=off` (KILN_RAW_HTML) overrides the site option for one build.
  const rawHtml = process.env["KILN_RAW_HTML"] === "off" ? false : site.rawHtml;
  // Articles whose Markdown threw: a production build fails on them at its end; the dev server warns and goes on.
  let renderFailures: Problem[] = [];
  let runMode: BuildEventArgs["runMode"] = "build";
  notebookPagesPlugin(eleventyConfig, { registry });
  markdownLibraryPlugin(eleventyConfig, {
    reporter,
    highlighter: highlighting.highlighter,
    rawHtml,
    resolveArticleLink,
    whenHighlighted: highlighting.whenReady,
    drawLocalImages: images.draw,
    onRenderFailure: (problem) => (runMode === "build" ? renderFailures.push(problem) : reporter.warn(problem)),
    // What the link check reads of an article, from the tokens its render parsed anyway.
    onParsed: (inputPath, tokens) => {
      const record = registry.get(inputPath);
      if (record === undefined) return;
      const beside = new Set(record.assets?.map((asset) => asset.name));
      linkCheck.noteArticle(linkSourceOf(resolve(inputPath), record.file, tokens, record.bodyLine, beside));
    },
  });
  eleventyConfig.addPlugin(HtmlBasePlugin);
  buildHeapPlugin(eleventyConfig, () => registry.all().length);
  eleventyConfig.on("eleventy.before", (args) => {
    runMode = args.runMode;
    renderFailures = [];
    linkCheck.reset(args.runMode);
    searchIndex.reset();
    // A production build keeps no page's HTML once written (lean-build-results.ts); the dev server's reload needs it.
    keepWrittenHtml(args.runMode !== "build");
  });
  // Each page as it is written (the last transform, after the image and path-prefix rewrites): the link check
  // keeps its links and ids, the search index whether it is an article.
  eleventyConfig.addTransform("kiln-written-pages", function (html) {
    const { url, inputPath } = this.page;
    const outputPath = this.page.outputPath;
    if (typeof outputPath !== "string") return html;
    if (typeof url === "string") linkCheck.scan({ url, inputPath, outputPath }, html);
    searchIndex.notePage(html, relative(eleventyConfig.directories.output, outputPath).split(sep).join("/"));
    return html;
  });
  // After every build, dev server rebuilds included: Pagefind indexes the written pages in its own process (one
  // core) while the link check goes through their scans and the highlight cache is written on this thread. A failed
  // check waits for Pagefind before it fails the build: the build then removes its staging folder, and Pagefind
  // indexing a folder being removed failed with a stack trace. Handlers run one after the other (sequential), in the
  // order they were added. A production build then fails once with every content problem found on the way.
  eleventyConfig.setEventEmitterMode("sequential");
  eleventyConfig.on("eleventy.after", async (args) => {
    const indexing = searchIndex.index(args);
    let verdict: Error | undefined;
    try {
      const links = linkCheck.check(args);
      if (args.runMode === "build") verdict = contentVerdict({ content: registry.problems, rendering: renderFailures, links });
    } catch (error) {
      verdict = error instanceof Error ? error : new Error(String(error));
    }
    // The highlight cache and the social cards are written meanwhile too, and whatever the links: their work is
    // done either way (the cards were drawn on their own thread while the pages rendered).
    const [indexed, saved, carded] = await Promise.allSettled([indexing, highlighting.save(), cards.write()]);
    if (verdict !== undefined) throw verdict;
    if (indexed.status === "rejected") throw indexed.reason;
    if (saved.status === "rejected") throw saved.reason;
    if (carded.status === "rejected") throw carded.reason;
  });
}
