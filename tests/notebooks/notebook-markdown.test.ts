// The translator: a notebook's JSON into the Markdown text every other part of Kiln reads, with its problems told.
import { describe, expect, it } from "vitest";
import { cellName } from "../../src/notebooks/article-text.ts";
import { NOTEBOOK_SIZE_LIMIT, notebookToMarkdown } from "../../src/notebooks/notebook-markdown.ts";
import { parseFrontMatter } from "../../src/schema/parse-front-matter.ts";
import { code, display, FRONT, markdown, notebookJson, PNG_2X1, raw, result, stream } from "./notebook-fixtures.ts";

const translate = (json: string) => notebookToMarkdown("content/nb.ipynb", json);
/** The outputs JSON of the first code cell. */
const outputsOf = (text: string): unknown[] => {
  const line = /~~~kiln-notebook-output\n(.*)\n~~~/.exec(text)?.[1];
  return line === undefined ? [] : (JSON.parse(line) as { outputs: unknown[] }).outputs;
};

describe("notebookToMarkdown: what is not a notebook Kiln reads", () => {
  it("tells invalid JSON by line and column", () => {
    const { problems, text } = translate('{"cells": [\n  {"cell_type": "markdown",\n');
    expect(text).toBe("");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.location).toEqual({ file: "content/nb.ipynb", line: 3 });
    expect(problems[0]?.message).toMatch(/^is not valid JSON: .* at column 1$/);
  });

  it("refuses nbformat 3 and a newer major version, with the conversion command", () => {
    const old = translate(JSON.stringify({ nbformat: 3, nbformat_minor: 0, metadata: {}, worksheets: [] })).problems;
    expect(old[0]?.message).toBe("is an nbformat 3 notebook; Kiln reads nbformat 4");
    expect(old[0]?.hint).toContain("jupyter nbconvert --to notebook --nbformat 4");
    const newer = translate(JSON.stringify({ nbformat: 5, nbformat_minor: 0, metadata: {}, cells: [] })).problems;
    expect(newer[0]?.message).toBe("is an nbformat 5 notebook, newer than the nbformat 4 Kiln reads");
    expect(translate("[1, 2]").problems[0]?.message).toContain("not a notebook");
  });

  it("names the cell without a source", () => {
    const json = notebookJson([FRONT, { cell_type: "markdown", metadata: {} }]);
    expect(translate(json).problems.map((problem) => problem.message)).toEqual(['cell 2 has no "source" (a string or a list of lines)']);
  });

  it("refuses a notebook over the size limit before parsing it", () => {
    const huge = notebookJson([FRONT, code("x", [display({ "image/png": "A".repeat(NOTEBOOK_SIZE_LIMIT) })])]);
    const { problems } = translate(huge);
    expect(problems[0]?.message).toMatch(/^is 20\.0 MB, more than the 20 MB Kiln reads from one notebook$/);
    expect(problems[0]?.hint).toContain("Clear Outputs");
  });

  it("leaves out a cell of an unknown type with a warning, keeping the other cells' numbers", () => {
    const json = notebookJson([FRONT, { cell_type: "heading", metadata: {}, source: "x" }, markdown("第三个单元格")]);
    const translated = translate(json);
    expect(translated.problems).toEqual([]);
    expect(translated.warnings[0]?.message).toContain('cell 2 has the unknown cell_type "heading"');
    const line = translated.text.split("\n").indexOf("第三个单元格") + 1;
    expect(cellName(translated.cellLines)(line)).toBe("cell 3");
  });
});

describe("notebookToMarkdown: front matter", () => {
  it("takes the first raw cell's front matter verbatim, and names its lines cell 1", () => {
    const translated = translate(notebookJson([FRONT, markdown("正文")]));
    expect(translated.text).toBe("---\ntitle: 测试笔记本\ndate: 2025-01-01T10:00:00+08:00\n---\n正文\n\n");
    expect(cellName(translated.cellLines)(2)).toBe("cell 1");
    expect(cellName(translated.cellLines)(5)).toBe("cell 2");
  });

  it("reads front matter at the top of a Markdown cell, and TOML between +++ lines, keeping the rest of the cell", () => {
    const yaml = translate(notebookJson([markdown("---\ntitle: 甲\n---\n开头一段。")])).text;
    expect(parseFrontMatter("nb", yaml)).toMatchObject({ data: { title: "甲" }, body: "开头一段。\n\n" });
    const toml = translate(notebookJson([raw('+++\ntitle = "乙"\n+++\n')])).text;
    expect(parseFrontMatter("nb", toml).data).toEqual({ title: "乙" });
  });

  it("writes metadata.kiln as YAML front matter, named metadata.kiln in messages", () => {
    const translated = translate(notebookJson([markdown("正文")], { kiln: { title: "元数据: 标题", tags: ["a", "b"] } }));
    expect(parseFrontMatter("nb", translated.text).data).toEqual({ title: "元数据: 标题", tags: ["a", "b"] });
    expect(cellName(translated.cellLines)(2)).toBe("metadata.kiln");
  });

  it("prefers the first cell's front matter to metadata.kiln, and says so", () => {
    const translated = translate(notebookJson([FRONT], { kiln: { title: "不用" } }));
    expect(parseFrontMatter("nb", translated.text).data["title"]).toBe("测试笔记本");
    expect(translated.warnings[0]?.message).toContain("both its first cell and metadata.kiln");
  });

  it("refuses metadata.kiln that is not a mapping", () => {
    expect(translate(notebookJson([], { kiln: "title" })).problems[0]?.message).toContain("metadata.kiln");
  });

  it("takes a missing title from the first # heading and leaves it out of the body", () => {
    const translated = translate(notebookJson([markdown("# 第一个标题\n\n引言"), markdown("# 另一个")], { kiln: { date: "2025-01-01" } }));
    const { data, body } = parseFrontMatter("nb", translated.text);
    expect(data).toEqual({ date: "2025-01-01", title: "第一个标题" });
    expect(body).not.toContain("第一个标题");
    expect(body).toContain("# 另一个");
    const none = translate(notebookJson([markdown('# "引号" 标题 #\n正文')])).text;
    expect(parseFrontMatter("nb", none).data).toEqual({ title: '"引号" 标题' });
  });

  it("keeps the heading when the front matter has a title", () => {
    const translated = translate(notebookJson([FRONT, markdown("# 小标题")]));
    expect(translated.text).toContain("# 小标题");
  });
});

describe("notebookToMarkdown: cells", () => {
  it("joins Markdown cells given as lists of lines, and closes a fence a cell left open", () => {
    const translated = translate(notebookJson([FRONT, markdown(["第一行\n", "第二行"]), markdown("```python\nx = 1"), markdown("之后")]));
    expect(translated.text).toContain("第一行\n第二行\n\n```python\nx = 1\n```\n\n之后");
  });

  it("fences code in the kernel's language, longer than any backtick run in it, after a cell marker", () => {
    const text = translate(notebookJson([FRONT, code("s = '```'\nprint(s)")], { language_info: { name: "python" } })).text;
    expect(text).toContain('~~~kiln-notebook-cell\n{"count":1,"hideInput":false,"hideOutput":false}\n~~~\n````python\ns = \'```\'\nprint(s)\n````\n~~~kiln-notebook-cell-end\n~~~');
    const r = translate(notebookJson([FRONT, code("x <- 1")], { kernelspec: { language: "R" }, language_info: { name: "R" } })).text;
    expect(r).toContain("```r\nx <- 1\n```");
    const none = translate(JSON.stringify({ nbformat: 4, nbformat_minor: 2, metadata: {}, cells: [FRONT, code("1")] })).text;
    expect(none).toContain("```python\n1\n```");
  });

  it("highlights a cell magic's language", () => {
    const text = translate(notebookJson([FRONT, code("%%bash\necho hi"), code("%%writefile app.js\nlet a = 1"), code("%%time\nsum(range(3))")])).text;
    expect(text).toContain("```bash\n%%bash\necho hi\n```");
    expect(text).toContain("```js\n%%writefile app.js");
    expect(text).toContain("```python\n%%time");
  });

  it("honours remove-cell, remove-input, remove-output, hide-input and hide-output (and JupyterLab's collapsed cells)", () => {
    const out = [stream("stdout", "输出\n")];
    const cells = [
      FRONT,
      code("secret = 1", out, ["remove-cell"]),
      code("only_output()", out, ["remove-input"]),
      code("no_output()", out, ["remove-output"]),
      code("folded_input()", out, ["hide-input"]),
      code("folded_output()", out, ["hide-output"]),
      { ...code("collapsed()", out), metadata: { jupyter: { source_hidden: true, outputs_hidden: true } } },
    ];
    const text = translate(notebookJson(cells)).text;
    expect(text).not.toContain("secret");
    expect(text).not.toContain("only_output");
    expect(text).toContain("no_output()");
    const markers = [...text.matchAll(/~~~kiln-notebook-cell\n(.*)\n/g)].map(([, json]) => JSON.parse(json ?? ""));
    expect(markers.map(({ hideInput, hideOutput }) => [hideInput, hideOutput])).toEqual([
      [false, false],
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ]);
    expect(text.match(/kiln-notebook-output/g)).toHaveLength(4);
  });

  it("drops raw cells after the front matter and empty code cells", () => {
    const text = translate(notebookJson([FRONT, raw("\\begin{latex}"), code("", [], [], null), markdown("正文")])).text;
    expect(text).not.toContain("latex");
    expect(text).not.toContain("kiln-notebook");
  });

  it("writes a Markdown cell's attachments as files", () => {
    const cell = markdown("![示意图](attachment:plot.png)", { attachments: { "plot.png": { "image/png": PNG_2X1 } } });
    const translated = translate(notebookJson([FRONT, cell]));
    const name = translated.assets[0]?.name ?? "";
    expect(name).toMatch(/^nb-[0-9a-f]{12}\.png$/);
    expect(translated.text).toContain(`![示意图](${name})`);
  });
});

describe("notebookToMarkdown: outputs", () => {
  it("merges consecutive writes to a stream and applies \\r and \\b as a terminal would", () => {
    const outputs = [stream("stdout", "a\n"), stream("stdout", ["进度 10%\r进度 100%\n", "ab\bc\n"]), stream("stderr", "警告\n"), stream("stdout", "b\n")];
    expect(outputsOf(translate(notebookJson([FRONT, code("run()", outputs)])).text)).toEqual([
      { type: "stream", name: "stdout", text: "a\n进度 100%\nac\n" },
      { type: "stream", name: "stderr", text: "警告\n" },
      { type: "stream", name: "stdout", text: "b\n" },
    ]);
  });

  it("chooses the richest type Kiln shows: images, HTML (with its text), Markdown, LaTeX, text with its prompt number", () => {
    const outputs = [
      display({ "image/png": PNG_2X1, "text/plain": "<Figure size 2x1 with 1 Axes>" }),
      display({ "image/png": PNG_2X1, "text/plain": "散点图" }, { "image/png": { width: 100 } }),
      display({ "image/svg+xml": ['<svg xmlns="http://www.w3.org/2000/svg" width="30" height="10">', "</svg>"] }),
      result({ "text/html": "<b>粗</b>", "text/plain": "粗" }, 3),
      display({ "text/markdown": "**好**", "text/plain": "好" }),
      display({ "text/latex": "$x^2$", "text/plain": "x**2" }),
      result({ "text/plain": ["[1, 2,\n", " 3]"] }, 4),
    ];
    const translated = translate(notebookJson([FRONT, code("show()", outputs, [], 3)]));
    const [png, svg] = translated.assets;
    expect(outputsOf(translated.text)).toEqual([
      { type: "image", src: png?.name, cell: 2, width: 2, height: 1 },
      { type: "image", src: png?.name, cell: 2, width: 100, height: 50, alt: "散点图" },
      { type: "image", src: svg?.name, cell: 2, width: 30, height: 10 },
      { type: "html", html: "<b>粗</b>", plain: "粗", count: 3 },
      { type: "markdown", text: "**好**" },
      { type: "latex", text: "$x^2$" },
      { type: "text", text: "[1, 2,\n 3]", count: 4 },
    ]);
    expect(translated.assets.map((asset) => asset.name)).toEqual([expect.stringMatching(/\.png$/), expect.stringMatching(/\.svg$/)]);
    expect(translated.text).not.toContain(PNG_2X1.slice(0, 20));
  });

  it("keeps an error's traceback with its colours for the renderer", () => {
    const error = { output_type: "error", ename: "ValueError", evalue: "坏值", traceback: ["\u001b[0;31mValueError\u001b[0m: 坏值"] };
    expect(outputsOf(translate(notebookJson([FRONT, code("f()", [error])])).text)).toEqual([
      { type: "error", ename: "ValueError", evalue: "坏值", traceback: "\u001b[0;31mValueError\u001b[0m: 坏值" },
    ]);
  });

  it("warns once per unknown MIME type with how many outputs and which cells, and shows the rest", () => {
    const widget = display({ "application/vnd.jupyter.widget-view+json": { model_id: "1" } });
    const translated = translate(notebookJson([FRONT, code("w", [widget, stream("stdout", "ok\n")]), code("w2", [widget])]));
    expect(translated.problems).toEqual([]);
    expect(translated.warnings.map((warning) => warning.message)).toEqual([
      "2 outputs of type application/vnd.jupyter.widget-view+json (cell 2, 3) cannot be shown on a static page and are left out",
    ]);
    expect(outputsOf(translated.text)).toEqual([{ type: "stream", name: "stdout", text: "ok\n" }]);
  });

  it("keeps text no Markdown rule can break: fences, shortcodes and HTML in outputs stay data", () => {
    const nasty = "~~~\n```\n{{< youtube x >}}\n<script>alert(1)</script>\n";
    const text = translate(notebookJson([FRONT, code("print(s)", [stream("stdout", nasty)])])).text;
    expect(outputsOf(text)).toEqual([{ type: "stream", name: "stdout", text: nasty }]);
  });
});
