// The Markdown adapter Eleventy renders articles with: an article whose Markdown throws is that article's problem,
// told with its file and line, and the page gets a notice instead of the build stopping; every article's tokens
// reach the link check.
import { load } from "cheerio";
import type { Token } from "markdown-it";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../../src/errors.ts";
import type { EleventyConfig } from "../../src/eleventy/eleventy-config.ts";
import { markdownLibraryPlugin } from "../../src/eleventy/markdown-library.ts";
import { createReporter } from "../../src/report/reporter.ts";
import { createKilnHighlighter, type KilnHighlighter } from "../../src/markdown/highlight/highlighter.ts";

type Library = { render(src: string, env?: object): string | Promise<string> };

describe("markdownLibraryPlugin", () => {
  let highlighter: KilnHighlighter;
  beforeAll(async () => {
    highlighter = await createKilnHighlighter();
  });
  afterAll(() => highlighter.dispose());

  /** The library the plugin hands Eleventy; the article resolver throws on `boom.md`, as a buggy plugin would. */
  function library(failures: Problem[], parsed: [string, Token[]][]): Library {
    let md: Library | undefined;
    const config = {
      setLibrary: (_extension: string, value: Library) => (md = value),
      addFilter: () => {},
      on: () => {},
    } as unknown as EleventyConfig;
    markdownLibraryPlugin(config, {
      reporter: createReporter(() => {}),
      highlighter,
      rawHtml: true,
      resolveArticleLink: (target) => {
        if (target === "boom.md") throw new TypeError("resolver failed");
        return undefined;
      },
      onRenderFailure: (problem) => failures.push(problem),
      onParsed: (inputPath, tokens) => parsed.push([inputPath, tokens]),
    });
    if (md === undefined) throw new Error("no library was set");
    return md;
  }

  it("renders an article and hands its tokens on", async () => {
    const failures: Problem[] = [];
    const parsed: [string, Token[]][] = [];
    const html = await library(failures, parsed).render("## 标题\n\n正文", { page: { inputPath: "content/a.md" }, kilnBodyLine: 5 });
    expect(load(html)("h2").attr("id")).toBe("标题");
    expect(failures).toEqual([]);
    expect(parsed.map(([path, tokens]) => [path, tokens[0]?.type])).toEqual([["content/a.md", "heading_open"]]);
  });

  it("tells a throwing article as a problem at its failing paragraph and renders a notice instead", async () => {
    const failures: Problem[] = [];
    const body = "第一段。\n\n见 [另一篇](boom.md)。\n\n最后一段。";
    const html = await library(failures, []).render(body, { page: { inputPath: "content/b.md" }, kilnBodyLine: 4 });
    expect(failures).toEqual([
      {
        location: { file: "content/b.md", line: 6 },
        message: "this article could not be rendered (TypeError: resolver failed)",
        hint: expect.stringContaining("please report it"),
      },
    ]);
    expect(load(html)("p.render-failure").text()).toContain("this article could not be rendered (TypeError: resolver failed)");
  });
});
