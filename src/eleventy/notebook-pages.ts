// Notebook pages: Eleventy renders a `.ipynb` as the Markdown the registry translated it into (notebooks/), and its
// images, taken out of the notebook's JSON, are written next to the page.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ContentRegistry } from "../content/content-registry.ts";
import { NOTEBOOK_EXTENSION } from "../notebooks/article-text.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** Options of {@link notebookPagesPlugin}. */
export interface NotebookPagesOptions {
  registry: ContentRegistry;
}

const EXTENSION = NOTEBOOK_EXTENSION.slice(1);

/** Makes `.ipynb` files Markdown pages whose text is the registry's translation, and writes their images. */
export function notebookPagesPlugin(eleventyConfig: EleventyConfig, { registry }: NotebookPagesOptions): void {
  // An alias of the Markdown engine: a notebook goes through Kiln's markdown-it like any article.
  eleventyConfig.addExtension(EXTENSION, { key: "md" });
  eleventyConfig.addTemplateFormats(EXTENSION);
  // Eleventy read the file's JSON (it has no front matter): the page's text is the translation. A notebook the
  // registry rejected is skipped by the dev-problems preprocessor, which runs first.
  eleventyConfig.addPreprocessor("kiln-notebook", EXTENSION, (data) => registry.get(data.page.inputPath)?.body || "\n");
  // Written as the page is: the images' names are content hashes, so an unchanged image is the same file again.
  eleventyConfig.addTransform("kiln-notebook-assets", function (html) {
    const { inputPath, outputPath } = this.page;
    const assets = inputPath.endsWith(NOTEBOOK_EXTENSION) ? registry.get(inputPath)?.assets : undefined;
    if (assets === undefined || typeof outputPath !== "string") return html;
    const folder = dirname(outputPath);
    mkdirSync(folder, { recursive: true });
    for (const asset of assets) writeFileSync(join(folder, asset.name), asset.bytes);
    return html;
  });
}
