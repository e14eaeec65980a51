// "Edit this page": the `editLink` site option's URL with `:path` replaced by the article's path in the input folder.
import { relative, resolve, sep } from "node:path";
import { EDIT_LINK_PATH, type SiteOptions } from "../schema/site-options.ts";
import type { EleventyConfig } from "../eleventy/eleventy-config.ts";

/** Options of {@link editLinkPlugin}. */
export interface EditLinkOptions {
  site: SiteOptions;
}

/**
 * The edit URL of a source file: `pattern` with every `:path` replaced by `relativePath` (`ai/入门.md`), each
 * segment percent-encoded so a space, `#` or `?` in a file name cannot end the path. Slashes stay.
 */
export function editUrl(pattern: string, relativePath: string): string {
  const path = relativePath.split(sep).join("/").split("/").map(encodeURIComponent).join("/");
  return pattern.replaceAll(EDIT_LINK_PATH, path);
}

/** Registers the `editUrl` filter: an article's edit URL, or undefined without the `editLink` option. */
export function editLinkPlugin(eleventyConfig: EleventyConfig, { site }: EditLinkOptions): void {
  const pattern = site.editLink;
  // `--input` may point anywhere: paths are relative to the folder this build reads.
  let input = ".";
  eleventyConfig.on("eleventy.before", ({ directories }) => {
    input = directories.input;
  });
  eleventyConfig.addFilter("editUrl", (inputPath: string) =>
    pattern === undefined ? undefined : editUrl(pattern, relative(resolve(input), resolve(inputPath))),
  );
}
