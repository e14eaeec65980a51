// The Kiln plugin: composes one Eleventy adapter per concern. Order matters only where noted.
import { HtmlBasePlugin } from "@11ty/eleventy";
import { parseSiteOptions, type SiteOptionsInput } from "../schema/site-options.ts";
import { articleDataPlugin } from "./article-data.ts";
import { assetsPlugin } from "./assets.ts";
import { collectionsPlugin } from "./collections.ts";
import { ContentRegistry } from "./content-registry.ts";
import { devProblemsPlugin } from "./dev-problems.ts";
import { draftsPlugin } from "./drafts.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import { filtersPlugin } from "./filters.ts";
import { frontMatterPlugin } from "./front-matter.ts";
import { markdownLibraryPlugin } from "./markdown-library.ts";
import { pagesPlugin } from "./pages.ts";
import { createReporter, type Reporter } from "./reporter.ts";

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
  const site = parseSiteOptions(options.site);
  const reporter = options.reporter ?? createReporter();
  const registry = new ContentRegistry();

  eleventyConfig.addGlobalData("site", site);
  // Every article is read and validated before Eleventy renders anything: all errors at once, nothing written.
  // In the dev server a content error must not stop the server: the problems are shown on the pages instead.
  eleventyConfig.on("eleventy.before", ({ directories, runMode }) =>
    registry.load(directories.input, reporter, runMode !== "build"),
  );

  frontMatterPlugin(eleventyConfig, { registry });
  draftsPlugin(eleventyConfig, { registry, reporter });
  devProblemsPlugin(eleventyConfig, { registry });
  articleDataPlugin(eleventyConfig, { registry, site });
  collectionsPlugin(eleventyConfig, { registry });
  pagesPlugin(eleventyConfig);
  filtersPlugin(eleventyConfig, { registry });
  assetsPlugin(eleventyConfig, { projectRoot: options.projectRoot });
  await markdownLibraryPlugin(eleventyConfig, { reporter });
  eleventyConfig.addPlugin(HtmlBasePlugin);
}
