// Tests for the shiki transformers every block goes through: line highlights, notation comments, line numbers, prompts.
import { load, type CheerioAPI } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKilnHighlighter, type KilnHighlighter } from "../../../../src/markdown/highlight/highlighter.ts";

let highlighter: KilnHighlighter;
beforeAll(async () => {
  highlighter = await createKilnHighlighter();
});
afterAll(() => highlighter.dispose());

const highlight = (code: string, language: "bash" | "python" | "javascript", meta = ""): CheerioAPI =>
  load(highlighter.codeToHtml(code, language, meta), null, false);
/** The classes of each `.line`, without "line". */
const lineClasses = ($: CheerioAPI): string[] =>
  $(".line").map((_, el) => ($(el).attr("class") ?? "").replace(/^line\s*/, "")).get();

describe("line highlights from the meta", () => {
  it("marks {1,3-5} lines", () => {
    const $ = highlight("a = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6", "python", 'title="x.py" {1,3-5}');
    expect(lineClasses($)).toEqual(["highlighted", "", "highlighted", "highlighted", "highlighted", ""]);
  });

  it("marks nothing without a range", () => {
    expect(lineClasses(highlight("a = 1\nb = 2", "python"))).toEqual(["", ""]);
  });
});

describe("notation comments", () => {
  const code = [
    "const a = 1 // [!code ++]",
    "const b = 2 // [!code --]",
    "focus() // [!code focus]",
    "mark() // [!code highlight]",
    "boom() // [!code error]",
    "hmm() // [!code warning]",
    "plain()",
  ].join("\n");

  it("classes each marked line and removes the comment", () => {
    const $ = highlight(code, "javascript");
    expect(lineClasses($)).toEqual([
      "diff add", "diff remove", "focused", "highlighted", "highlighted error", "highlighted warning", "",
    ]);
    expect($("code").text()).not.toContain("[!code");
    expect($("code").text().split("\n")[0]).toBe("const a = 1");
    expect($("pre").attr("class")).toMatch(/\bhas-diff\b.*\bhas-focused\b.*\bhas-highlighted\b/);
  });

  it("works with # comments too", () => {
    expect(lineClasses(highlight("x = 1  # [!code ++]", "python"))).toEqual(["diff add"]);
  });
});

describe("transformerLineNumbers", () => {
  it("adds line-numbers to <pre> for showLineNumbers, and writes no numbers into the code", () => {
    const $ = highlight("a\nb", "python", "showLineNumbers");
    expect($("pre").hasClass("line-numbers")).toBe(true);
    expect($("code").text()).toBe("a\nb");
    expect(highlight("a", "python", "{1}")("pre").hasClass("line-numbers")).toBe(false);
  });
});

describe("transformerShellPrompt", () => {
  it("highlights the command after $ and puts the prompt apart; other lines are output", () => {
    const $ = highlight("$ npm install \\\n  --save-dev vitest\nadded 3 packages\n$ ls", "bash");
    expect($("pre").hasClass("has-prompts")).toBe(true);
    expect($(".line__prompt").map((_, el) => $(el).text()).get()).toEqual(["$ ", "$ "]);
    expect(lineClasses($)).toEqual(["", "", "line--output", ""]);
    // The command, not "$", is the first token: it is coloured as a command.
    const first = $(".line").first().children("span").eq(1);
    expect(first.text()).toBe("npm");
    expect($("code").text()).toBe("$ npm install \\\n  --save-dev vitest\nadded 3 packages\n$ ls");
  });

  it("leaves blocks without prompts, and other languages, alone", () => {
    expect(highlight("echo $HOME\nls", "bash")("pre").hasClass("has-prompts")).toBe(false);
    const python = highlight("$ x", "python");
    expect(python(".line__prompt")).toHaveLength(0);
  });
});
