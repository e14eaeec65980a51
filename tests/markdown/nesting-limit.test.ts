// Tests for the nesting limit: a warning (file and line) when markdown-it drops text nested too deep; none otherwise.
import markdownit from "markdown-it";
import { describe, expect, it } from "vitest";
import type { MarkdownWarning } from "../../src/markdown/markdown-warning.ts";
import { nestingLimitPlugin } from "../../src/markdown/nesting-limit.ts";

function render(source: string): { html: string; warnings: MarkdownWarning[] } {
  const warnings: MarkdownWarning[] = [];
  const md = markdownit().use(nestingLimitPlugin, { onWarning: (warning) => warnings.push(warning) });
  const html = md.render(source, { page: { inputPath: "content/deep.md" }, kilnBodyLine: 5 });
  return { html, warnings };
}

describe("nestingLimitPlugin", () => {
  it.each([
    ["quotes", `intro\n\n${"> ".repeat(10_000)}deep\n`],
    ["lists", `intro\n\n${"- ".repeat(10_000)}deep\n`],
  ])("warns once with the file line when 10,000 nested %s lose their text", (_, source) => {
    const { html, warnings } = render(source);
    expect(html).not.toContain("deep");
    expect(warnings).toEqual([
      {
        file: "content/deep.md",
        line: 7,
        message: "lists or quotes are nested 100 levels deep or more: the text inside the deepest levels is left out",
        hint: "nest lists and quotes fewer levels deep (a few levels are plenty), or put deep structures in a code block",
      },
    ]);
  });

  it("stays quiet for nesting that renders in full", () => {
    const { html, warnings } = render(`${"> ".repeat(99)}deep\n\n${"- ".repeat(49)}deeper\n`);
    expect(html).toContain("deep");
    expect(html).toContain("deeper");
    expect(warnings).toEqual([]);
  });
});
