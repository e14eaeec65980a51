// Static assets: the project's public/ folder is copied to the site root as is, whatever folder is built; images
// in the content folder (page bundles: `post/index.md` beside `post/diagram.png`) are copied to the same place.
import { join, relative } from "node:path";
import type { EleventyConfig } from "./eleventy-config.ts";

/** Options of {@link assetsPlugin}. */
export interface AssetsOptions {
  /** Kiln's project folder (where public/ lives). */
  projectRoot: string;
}

/** Image files an article may sit beside. */
const CONTENT_IMAGES = "**/*.{png,jpg,jpeg,gif,svg,webp,avif}";

/** Copies public/ to the output root, and the content folder's images to their own paths. */
export function assetsPlugin(eleventyConfig: EleventyConfig, { projectRoot }: AssetsOptions): void {
  // Passthrough paths are read relative to the working folder.
  const publicFolder = relative(process.cwd(), join(projectRoot, "public")) || ".";
  eleventyConfig.addPassthroughCopy({ [`${publicFolder}/`]: "/" });
  eleventyConfig.addWatchTarget(`${publicFolder}/`);
  // A glob inside the input folder keeps each file's path relative to that folder.
  eleventyConfig.addPassthroughCopy(join(eleventyConfig.directories.input, CONTENT_IMAGES));
}
