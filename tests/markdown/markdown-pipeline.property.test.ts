// Property test: Kiln's whole Markdown pipeline renders any mix of the constructs real sites use without throwing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/create-markdown.ts";
import { createKilnHighlighter, type KilnHighlighter } from "../../src/markdown/highlight/highlighter.ts";
import type { MarkdownWarning } from "../../src/markdown/markdown-warning.ts";

let highlighter: KilnHighlighter;
beforeAll(async () => {
  highlighter = await createKilnHighlighter();
});
afterAll(() => highlighter.dispose());

/** Characters whose widths decide soft breaks: Han, kana, fullwidth and halfwidth forms, Hangul, ZWSP, CJK Ext-B. */
const cjkText = fc.string({
  unit: fc.constantFrom("中", "文", "。", "，", "：", "「", "」", "か", "ﾃ", "Ａ", "한", "𠀀", "\u200b", "°", "a", " "),
  minLength: 1,
  maxLength: 6,
});

/** One piece of inline Markdown; some are deliberately broken (unclosed, empty, lone markers). */
const fragment: fc.Arbitrary<string> = fc.oneof(
  cjkText,
  fc.constantFrom("word", "Latin", "x", "123", "&amp;", "\\*", "<b>粗</b>", "[^1]", "  "),
  cjkText.map((text) => `\`${text}\``),
  fc.constantFrom("`code`", "``", "`", "``a ` b``"),
  fc.constantFrom("![a](/img/a.png)", "![图|wide](https://e.com/a.jpg?w=10&h=5)", "![](./b.png)", "[![a](/a.png)](/b)"),
  fc.constantFrom("[链接](https://e.com/a)", "[文](./other.md#标题)", "[](/x)", "[x](javascript:alert(1))", "<https://e.com>"),
  cjkText.chain((text) => fc.constantFrom(`**${text}**`, `*${text}*`, `~~${text}~~`, `**${text}`, `${text}*`)),
  fc.constantFrom("****", "**", "~~", "*"),
  fc.constantFrom("{.x}", "{#id}", "{.x #y}"),
  fc.constantFrom(
    '{{< figure src="/a.png" caption="图" >}}',
    '{{< ref "a.md" >}}',
    "{{< youtube abc >}}",
    "{{< notice tip >}}",
    "{{< /notice >}}",
    "{{< highlight go >}}",
    "{{< /highlight >}}",
    '{{% admonition type="warning" %}}',
    "{{%/* raw */%}}",
    '{{< link "https://e.com" "文" >}}',
    '{{< image src="/a.png" alt="图" >}}',
    "{{< version 1.2.0 changed >}}",
    "{{< mermaid >}}",
    "{{< /mermaid >}}",
    '{{< style "color: red" >}}',
    "{{< /style >}}",
    '{{< tabs items="A,B" >}}',
    "{{< tab >}}",
    '{{< tab "名" >}}',
    "{{< /tab >}}",
    "{{< /tabs >}}",
  ),
  fc.constantFrom("$x^2$", "$$", "$\\frac{1}{$", "$中文$", "\\$5"),
  fc.constantFrom("https://e.com/path", "https://e.com/中文。", "www.e.com"),
);

const inlineLine = fc.array(fragment, { minLength: 1, maxLength: 5 }).chain((parts) =>
  fc.constantFrom("", " ").map((glue) => parts.join(glue)),
);

/** Line starts that open blocks (headings, lists, quotes, containers, tables, fences). */
const prefix = fc.constantFrom("", "", "", "# ", "## ", "- ", "1. ", "> ", "    ", "| ", "::: tip ", "> [!NOTE] ");
const blockLine = fc.constantFrom("```js", "```", "```mermaid", "~~~python", "```unknown-lang", ":::", "---", "|---|---|", "<div>", "</div>", "[^1]: 注。");

const line = fc.oneof({ weight: 4, arbitrary: fc.tuple(prefix, inlineLine).map(([p, text]) => p + text) }, { weight: 1, arbitrary: blockLine });

/** A document: lines joined by single (soft break) and double (new paragraph) newlines. */
const document = fc
  .array(fc.tuple(line, fc.constantFrom("\n", "\n", "\n\n")), { minLength: 1, maxLength: 12 })
  .map((pairs) => pairs.map(([text, end]) => text + end).join(""));

describe("the Markdown pipeline", () => {
  it("renders any mix of CJK, code, images, links, emphasis, shortcodes and math without throwing", () => {
    const warnings: MarkdownWarning[] = [];
    const md = createMarkdown({ highlighter, onWarning: (warning) => warnings.push(warning) });
    fc.assert(
      fc.property(document, (source) => {
        expect(typeof md.render(source, { page: { inputPath: "post.md" }, kilnBodyLine: 3 })).toBe("string");
      }),
      { numRuns: 400 },
    );
  });

  it("renders the inputs that crashed markdown-it-cjk-breaks 2.0.0", () => {
    const md = createMarkdown({ highlighter });
    expect(md.render("中文。\n![a](https://e.com/a.jpg)\n中文")).toBe(
      '<p>中文。\n<img src="https://e.com/a.jpg" alt="a" loading="lazy" decoding="async">\n中文</p>\n',
    );
    expect(md.render("中文\n`code`\n中文")).toBe("<p>中文\n<code>code</code>\n中文</p>\n");
    expect(md.render("**a**\nb")).toBe("<p><strong>a</strong>\nb</p>\n");
  });
});
