// Static assets: the project's public/ folder is copied to the site root as is, whatever folder is built.
import { join, relative } from "node:path";
import type { EleventyConfig } from "./eleventy-config.ts";

/** Options of {@link assetsPlugin}. */
export interface AssetsOptions {
  /** Kiln's project folder (where public/ lives). */
  projectRoot: string;
}

/** Copies public/ to the output root. */
export function assetsPlugin(eleventyConfig: EleventyConfig, { projectRoot }: AssetsOptions): void {
  // Passthrough paths are read relative to the working folder.
  const publicFolder = relative(process.cwd(), join(projectRoot, "public")) || ".";
  eleventyConfig.addPassthroughCopy({ [`${publicFolder}/`]: "/" });
  eleventyConfig.addWatchTarget(`${publicFolder}/`);
}
