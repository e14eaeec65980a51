// The cells' renderer: a translated notebook through Kiln's whole markdown-it, checked as HTML.
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMarkdown, type MarkdownWarning } from "../../src/markdown/create-markdown.ts";
import { createKilnHighlighter, type KilnHighlighter } from "../../src/markdown/highlight/highlighter.ts";
import { LONG_OUTPUT_LINES } from "../../src/notebooks/render-outputs.ts";
import { notebookToMarkdown } from "../../src/notebooks/notebook-markdown.ts";
import { parseFrontMatter } from "../../src/schema/parse-front-matter.ts";
import { code, display, FRONT, notebookJson, PNG_2X1, result, stream } from "./notebook-fixtures.ts";

let highlighter: KilnHighlighter;
beforeAll(async () => {
  highlighter = await createKilnHighlighter();
});
afterAll(() => highlighter.dispose());

/** Renders a notebook of these cells as a page would, and collects the Markdown warnings. */
function renderCells(cells: Record<string, unknown>[], options: { rawHtml?: boolean; lang?: string } = {}) {
  const warnings: MarkdownWarning[] = [];
  const md = createMarkdown({ highlighter, rawHtml: options.rawHtml, onWarning: (warning) => warnings.push(warning) });
  const { body } = parseFrontMatter("nb.ipynb", notebookToMarkdown("nb.ipynb", notebookJson([FRONT, ...cells])).text);
  return { $: load(md.render(body, { pageLang: options.lang ?? "en" }), null, false), warnings };
}

describe("notebookCellsPlugin", () => {
  it("renders a cell as its prompt, highlighted code and outputs, with no warning about the markers", () => {
    const { $, warnings } = renderCells([code("print('hi')", [stream("stdout", "hi\n"), result({ "text/plain": "42" }, 7)], [], 7)]);
    expect(warnings).toEqual([]);
    expect($(".nb-cell > .nb-input > .nb-prompt").text()).toBe("In [7]:");
    expect($(".nb-cell > .nb-input > figure.code-block[data-lang=python] pre.shiki").text()).toBe("print('hi')");
    expect($(".nb-outputs > pre.nb-stream.nb-stdout").text()).toBe("hi");
    expect($(".nb-outputs > .nb-result > .nb-prompt").text()).toBe("Out[7]:");
    expect($(".nb-outputs > .nb-result > pre.nb-text").text()).toBe("42");
    expect($("pre").map((_, pre) => $(pre).attr("tabindex")).get()).toEqual(["0", "0", "0"]);
    expect($.html()).not.toContain("kiln-notebook");
  });

  it("shows an unexecuted cell's prompt empty, and a remove-input cell's outputs alone", () => {
    const { $ } = renderCells([code("x", [], [], null), code("y", [stream("stdout", "只有输出\n")], ["remove-input"])]);
    expect($(".nb-prompt").first().text()).toBe("In [ ]:");
    expect($(".nb-cell").eq(1).find(".nb-input").length).toBe(0);
    expect($(".nb-cell").eq(1).find(".nb-stdout").text()).toBe("只有输出");
  });

  it("folds hidden input and output and long outputs, labelled in the page's language", () => {
    const long = Array.from({ length: LONG_OUTPUT_LINES + 5 }, (_, i) => `line ${i}`).join("\n");
    const { $ } = renderCells([code("a", [stream("stdout", "x\n")], ["hide-input", "hide-output"]), code("b", [stream("stdout", long)])], { lang: "zh-CN" });
    expect($(".nb-input > details.nb-hidden > summary").text()).toBe("显示代码");
    expect($(".nb-input > details.nb-hidden pre.shiki").text()).toBe("a");
    expect($(".nb-outputs > details.nb-hidden > summary").text()).toBe("显示输出");
    expect($("details.nb-long > summary").text()).toBe(`输出：${LONG_OUTPUT_LINES + 5} 行`);
    expect($("details.nb-long > pre.nb-stdout").text()).toContain("line 44");
    const short = renderCells([code("c", [stream("stdout", "one\ntwo\n")])]).$;
    expect(short("details").length).toBe(0);
  });

  it("turns ANSI colours into classes and escapes the text", () => {
    const error = { output_type: "error", ename: "KeyError", evalue: "'<x>'", traceback: ["\u001b[0;31mKeyError\u001b[0m: '<x>'"] };
    const { $ } = renderCells([code("d['<x>']", [error, stream("stderr", "\u001b[1;33mwarn\u001b[0m <b>\n")])]);
    expect($("pre.nb-error span.ansi-red-fg").text()).toBe("KeyError");
    expect($("pre.nb-error").text()).toBe("KeyError: '<x>'");
    expect($("pre.nb-stderr span.ansi-yellow-fg").text()).toBe("warn");
    expect($("pre.nb-stderr b").length).toBe(0);
    expect($.html()).not.toContain("\u001b");
  });

  it("shows HTML outputs only where raw HTML is allowed, their text otherwise", () => {
    const html = result({ "text/html": "<table><tr><td>1</td></tr></table>", "text/plain": "表格" });
    expect(renderCells([code("df", [html])]).$(".nb-html table td").text()).toBe("1");
    const plain = renderCells([code("df", [html])], { rawHtml: false }).$;
    expect(plain("table").length).toBe(0);
    expect(plain(".nb-result pre.nb-text").text()).toBe("表格");
  });

  it("renders images as files with their size and alt text, Markdown and LaTeX through Kiln's renderer", () => {
    const outputs = [
      display({ "image/png": PNG_2X1, "text/plain": "<Figure>" }),
      display({ "text/markdown": "**粗体** 和 `代码`" }),
      display({ "text/latex": "\\frac{1}{2}" }),
    ];
    const { $ } = renderCells([code("show()", outputs, [], 2)], { lang: "zh" });
    const img = $("img.nb-image");
    expect(img.attr("src")).toMatch(/^nb-[0-9a-f]{12}\.png$/);
    expect([img.attr("width"), img.attr("height"), img.attr("loading")]).toEqual(["2", "1", "lazy"]);
    expect(img.attr("alt")).toBe("单元格 2 的输出图像");
    expect($(".nb-markdown strong").text()).toBe("粗体");
    expect($(".nb-latex .katex").length).toBeGreaterThan(0);
  });

  it("shows a hand-broken output marker as text instead of failing", () => {
    const md = createMarkdown({ highlighter });
    const html = md.render("~~~kiln-notebook-cell\n{}\n~~~\n~~~kiln-notebook-output\n{not json <b>\n~~~\n~~~kiln-notebook-cell-end\n~~~\n");
    expect(load(html, null, false)("pre.nb-text").text()).toBe("{not json <b>\n");
  });
});
