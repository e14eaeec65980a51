// Front matter: Eleventy parses it with Kiln's YAML engine (timestamps stay text, so the author's offset survives);
// Hugo's TOML front matter is read by Kiln alone.
import { parseYaml } from "../schema/yaml-engine.ts";
import type { ContentRegistry } from "../content/content-registry.ts";
import type { ENGINE_LANGUAGES } from "../content/rejected-front-matter.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** Options of {@link frontMatterPlugin}. */
export interface FrontMatterOptions {
  registry: ContentRegistry;
}

/**
 * What Eleventy reads front matter with. A file whose front matter Kiln rejected is reported by the registry with
 * its line and left out of the build (dev-problems.ts), while the build goes on to find every other problem: so
 * Eleventy, which reads every file's front matter itself and stops on what it cannot take (bad YAML, a mapping for
 * `tags`), is handed no fields for it. `---toml`/`---json` blocks are the registry's to report, not Eleventy's.
 */
function lenientEngines(registry: ContentRegistry): Record<string, (source: string) => unknown> {
  const engine = (parse: (source: string) => unknown) => (source: string) => (registry.rejectedFrontMatter.has(source) ? {} : parse(source));
  const none = () => ({});
  return { yaml: engine(parseYaml), yml: engine(parseYaml), toml: none, json: none } satisfies Record<
    (typeof ENGINE_LANGUAGES)[number],
    unknown
  >;
}

/**
 * Uses Kiln's YAML engine and gives Eleventy each article's validated date: Eleventy alone would read
 * an offset-less or space-separated date differently from the schema.
 */
export function frontMatterPlugin(eleventyConfig: EleventyConfig, { registry }: FrontMatterOptions): void {
  eleventyConfig.setFrontMatterParsingOptions({ engines: lenientEngines(registry) });
  eleventyConfig.addDateParsing(function (this: { page: { inputPath: string } }) {
    return registry.get(this.page.inputPath)?.article.date?.instant;
  });
  // Eleventy reads only `---` front matter: a Hugo `+++` TOML block would be rendered as text. The
  // registry read it (and everything layouts print comes from there): hand Eleventy the body alone.
  eleventyConfig.addPreprocessor("kiln-toml", "md", (data, content) => {
    if (!content.startsWith("+++")) return undefined;
    const body = registry.get(data.page.inputPath)?.body;
    return body === undefined ? undefined : body || "\n";
  });
}
