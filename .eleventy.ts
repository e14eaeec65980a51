// Kiln's Eleventy config: the site's options, the Kiln plugin, and where things live.
import { relative, resolve } from "node:path";
import type { EleventyConfig } from "./src/eleventy/eleventy-config.ts";
import type { SiteOptionsInput } from "./src/schema/site-options.ts";

const projectRoot = import.meta.dirname;

/** The site's options; `npm run check` reads them too (its language decides which Hugo language files it checks). */
export const site: SiteOptionsInput = {
  title: "Kiln 教程",
  description: "用 Kiln 构建的中文技术教程与知识库示例站点",
  url: "https://example.org/",
  language: "zh-CN",
  author: "Kiln 编辑部",
};

export default async function (eleventyConfig: EleventyConfig) {
  // Imported here, not at the top: `npm run check` imports this file for `site` and needs none of Eleventy.
  const { kilnPlugin } = await import("./src/eleventy/kiln-plugin.ts");
  await eleventyConfig.addPlugin(kilnPlugin, { projectRoot, site });

  // The input folder is named explicitly, so the project's .gitignore must not hide articles in it
  // (the benchmark's corpus lives in the git-ignored bench-data/).
  eleventyConfig.setUseGitIgnore(false);

  // `--input` may point anywhere and Eleventy reads `layouts` relative to it. Eleventy reports its
  // default "./" when no input was given; the programmatic API lets the returned `dir.input` override
  // the one passed in, so return the input actually in use.
  const given = eleventyConfig.directories.input;
  const input = given === "./" ? "content" : given;
  const layouts = relative(resolve(input), resolve(projectRoot, "layouts"));
  return {
    dir: { input, layouts, includes: layouts },
    // Never run a template engine over Markdown: `{{ }}` and `{% %}` in tutorial code must survive.
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    templateFormats: ["md", "njk"],
  };
}
