// Tests for fenced code: shiki figures, language labels, plain fallback, unknown-language warnings.
import { load } from "cheerio";
import markdownit from "markdown-it";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeFencePlugin, parseFenceInfo } from "../../src/markdown/code-fence.ts";
import { createKilnHighlighter } from "../../src/markdown/highlight/highlighter.ts";
import type { KilnHighlighter } from "../../src/markdown/highlight/highlighter.ts";
import type { MarkdownWarning } from "../../src/markdown/markdown-warning.ts";

let highlighter: KilnHighlighter;
beforeAll(async () => {
  highlighter = await createKilnHighlighter();
});
afterAll(() => highlighter.dispose());

/** Renders with only the code-fence plugin, collecting warnings. */
function render(source: string, env?: Record<string, unknown>): { html: string; warnings: MarkdownWarning[] } {
  const warnings: MarkdownWarning[] = [];
  const md = markdownit().use(codeFencePlugin, { highlighter, onWarning: (w) => warnings.push(w) });
  return { html: md.render(source, env), warnings };
}

const fence = (info: string, code: string): string => `\`\`\`${info}\n${code}\n\`\`\`\n`;
const PLAIN_HINT =
  'use one of: bash, python, javascript, typescript, jsx, tsx, json, jsonc, yaml, toml, html, css, scss, markdown, rust, go, c, cpp, java, kotlin, swift, sql, dockerfile, diff, ini, xml, lua, ruby, php, csharp, powershell, makefile, nginx, graphql, vue, jinja, hcl, r, matlab, protobuf, terraform (or "text" for plain text)';

describe("parseFenceInfo", () => {
  it.each([
    ["python", { language: "python", meta: "" }],
    ['python title="train.py" {1,3}', { language: "python", meta: 'title="train.py" {1,3}' }],
    ["python{1,3}", { language: "python", meta: "{1,3}" }],
    ["  sh  ", { language: "sh", meta: "" }],
    ["", { language: "", meta: "" }],
    ["{1,3}", { language: "", meta: "{1,3}" }],
    ['title="out.txt" {1}', { language: "", meta: 'title="out.txt" {1}' }],
  ])("%j", (info, expected) => {
    expect(parseFenceInfo(info)).toEqual(expected);
  });
});

describe("codeFencePlugin", () => {
  it("wraps highlighted code in a labelled figure", () => {
    const { html, warnings } = render(fence("python", 'print("你好")'));
    expect(html.startsWith('<figure class="code-block" data-lang="python"><figcaption class="code-block__caption"><span class="code-block__lang">python</span></figcaption><pre class="shiki shiki-themes github-light-default github-dark-default" ')).toBe(true);
    expect(html.endsWith("</code></pre></figure>\n")).toBe(true);
    const $ = load(html, null, false);
    expect($("pre").attr("tabindex")).toBe("0");
    expect($("pre").attr("style")).toContain("--shiki-dark-bg:");
    expect($("pre code").text()).toBe('print("你好")');
    expect($("pre span[style*='--shiki-light:']").length).toBeGreaterThan(0);
    expect(html).not.toMatch(/[";]color:/);
    expect(warnings).toEqual([]);
  });

  it("highlights an alias with its grammar and shows the name the author wrote", () => {
    const { html, warnings } = render(fence("sh", "echo hello | grep h"));
    const $ = load(html, null, false);
    expect($("figure").attr("data-lang")).toBe("bash");
    expect($("figcaption").text()).toBe("sh");
    expect($("pre").hasClass("shiki")).toBe(true);
    expect($("pre").hasClass("shiki--plain")).toBe(false);
    // `echo` is a builtin: coloured differently from the default foreground.
    const echo = $("span").filter((_, el) => $(el).text() === "echo");
    expect(echo.attr("style")).toMatch(/^--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}$/);
    expect(warnings).toEqual([]);
  });

  it("takes the first word as language and keeps the rest in data-meta, escaped", () => {
    const { html } = render(fence('python title="train.py" {1,3}', "x = 1"));
    expect(html).toContain('<figure class="code-block" data-lang="python" data-meta="title=&quot;train.py&quot; {1,3}"><figcaption class="code-block__caption"><span class="code-block__title">train.py</span><span class="code-block__lang">python</span></figcaption><pre class="shiki shiki-themes');
    const $ = load(html, null, false);
    expect($("figure").attr("data-meta")).toBe('title="train.py" {1,3}');
  });

  it("keeps template syntax and HTML in code verbatim", () => {
    const code = "{% raw %}\n<script>alert('{{ name }}')</script>\n{% endraw %}";
    for (const info of ["html", "", "foo"]) {
      const { html } = render(fence(info, code));
      expect(html).not.toContain("<script>");
      expect(load(html, null, false)("pre code").text()).toBe(code);
    }
  });

  it("renders a fence without language as plain text, without a label or warning", () => {
    const { html, warnings } = render(fence("", "a < b && c"));
    expect(html).toBe('<figure class="code-block"><pre class="shiki shiki--plain" tabindex="0"><code>a &lt; b &amp;&amp; c</code></pre></figure>\n');
    expect(warnings).toEqual([]);
  });

  it('renders "text" as plain text without warning', () => {
    const { html, warnings } = render(fence("txt", "just words"));
    expect(html).toBe('<figure class="code-block" data-lang="text"><figcaption class="code-block__caption"><span class="code-block__lang">txt</span></figcaption><pre class="shiki shiki--plain" tabindex="0"><code>just words</code></pre></figure>\n');
    expect(warnings).toEqual([]);
  });

  it("falls back to escaped plain text for an unknown language and warns once per language", () => {
    const source = `# T\n\n${fence("foo", "<b>{{ x }}</b>")}\n${fence("FOO", "y")}\n${fence("bar", "z")}`;
    const { html, warnings } = render(source, { page: { inputPath: "./content/ai/intro.md" } });
    expect(html).toContain('<figure class="code-block" data-lang="foo"><figcaption class="code-block__caption"><span class="code-block__lang">foo</span></figcaption><pre class="shiki shiki--plain" tabindex="0"><code>&lt;b&gt;{{ x }}&lt;/b&gt;</code></pre></figure>\n');
    expect(html).toContain('<figure class="code-block" data-lang="FOO"><figcaption class="code-block__caption"><span class="code-block__lang">FOO</span></figcaption><pre class="shiki shiki--plain" tabindex="0"><code>y</code></pre></figure>\n');
    expect(warnings).toEqual([
      {
        file: "./content/ai/intro.md",
        line: 3,
        message: 'unknown code language "foo" (line 3 of the article body)',
        hint: PLAIN_HINT,
      },
      {
        file: "./content/ai/intro.md",
        line: 11,
        message: 'unknown code language "bar" (line 11 of the article body)',
        hint: PLAIN_HINT,
      },
    ]);
  });

  it("reports file lines when the caller says where the body starts", () => {
    const { warnings } = render(`text\n\n${fence("foo", "x")}`, { page: { inputPath: "a.md" }, kilnBodyLine: 6 });
    expect(warnings).toEqual([{ file: "a.md", line: 8, message: 'unknown code language "foo"', hint: PLAIN_HINT }]);
  });

  it("warns again on the next render (each render is one page)", () => {
    const warnings: MarkdownWarning[] = [];
    const md = markdownit().use(codeFencePlugin, { highlighter, onWarning: (w) => warnings.push(w) });
    md.render(fence("foo", "x"), { page: { inputPath: "a.md" } });
    md.render(fence("foo", "x"), { page: { inputPath: "b.md" } });
    expect(warnings.map((w) => w.file)).toEqual(["a.md", "b.md"]);
  });

  it("has no file when rendered without env", () => {
    const { warnings } = render(fence("foo", "x"));
    expect(warnings[0]?.file).toBeUndefined();
  });

  it("works without a warning handler", () => {
    const md = markdownit().use(codeFencePlugin, { highlighter });
    expect(md.render(fence("foo", "x"))).toContain('class="shiki shiki--plain"');
  });

  it("keeps indented code blocks", () => {
    const { html } = render("para\n\n    const a = 1;\n");
    expect(html).toBe("<p>para</p>\n<pre><code>const a = 1;\n</code></pre>\n");
  });

  it("keeps the code's own blank lines but drops the fence's final newline", () => {
    const { html } = render(fence("", "a\n\nb\n"));
    expect(load(html, null, false)("code").text()).toBe("a\n\nb\n");
  });
});

describe("codeFencePlugin: titles, terminals and meta", () => {
  it("shows a title before the language, escaped", () => {
    const { html } = render(fence('python title="train <v2>.py" {2}', "a = 1\nb = 2"));
    const $ = load(html, null, false);
    expect($("figcaption .code-block__title").text()).toBe("train <v2>.py");
    expect($("figcaption .code-block__lang").text()).toBe("python");
    expect(html).toContain("train &lt;v2&gt;.py");
    expect($(".line").eq(1).hasClass("highlighted")).toBe(true);
  });

  it("reads the meta when it is glued to the language", () => {
    const { html } = render(fence("python{2}", "a = 1\nb = 2"));
    expect(load(html, null, false)(".line").eq(1).hasClass("highlighted")).toBe(true);
  });

  it("shows a title on a block without language", () => {
    const { html } = render(fence('title="output.txt"', "hello"));
    const $ = load(html, null, false);
    expect($("figcaption").html()).toBe('<span class="code-block__title">output.txt</span>');
    expect($("pre").hasClass("shiki--plain")).toBe(true);
  });

  it.each(["bash", "sh", "shell", "console"])("makes %s a terminal", (info) => {
    const { html } = render(fence(info, "$ ls"));
    expect(load(html, null, false)("figure").attr("class")).toBe("code-block code-block--terminal");
  });

  it("does not make other languages terminals", () => {
    const { html } = render(fence("python", "x"));
    expect(load(html, null, false)("figure").attr("class")).toBe("code-block");
  });
});
