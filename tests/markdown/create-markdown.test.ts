// Tests for Kiln's assembled markdown-it: options, CJK, footnotes, tables and every plugin together.
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/create-markdown.ts";
import type { MarkdownWarning } from "../../src/markdown/create-markdown.ts";
import { createKilnHighlighter } from "../../src/markdown/highlight/highlighter.ts";
import type { KilnHighlighter } from "../../src/markdown/highlight/highlighter.ts";
import { extractToc } from "../../src/markdown/toc.ts";

let highlighter: KilnHighlighter;
beforeAll(async () => {
  highlighter = await createKilnHighlighter();
});
afterAll(() => highlighter.dispose());

const render = (source: string, env?: Record<string, unknown>): string =>
  createMarkdown({ highlighter }).render(source, env);

describe("createMarkdown", () => {
  it("closes emphasis next to Chinese punctuation", () => {
    expect(render("**具体：**与其说是工具")).toBe("<p><strong>具体：</strong>与其说是工具</p>\n");
    expect(render("这是*强调。*然后")).toBe("<p>这是<em>强调。</em>然后</p>\n");
  });

  it("adds no space at a line break between Chinese characters, but keeps it in English", () => {
    expect(render("第一行\n第二行")).toBe("<p>第一行第二行</p>\n");
    expect(render("first line\nsecond line")).toBe("<p>first line\nsecond line</p>\n");
    expect(render("中文\nEnglish")).toBe("<p>中文\nEnglish</p>\n");
  });

  it("linkifies bare URLs (but not scheme-less domains) and marks them external", () => {
    expect(render("- TensorFlow: https://www.tensorflow.org/\n- 官网 www.example.com")).toBe(
      '<ul>\n<li>TensorFlow: <a href="https://www.tensorflow.org/" class="external" rel="noopener">https://www.tensorflow.org/</a></li>\n<li>官网 www.example.com</li>\n</ul>\n',
    );
  });

  it("ends a bare URL at Chinese punctuation", () => {
    const $ = load(render("访问 https://example.com/docs。然后继续"), null, false);
    expect($("a").attr("href")).toBe("https://example.com/docs");
  });

  it("refuses javascript: links", () => {
    expect(render("[点我](javascript:alert(1))")).toBe("<p>[点我](javascript:alert(1))</p>\n");
  });

  it("renders footnotes", () => {
    const $ = load(render("正文[^1]。\n\n[^1]: 注释内容。"), null, false);
    expect($("sup.footnote-ref a").attr("href")).toBe("#fn1");
    expect($("section.footnotes li#fn1").text()).toContain("注释内容。");
    expect($("a.footnote-backref").attr("href")).toBe("#fnref1");
  });

  it("renders tables and strikethrough", () => {
    expect(render("| 模型 | 准确率 |\n|:---|---:|\n| CNN | ~~90%~~ 95% |")).toBe(
      '<table>\n<thead>\n<tr>\n<th style="text-align:left">模型</th>\n<th style="text-align:right">准确率</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style="text-align:left">CNN</td>\n<td style="text-align:right"><s>90%</s> 95%</td>\n</tr>\n</tbody>\n</table>\n',
    );
  });

  it("passes raw HTML through and keeps quotes straight", () => {
    expect(render('<kbd>Ctrl</kbd> + "C" -- (c)')).toBe("<p><kbd>Ctrl</kbd> + &quot;C&quot; -- (c)</p>\n");
  });

  it("puts every feature together", () => {
    const source = [
      "## 实战项目：图像分类",
      "",
      "![数据集示例|wide](https://images.unsplash.com/x?w=1200&h=600)",
      "",
      "```py",
      "print('{{ name }}')",
      "```",
      "",
      "### 结果",
    ].join("\n");
    const html = render(source);
    const $ = load(html, null, false);
    expect($("h2").attr("id")).toBe("实战项目-图像分类");
    expect($("h2 a.heading-anchor").attr("href")).toBe("#实战项目-图像分类");
    expect($("figure.figure--wide img.wide").attr("width")).toBe("1200");
    expect($("figure.code-block").attr("data-lang")).toBe("python");
    expect($("figure.code-block figcaption").text()).toBe("py");
    expect($("figure.code-block pre.shiki code").text()).toBe("print('{{ name }}')");
    expect(extractToc(html)).toEqual([
      { id: "实战项目-图像分类", text: "实战项目：图像分类", level: 2, children: [{ id: "结果", text: "结果", level: 3, children: [] }] },
    ]);
  });

  it("reports unknown languages with the file and line from env", () => {
    const warnings: MarkdownWarning[] = [];
    const md = createMarkdown({ highlighter, onWarning: (w) => warnings.push(w) });
    md.render("```foo\na\n```\n\n```foo\nb\n```\n", { page: { inputPath: "./content/ai/intro.md" }, kilnBodyLine: 7 });
    expect(warnings).toEqual([
      {
        file: "./content/ai/intro.md",
        line: 7,
        message: 'unknown code language "foo"',
        hint: expect.stringMatching(/^use one of: bash, python, .*, terraform \(or "text" for plain text\)$/) as unknown as string,
      },
    ]);
  });

  it("keeps indented code blocks", () => {
    expect(render("段落\n\n    x = 1\n")).toBe("<p>段落</p>\n<pre><code>x = 1\n</code></pre>\n");
  });
});
