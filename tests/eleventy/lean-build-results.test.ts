// A production build lets go of each page's HTML once it is written; the dev server keeps it for its live reload.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { isKilnWrapper } from "../../src/eleventy/eleventy-internals.ts";
import { keepWrittenHtml, leanBuildResults, leanWrite, type TemplateWrite } from "../../src/eleventy/lean-build-results.ts";

/** Eleventy's `_write` as far as this matters: it resolves to the page's result, HTML and Markdown included. */
async function write(...[page, content]: Parameters<TemplateWrite["_write"]>) {
  return { inputPath: "./content/a.md", outputPath: "_site/a/index.html", content, rawInput: `# ${String(page !== undefined)}` };
}

/** A written page whose template caches its rendered HTML, as Eleventy's Template#renderPageEntry does. */
const pageEntry = () => ({ template: { _cacheRenderedTransformsAndLayoutsPromise: Promise.resolve("<!doctype html>…") } });

describe("leanWrite", () => {
  afterEach(() => keepWrittenHtml(true));

  it("in a production build, empties the result's HTML and Markdown and drops the template's cached render", async () => {
    keepWrittenHtml(false);
    const page = pageEntry();
    const result = await leanWrite(write).call({} as TemplateWrite, page, "<!doctype html>…");
    expect(result).toEqual({ inputPath: "./content/a.md", outputPath: "_site/a/index.html", content: "" });
    expect(page.template).not.toHaveProperty("_cacheRenderedTransformsAndLayoutsPromise");
  });

  it("in the dev server, leaves both as Eleventy made them", async () => {
    keepWrittenHtml(true);
    const page = pageEntry();
    const result = await leanWrite(write).call({} as TemplateWrite, page, "<!doctype html>…");
    expect(result?.content).toBe("<!doctype html>…");
    expect(result?.rawInput).toBe("# true");
    expect(page.template._cacheRenderedTransformsAndLayoutsPromise).toBeInstanceOf(Promise);
  });
});

describe("leanBuildResults", () => {
  it("wraps Eleventy's own Template#_write, once", async () => {
    const folder = dirname(fileURLToPath(import.meta.resolve("@11ty/eleventy")));
    const { default: Template } = (await import(pathToFileURL(join(folder, "Template.js")).href)) as { default: { prototype: TemplateWrite } };
    await leanBuildResults();
    const wrapped = Template.prototype._write;
    expect(isKilnWrapper(wrapped)).toBe(true);
    await leanBuildResults();
    expect(Template.prototype._write).toBe(wrapped);
  });
});
