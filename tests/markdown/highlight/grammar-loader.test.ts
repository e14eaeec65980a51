// Grammars load on demand: a block loads its language and what that grammar reaches, nothing else.
import { afterEach, describe, expect, it } from "vitest";
import { createKilnHighlighter, type KilnHighlighter } from "../../../src/markdown/highlight/highlighter.ts";

describe("grammars on demand", () => {
  let highlighter: KilnHighlighter | undefined;
  afterEach(() => highlighter?.dispose());

  it("loads no grammar before a block needs one", async () => {
    highlighter = await createKilnHighlighter();
    expect(highlighter.shiki.getLoadedLanguages()).toEqual([]);
  });

  it("loads a block's language only", async () => {
    highlighter = await createKilnHighlighter();
    highlighter.codeToHtml("x = 1", "python");
    const loaded = highlighter.shiki.getLoadedLanguages();
    expect(loaded).toContain("python");
    expect(loaded).not.toContain("cpp");
    expect(loaded).not.toContain("markdown");
  });

  it("loads what a grammar embeds, so embedded code is coloured as with every grammar loaded", async () => {
    highlighter = await createKilnHighlighter();
    const html = highlighter.codeToHtml("<style>a { color: red }</style><script>let a = 1</script>", "html");
    expect(highlighter.shiki.getLoadedLanguages()).toEqual(expect.arrayContaining(["html", "css", "javascript"]));
    expect(html).not.toBe(highlighter.codeToHtml("<p>a { color: red }</p><p>let a = 1</p>", "html"));
    highlighter.codeToHtml("```rust\nfn main() {}\n```", "markdown");
    expect(highlighter.shiki.getLoadedLanguages()).toEqual(expect.arrayContaining(["markdown", "rust", "python", "sql"]));
  });
});
