// Tests for renderFailure: an article that makes markdown-it throw is located at the first block that throws alone.
import markdownit, { type MarkdownIt, type StateCore } from "markdown-it";
import { describe, expect, it } from "vitest";
import { failingBlock, renderFailure } from "../../src/markdown/render-failure.ts";

/** A markdown-it whose core rule throws on text holding "BOOM", as a buggy plugin would. */
function explodingMarkdown(): MarkdownIt {
  const md = markdownit();
  md.core.ruler.push("explode", (state: StateCore) => {
    if (state.src.includes("BOOM")) throw new TypeError("Expected a code point, got `undefined`.");
  });
  return md;
}

describe("failingBlock", () => {
  const md = explodingMarkdown();
  const run = (text: string) => md.render(text);

  it("finds the paragraph that throws on its own, as 0-based lines [first, end)", () => {
    expect(failingBlock("第一段。\n\n第二段\nBOOM 在这里\n结束\n\n第三段", run)).toEqual([2, 5]);
  });

  it("keeps a fenced block whole, blank lines inside it included", () => {
    const body = "前言\n\n```python\nx = 1\n\nBOOM = 2\n```\n\n后记";
    expect(failingBlock(body, run)).toEqual([2, 7]);
  });

  it("gives nothing when no block throws alone", () => {
    expect(failingBlock("一\n\n二", run)).toBeUndefined();
  });
});

describe("renderFailure", () => {
  it("names the file, the failing block's file line, the error and the way forward", () => {
    const md = explodingMarkdown();
    const env = { page: { inputPath: "content/ai/intro.md" }, kilnBodyLine: 6 };
    const body = "开头。\n\n中文\nBOOM\n中文";
    let thrown: unknown;
    try {
      md.render(body, env);
    } catch (error) {
      thrown = error;
    }
    expect(renderFailure(env, body, thrown, (text) => md.render(text, env))).toEqual({
      file: "content/ai/intro.md",
      line: 8,
      message: "this article could not be rendered (TypeError: Expected a code point, got `undefined`.)",
      hint: "this is a bug in Kiln or one of its Markdown plugins: please report it with the text at this line; meanwhile, rewording or rejoining the lines of that paragraph lets the site build",
    });
  });
});
