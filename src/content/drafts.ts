// Publishing rules: drafts and future-dated articles are left out of production builds (Eleventy's
// documented preprocessor way), shown and marked in the dev server; the build ends with one line per skipped article.
import type { Article } from "../schema/article.ts";
import type { ContentRegistry } from "./content-registry.ts";
import { STALE_FROM_EVENT, type EleventyConfig } from "../eleventy/eleventy-config.ts";
import type { Reporter } from "../report/reporter.ts";

/** Options of {@link draftsPlugin}. */
export interface DraftsOptions {
  registry: ContentRegistry;
  reporter: Reporter;
}

/** Why an article is not (yet) public: `draft: true`, or a date after the build time. */
export type Unpublished = "draft" | "scheduled" | "expired";

/** True when drafts are part of the site: the dev server (`npm start`) or `KILN_DRAFTS=1`. */
export function showDrafts(env: NodeJS.ProcessEnv = process.env): boolean {
  return env["KILN_DRAFTS"] === "1" || env["ELEVENTY_RUN_MODE"] === "serve" || env["ELEVENTY_RUN_MODE"] === "watch";
}

/** Whether an article is left out of a production build started at `now`, and why. The date's own offset decides. */
export function unpublished(article: Article, now: Date): Unpublished | undefined {
  if (article.draft) return "draft";
  // Hugo's publishDate, when given, decides instead of date; expiryDate takes an article down. Undated is public.
  const publishes = (article.publishDate ?? article.date)?.instant.getTime();
  if (publishes !== undefined && publishes > now.getTime()) return "scheduled";
  if (article.expiryDate !== undefined && article.expiryDate.instant.getTime() <= now.getTime()) return "expired";
  return undefined;
}

/**
 * The first moment after `now` when an article goes live or expires: a site built at `now` is stale from then.
 * Drafts never change by time.
 */
export function nextPublishingChange(articles: readonly Article[], now: Date): Date | undefined {
  let next: number | undefined;
  for (const article of articles) {
    if (article.draft) continue;
    for (const date of [article.publishDate ?? article.date, article.expiryDate]) {
      const at = date?.instant.getTime();
      if (at !== undefined && at > now.getTime() && (next === undefined || at < next)) next = at;
    }
  }
  return next === undefined ? undefined : new Date(next);
}

/** The summary line for a skipped article. */
function skippedLine(file: string, reason: Unpublished, article: Article): string {
  if (reason === "draft") return `skipped draft ${file} (set draft: false to publish it)`;
  if (reason === "expired") return `skipped ${file}: expired at ${article.expiryDate?.text ?? ""} (expiryDate)`;
  const when = (article.publishDate ?? article.date)?.text ?? "";
  return `skipped ${file}: dated ${when}, after the build time; it is published by the first build after that`;
}

/**
 * Skips drafts and future-dated articles unless drafts are shown, and registers the `unpublished`
 * filter (article → "draft" | "scheduled" | "expired" | undefined) that layouts use to mark them in the dev server.
 */
export function draftsPlugin(eleventyConfig: EleventyConfig, { registry, reporter }: DraftsOptions): void {
  let buildTime = new Date();
  const skipped = new Map<string, string>();
  eleventyConfig.on("eleventy.before", () => {
    buildTime = new Date();
    skipped.clear();
  });
  eleventyConfig.addGlobalData("kilnShowDrafts", () => showDrafts());
  eleventyConfig.addFilter("unpublished", (article: Article | undefined) =>
    article === undefined ? undefined : unpublished(article, buildTime),
  );
  eleventyConfig.addPreprocessor("kiln-drafts", "md,ipynb", (data) => {
    const record = registry.get(data.page.inputPath);
    const reason = record === undefined ? undefined : unpublished(record.article, buildTime);
    if (record === undefined || reason === undefined || showDrafts()) return undefined;
    skipped.set(record.file, skippedLine(record.file, reason, record.article));
    return false;
  });
  eleventyConfig.on("eleventy.after", async () => {
    for (const file of [...skipped.keys()].sort()) reporter.info(skipped.get(file) ?? "");
    const articles = registry.all().map((record) => record.article);
    await eleventyConfig.emit(STALE_FROM_EVENT, nextPublishingChange(articles, buildTime));
  });
}
