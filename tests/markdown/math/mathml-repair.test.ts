// Tests for the repair of KaTeX's MathML: what KaTeX writes wrong becomes MathML that an HTML parser keeps as MathML,
// with each script and fraction holding its arguments; what KaTeX writes right comes back byte for byte.
import { load } from "cheerio";
import katex from "katex";
import { describe, expect, it } from "vitest";
import { repairMathml } from "../../../src/markdown/math/mathml-repair.ts";

const render = (tex: string): string => katex.renderToString(tex, { throwOnError: false, strict: false, displayMode: true });
const MATHML = "http://www.w3.org/1998/Math/MathML";
const ARITY: Record<string, number> = { msub: 2, msup: 2, munder: 2, mover: 2, mfrac: 2, mroot: 2, msubsup: 3, munderover: 3 };

/** What the HTML parser makes of a formula's MathML that the MathML specifications (3 and Core) do not allow. */
function problems(html: string): string[] {
  const $ = load(`<!doctype html><p>${html}</p>`);
  return $("math *")
    .map((_, el) => {
      if (el.namespace !== MATHML && $(el).closest("annotation").length === 0) return `<${el.tagName}> left MathML`;
      const arity = ARITY[el.tagName];
      const count = $(el).children().length;
      if (arity !== undefined && count !== arity) return `<${el.tagName}> has ${count} children`;
      if (el.tagName === "mtd" && $(el).attr("width") !== undefined) return "<mtd width>";
      return undefined;
    })
    .get();
}

describe("repairMathml", () => {
  it.each([
    ["a function name as a subscript (KaTeX#3721)", "\\lambda_{\\max}"],
    ["a function name as a superscript", "x^{\\log}"],
    ["a function name as a numerator", "\\frac{\\max}{2}"],
    ["a function name as a root's index", "\\sqrt[\\max]{x}"],
    ["an operator name as a subscript", "x_{\\operatorname{softmax}}"],
    ["\\underset (KaTeX#3978)", "\\underset{\\theta}{\\arg\\min} L"],
    ["\\stackrel", "\\stackrel{\\text{def}}{=}"],
    ["\\mathop with limits", "\\mathop{x}\\limits_a"],
    ["\\bmod", "a \\bmod b"],
    ["\\vcenter in \\mathrel", "a \\mathrel{\\vcenter{:}}= b"],
    ["\\tag's padding cells", "x \\tag{1}"],
  ])("repairs %s", (_, tex) => {
    const html = render(tex);
    // When this fails, KaTeX writes the formula right: the repair of this case can go.
    expect(problems(html), "KaTeX's own output").not.toEqual([]);
    expect(problems(repairMathml(html))).toEqual([]);
    expect(repairMathml(repairMathml(html))).toBe(repairMathml(html));
  });

  it("keeps the formula's content and its source annotation", () => {
    const $ = load(repairMathml(render("\\lambda_{\\max} \\le \\underset{\\theta}{\\arg\\min}")));
    expect($("math mrow mrow").first().text()).toBe("max\u2061");
    expect($("annotation").text()).toBe("\\lambda_{\\max} \\le \\underset{\\theta}{\\arg\\min}");
    expect($(".katex-html").length).toBe(1);
  });

  it.each([
    "\\sum_{i=1}^{n} x_i",
    "\\max_{i} x_i",
    "\\sin^2 x + \\log_{10} x",
    "\\operatorname{softmax}(z)_i",
    "\\lim_{x \\to 0} \\frac{\\sin x}{x}",
    "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}",
    "\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{否则} \\end{cases}",
    "a < b \\text{ <script> & \"q\" }",
    "\\hat{y} = \\sigma(Wx + b) \\quad \\|w\\|_2^2",
    "\\frac{1}{",
  ])("leaves what KaTeX writes right byte for byte: %s", (tex) => {
    const html = render(tex);
    expect(problems(html)).toEqual([]);
    expect(repairMathml(html)).toBe(html);
  });

  it("leaves markup it cannot read as it is", () => {
    for (const html of ["<math><mi>x</mo></math>", "<math><mi>a</mi> < b</math>", "<math><msub><mi>x</mi>", "no math at all"]) {
      expect(repairMathml(html)).toBe(html);
    }
  });
});
