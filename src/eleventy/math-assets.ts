// KaTeX's stylesheet and fonts, served from the site itself (no CDN), linked only by pages that show math.
import { createRequire } from "node:module";
import { dirname, relative } from "node:path";
import type { EleventyConfig } from "./eleventy-config.ts";

/** Where pages find KaTeX's stylesheet; its `url(fonts/…)` resolve beside it. */
export const KATEX_STYLESHEET = "/css/katex/katex.min.css";

/**
 * Copies `katex/dist/katex.min.css` and its fonts to `/css/katex/`, and registers the `hasMath`
 * filter: true when rendered HTML holds a KaTeX formula, so layouts link the stylesheet only there.
 */
export function mathAssetsPlugin(eleventyConfig: EleventyConfig): void {
  const require = createRequire(import.meta.url);
  // Passthrough paths are read relative to the working folder.
  const dist = relative(process.cwd(), dirname(require.resolve("katex/dist/katex.min.css")));
  eleventyConfig.addPassthroughCopy({
    [`${dist}/katex.min.css`]: KATEX_STYLESHEET,
    [`${dist}/fonts/`]: "/css/katex/fonts/",
  });
  eleventyConfig.addFilter("hasMath", (html: unknown) => typeof html === "string" && html.includes('class="katex'));
  eleventyConfig.addGlobalData("katexStylesheet", KATEX_STYLESHEET);
}
