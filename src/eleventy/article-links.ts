// Resolves `.md` links between articles to the URLs Eleventy gave their pages (slugs and permalinks included).
import { dirname, resolve } from "node:path";
import type { ArticleLinkResolver } from "../markdown/article-links.ts";
import type { ContentRegistry } from "../content/content-registry.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** Options of {@link articleLinksPlugin}. */
export interface ArticleLinksOptions {
  registry: ContentRegistry;
}

/**
 * Returns the resolver Kiln's markdown-it uses. `/ml/cnn.md` is read from the content folder, `../ml/cnn.md`
 * from the linking file's folder. Only articles of this build resolve: a link to a draft stays as written
 * and the link check reports it.
 */
export function articleLinksPlugin(eleventyConfig: EleventyConfig, { registry }: ArticleLinksOptions): ArticleLinkResolver {
  let inputFolder = resolve(".");
  const urls = new Map<string, string>();
  eleventyConfig.on("eleventy.before", ({ directories }) => {
    inputFolder = resolve(directories.input);
  });
  // Collections are computed after every page's URL is known and before any Markdown renders: the one
  // moment to learn the URLs. The collection itself is never printed.
  eleventyConfig.addCollection("kilnArticleUrls", (api) => {
    urls.clear();
    for (const item of api.getAll()) {
      if (registry.get(item.inputPath) && item.url) urls.set(resolve(item.inputPath), item.url);
    }
    return [...urls.values()];
  });
  return (target, from) => {
    const path = target.startsWith("/") ? resolve(inputFolder, `.${target}`) : resolve(dirname(resolve(from ?? ".")), target);
    return urls.get(path);
  };
}
