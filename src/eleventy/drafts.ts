// Drafts: left out of production builds (Eleventy's documented preprocessor way), shown and marked in the dev server.
import type { ContentRegistry } from "./content-registry.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import type { Reporter } from "./reporter.ts";

/** Options of {@link draftsPlugin}. */
export interface DraftsOptions {
  registry: ContentRegistry;
  reporter: Reporter;
}

/** True when drafts are part of the site: the dev server (`npm start`) or `KILN_DRAFTS=1`. */
export function showDrafts(env: NodeJS.ProcessEnv = process.env): boolean {
  return env["KILN_DRAFTS"] === "1" || env["ELEVENTY_RUN_MODE"] === "serve" || env["ELEVENTY_RUN_MODE"] === "watch";
}

/** Skips draft articles unless drafts are shown; says which ones it skipped. */
export function draftsPlugin(eleventyConfig: EleventyConfig, { registry, reporter }: DraftsOptions): void {
  eleventyConfig.addGlobalData("kilnShowDrafts", () => showDrafts());
  eleventyConfig.addPreprocessor("kiln-drafts", "md", (data) => {
    const record = registry.get(data.page.inputPath);
    if (!record?.article.draft || showDrafts()) return undefined;
    reporter.info(`skipped draft ${record.file} (set draft: false to publish it)`);
    return false;
  });
}
