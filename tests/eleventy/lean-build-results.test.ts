// A production build lets go of each page's HTML once it is written; the dev server keeps it for its live reload.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { isKilnWrapper } from "../../src/eleventy/eleventy-internals.ts";
import { keepWrittenHtml, leanBuildResults, leanWrite, releaseContentOnceWritten, type TemplateWrite } from "../../src/eleventy/lean-build-results.ts";

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

/** Eleventy's Template class, whose page entries carry their rendered content. */
async function eleventyTemplate(): Promise<{ augmentWithTemplateContentProperty<T extends object>(page: T): T & { templateContent: unknown } }> {
  const folder = dirname(fileURLToPath(import.meta.resolve("@11ty/eleventy")));
  return (await import(pathToFileURL(join(folder, "Template.js")).href)).default;
}

describe("leanWrite and rendered content", () => {
  afterEach(() => keepWrittenHtml(true));

  /** A page entry as Eleventy makes it: content rendered, and cached in its template. */
  const renderedPage = async (inputPath: string) => {
    const Template = await eleventyTemplate();
    const page = Template.augmentWithTemplateContentProperty({
      inputPath,
      template: { _cacheRenderedPromise: Promise.resolve("<p>body</p>") as Promise<string> | undefined },
    });
    page.templateContent = "<p>body</p>";
    return page;
  };

  it("in a production build, lets a written page's content go when no later page reads it, and only then", async () => {
    keepWrittenHtml(false);
    releaseContentOnceWritten((inputPath) => inputPath === "./content/old.md");
    const old = await renderedPage("./content/old.md");
    const inFeed = await renderedPage("./content/new.md");
    for (const page of [old, inFeed]) await leanWrite(write).call({} as TemplateWrite, page, "<!doctype html>…");
    // Emptied Eleventy's way: reading it gives undefined, not Eleventy's premature-use error.
    expect(old.templateContent).toBeUndefined();
    expect(old.template).not.toHaveProperty("_cacheRenderedPromise");
    expect(inFeed.templateContent).toBe("<p>body</p>");
    expect(inFeed.template._cacheRenderedPromise).toBeInstanceOf(Promise);
  });

  it("keeps every page's content in the dev server, and in a build that has not said which pages are done", async () => {
    keepWrittenHtml(true);
    releaseContentOnceWritten(() => true);
    const dev = await renderedPage("./content/a.md");
    await leanWrite(write).call({} as TemplateWrite, dev, "<!doctype html>…");
    expect(dev.templateContent).toBe("<p>body</p>");
    // A new build forgets the last one's answer until it gives its own.
    keepWrittenHtml(false);
    const built = await renderedPage("./content/a.md");
    await leanWrite(write).call({} as TemplateWrite, built, "<!doctype html>…");
    expect(built.templateContent).toBe("<p>body</p>");
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
