// Hugo `aliases`: each old URL of an article gets a tiny page that sends readers (and search engines) on.
import { publishedArticles } from "./collections.ts";
import type { ContentRegistry } from "../content/content-registry.ts";
import type { EleventyConfig } from "../eleventy/eleventy-config.ts";

/** One redirect page: from an old path to the article's URL. */
export interface Redirect {
  from: string;
  to: string;
  title: string;
}

/** Options of {@link aliasesPlugin}. */
export interface AliasesOptions {
  registry: ContentRegistry;
}

/** Registers the `redirects` collection and one generated redirect page per alias of a published article. */
export function aliasesPlugin(eleventyConfig: EleventyConfig, { registry }: AliasesOptions): void {
  eleventyConfig.addCollection("redirects", (api) =>
    publishedArticles(api, registry).flatMap((item) => {
      const article = registry.get(item.inputPath)?.article;
      return (article?.aliases ?? []).map((from): Redirect => ({ from, to: item.url, title: article?.title ?? "" }));
    }),
  );
  eleventyConfig.addTemplate("kiln-pages/redirect.njk", "", {
    eleventyExcludeFromCollections: true,
    layout: "redirect.njk",
    pagination: { data: "collections.redirects", size: 1, alias: "redirect" },
    permalink: (data: { redirect: Redirect }) => data.redirect.from,
  });
}
