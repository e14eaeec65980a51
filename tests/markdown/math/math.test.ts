// Tests for build-time KaTeX: inline and display math, and dollars that must stay text.
import { load } from "cheerio";
import markdownit from "markdown-it";
import { describe, expect, it } from "vitest";
import { mathPlugin } from "../../../src/markdown/math/math.ts";
import type { MarkdownWarning } from "../../../src/markdown/markdown-warning.ts";

const warnings: MarkdownWarning[] = [];
const md = markdownit().use(mathPlugin, { onWarning: (w) => warnings.push(w) });
const tex = (html: string): string[] =>
  load(html, null, false)("annotation[encoding='application/x-tex']").map((_, el) => load(el).text()).get();

describe("mathPlugin", () => {
  it("renders inline math as KaTeX HTML with MathML, next to Chinese", () => {
    const html = md.render("函数$f(x)=x^2$的导数是 $2x$。");
    expect(tex(html)).toEqual(["f(x)=x^2", "2x"]);
    const $ = load(html, null, false);
    expect($(".katex .katex-mathml math").length).toBe(2);
    expect($(".katex .katex-html").attr("aria-hidden")).toBe("true");
    expect($("p").text()).toMatch(/^函数/);
  });

  it("renders $$ blocks in display mode", () => {
    const $ = load(md.render("$$\n\\frac{1}{n}\\sum_{i=1}^{n} x_i\n$$\n"), null, false);
    expect($("p.katex-block .katex-display math").attr("display")).toBe("block");
  });

  it.each([
    ["zh-CN", "公式"],
    ["zh", "公式"],
    ["en", "Formula"],
    [undefined, "Formula"],
  ])("makes a display formula a keyboard stop named in the page's language (%s: %s)", (pageLang, label) => {
    const $ = load(md.render("$$\n\\sum_{i=1}^{n} x_i\n$$\n", { pageLang }), null, false);
    const block = $("p.katex-block");
    expect([block.attr("tabindex"), block.attr("role"), block.attr("aria-label")]).toEqual(["0", "group", label]);
    // The formula itself stays for the MathML to say.
    expect(block.find("math").length).toBe(1);
  });

  it("labels a $$ formula inside a paragraph too, and leaves inline math alone", () => {
    const $ = load(md.render("梯度 $\\nabla L$ 与 $$x^2$$", { pageLang: "zh" }), null, false);
    expect($(".katex-block").attr("aria-label")).toBe("公式");
    expect($("[tabindex]").length).toBe(1);
  });

  it("hands the MathML over repaired: a function name in a subscript is one argument", () => {
    const $ = load(md.render("$\\lambda_{\\max}$"), null, false);
    expect($("msub").children().map((_, el) => el.tagName).get()).toEqual(["mi", "mrow"]);
  });

  it("allows Chinese inside \\text{} without complaints", () => {
    expect(tex(md.render("$\\text{损失} = 1$"))).toEqual(["\\text{损失} = 1"]);
  });

  it.each([
    ["prices", "价格从 $5 降到 $3，省了 $2。", "价格从 $5 降到 $3，省了 $2。"],
    ["English prices", "It costs $5 and $6.", "It costs $5 and $6."],
    ["a price then a prompt", "房价 $120 万，提示符 $ 后面输入命令", "房价 $120 万，提示符 $ 后面输入命令"],
    ["spaced dollars", "a $ b $ c", "a $ b $ c"],
    ["an escaped dollar", "花费 \\$3 和 \\$4", "花费 $3 和 $4"],
    ["dollars in code", "运行 `echo $HOME` 和 `$ ls`", "运行 echo $HOME 和 $ ls"],
  ])("keeps %s as text", (_, source, text) => {
    const html = md.render(source);
    expect(html).not.toContain("katex");
    expect(load(html, null, false)("p").text()).toBe(text);
  });

  it("warns about a formula KaTeX cannot parse and shows its source", () => {
    warnings.length = 0;
    const html = md.render("坏公式 $\\frac{1$ 结束", { page: { inputPath: "a.md" }, kilnBodyLine: 5 });
    expect(load(html, null, false)(".katex-error").text()).toBe("\\frac{1");
    expect(warnings).toEqual([
      { file: "a.md", line: undefined, message: 'KaTeX cannot render the formula "\\frac{1"', hint: "fix the LaTeX, or write \\$ for a literal dollar sign" },
    ]);
  });
});
