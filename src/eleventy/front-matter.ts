// Front matter: Eleventy parses it with Kiln's YAML engine (timestamps stay text, so the author's offset survives).
import { parseYaml } from "../schema/yaml-engine.ts";
import type { ContentRegistry } from "./content-registry.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** Options of {@link frontMatterPlugin}. */
export interface FrontMatterOptions {
  registry: ContentRegistry;
}

/**
 * Uses Kiln's YAML engine and gives Eleventy each article's validated date: Eleventy alone would read
 * an offset-less or space-separated date differently from the schema.
 */
export function frontMatterPlugin(eleventyConfig: EleventyConfig, { registry }: FrontMatterOptions): void {
  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: parseYaml } });
  eleventyConfig.addDateParsing(function (this: { page: { inputPath: string } }) {
    return registry.get(this.page.inputPath)?.article.date.instant;
  });
}
