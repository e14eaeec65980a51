// Tests for hugoShortcodesPlugin through Kiln's full markdown-it: Hugo shortcodes become Kiln's own constructs.
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMarkdown } from "../../../src/markdown/create-markdown.ts";
import { createKilnHighlighter, type KilnHighlighter } from "../../../src/markdown/highlight/highlighter.ts";
import type { MarkdownWarning } from "../../../src/markdown/markdown-warning.ts";

describe("hugoShortcodesPlugin", () => {
  let highlighter: KilnHighlighter;
  const warnings: MarkdownWarning[] = [];
  const render = (src: string) => {
    warnings.length = 0;
    const md = createMarkdown({ highlighter, onWarning: (w) => warnings.push(w) });
    return load(md.render(src, { page: { inputPath: "post.md" }, kilnBodyLine: 5 }));
  };

  beforeAll(async () => {
    highlighter = await createKilnHighlighter();
  });
  afterAll(() => highlighter.dispose());

  it("renders figure as a figure with its caption", () => {
    const $ = render('{{< figure src="/img/net.png" alt="网络结构" caption="图 1：网络" >}}');
    expect($("figure.figure img").attr("src")).toBe("/img/net.png");
    expect($("figure.figure img").attr("alt")).toBe("网络结构");
    expect($("figure.figure figcaption").text()).toBe("图 1：网络");
  });

  it("renders highlight as a highlighted code block", () => {
    const $ = render('{{< highlight go "linenos=table" >}}\nfmt.Println("hi")\n{{< /highlight >}}');
    expect($("figure.code-block").attr("data-lang")).toBe("go");
    expect($("figure.code-block code").text()).toBe('fmt.Println("hi")');
  });

  it("turns ref and relref into links to the source file", () => {
    const $ = render('[上一篇]({{< ref "ai/cnn.md" >}}) 和 [下一节]({{< relref "./rnn.md#训练" >}})');
    expect($("a").map((_, a) => $(a).attr("href")).get()).toEqual(["/ai/cnn.md", "./rnn.md#%E8%AE%AD%E7%BB%83"]);
  });

  it("maps admonition-style shortcodes to Kiln's admonitions", () => {
    const $ = render('{{< notice warning "小心" >}}\n先备份数据。\n{{< /notice >}}\n\n{{% admonition type="tip" title="提示" %}}\n多写测试。\n{{% /admonition %}}');
    expect($(".admonition--warning .admonition__title").text()).toBe("小心");
    expect($(".admonition--warning p").last().text()).toBe("先备份数据。");
    expect($(".admonition--tip .admonition__title").text()).toBe("提示");
  });

  it("leaves shortcodes in code alone", () => {
    const $ = render('`{{< ref "a.md" >}}`\n\n```text\n{{< figure src="x" >}}\n```');
    expect($("p code").text()).toBe('{{< ref "a.md" >}}');
    expect($("pre code").text()).toBe('{{< figure src="x" >}}');
    expect(warnings).toEqual([]);
  });

  const html = (src: string, env: Record<string, unknown> = {}) => {
    warnings.length = 0;
    const md = createMarkdown({ highlighter, onWarning: (w) => warnings.push(w) });
    return md.render(src, { page: { inputPath: "post.md" }, kilnBodyLine: 5, ...env });
  };

  it("renders link as a Markdown link, its text and title escaped", () => {
    expect(html('{{< link "https://e.com/a b" "A *b* <i>" >}} 和 {{< link href="./other.md" content="[x]" title="T &" >}}')).toBe(
      '<p><a href="https://e.com/a%20b" class="external" rel="noopener">A *b* &lt;i&gt;</a> 和 <a href="./other.md" title="T &amp;">[x]</a></p>\n',
    );
    expect(html('{{< link "https://e.com/" >}}')).toBe(
      '<p><a href="https://e.com/" class="external" rel="noopener">https://e.com/</a></p>\n',
    );
  });

  it("never turns a javascript: link into a link", () => {
    const $ = load(html('{{< link href="javascript:alert(1)" content="点我" >}}'));
    expect($("a")).toHaveLength(0);
    expect(warnings).toEqual([]);
  });

  it("renders LoveIt's image as a figure", () => {
    expect(html('{{< image src="/img/a.png" alt="网络 & <b>" caption="图 2" >}}')).toBe(
      '<figure class="figure"><img src="/img/a.png" alt="网络 &amp; &lt;b&gt;" loading="lazy" decoding="async"><figcaption>图 2</figcaption></figure>',
    );
  });

  it("renders version as a small badge, changed and deleted marked", () => {
    expect(html('新增 {{< version "1.2.0" >}}，改动 {{< version 1.3.0 changed >}}，删除 {{< version 2.0 deleted >}}')).toBe(
      '<p>新增 <span class="version-badge">1.2.0</span>，改动 <span class="version-badge version-badge--changed">1.3.0</span>，' +
        '删除 <span class="version-badge version-badge--deleted">2.0</span></p>\n',
    );
    expect(html('{{< version "<b>" >}}')).toBe('<p><span class="version-badge">&lt;b&gt;</span></p>\n');
    expect(html("版本 {{< version >}}。")).toBe("<p>版本 。</p>\n");
  });

  it("shows Mermaid diagrams as their source with a note, in the page's language and without a warning", () => {
    const block =
      '<figure class="code-block" data-lang="text"><figcaption class="code-block__caption"><span class="code-block__lang">mermaid</span></figcaption>' +
      '<pre class="shiki shiki--plain" tabindex="0"><code>graph TD\n  A--&gt;B</code></pre></figure>\n';
    expect(html("{{< mermaid >}}\ngraph TD\n  A-->B\n{{< /mermaid >}}")).toBe(
      `<p class="diagram-note">Mermaid diagram, shown as its source</p>\n${block}`,
    );
    expect(html("```mermaid\ngraph TD\n  A-->B\n```", { pageLang: "zh-CN" })).toBe(
      `<p class="diagram-note">Mermaid 图表，以源码显示</p>\n${block}`,
    );
    expect(warnings).toEqual([]);
  });

  it("drops style but keeps and renders its text, with one warning per file", () => {
    expect(html('{{< style "color: red" >}}\n**红色**的字\n{{< /style >}}\n\n{{< style "x" >}}\n再一段\n{{< /style >}}')).toBe(
      "<p><strong>红色</strong>的字</p>\n<p>再一段</p>\n",
    );
    expect(warnings).toEqual([
      {
        file: "post.md",
        line: 5,
        message: 'Hugo shortcode "style" was ignored (2 times, lines 5, 9): the text inside is shown without it',
        hint: 'Kiln applies no CSS from an article: remove the "style" shortcode, or keep it and its text shows unstyled',
      },
    ]);
  });

  it("renders tabs as details that need no JavaScript, the first open, Markdown inside rendered", () => {
    const $ = load(
      html(
        '{{< tabs >}}\n{{< tab "Python" >}}\n```py\nprint("hi")\n```\n{{< /tab >}}\n{{< tab name="说明 & <b>" >}}\n' +
          "**粗体**\n\n::: tip\n提示\n:::\n{{< /tab >}}\n{{< /tabs >}}",
      ),
      null,
      false,
    );
    const tabs = $("div.tabs > details.tabs__tab");
    expect(tabs.map((_, d) => $(d).children("summary").text()).get()).toEqual(["Python", "说明 & <b>"]);
    expect(tabs.map((_, d) => $(d).attr("open")).get()).toEqual(["open"]);
    expect(tabs.map((_, d) => $(d).attr("name")).get()).toEqual(["tabs-1", "tabs-1"]);
    expect(tabs.eq(0).find("figure.code-block").attr("data-lang")).toBe("python");
    expect(tabs.eq(0).find(".shiki span[style]").length).toBeGreaterThan(0);
    expect(tabs.eq(1).children("p").html()).toBe("<strong>粗体</strong>");
    expect(tabs.eq(1).find(".admonition--tip p").last().text()).toBe("提示");
    expect(warnings).toEqual([]);
  });

  it("renders the exact tabs HTML, with Hextra's names from items and a group per tabs", () => {
    expect(html('{{< tabs items="JSON,YAML" >}}\n{{< tab >}}甲{{< /tab >}}\n{{< tab >}}\n乙\n{{< /tab >}}\n{{< /tabs >}}\n\n{{% tabs %}}\n{{% tab title="T" %}}\n丙\n{{% /tab %}}\n{{% /tabs %}}')).toBe(
      [
        '<div class="tabs">',
        '<details class="tabs__tab" name="tabs-1" open>',
        "<summary>JSON</summary>",
        "<p>甲</p>",
        "</details>",
        '<details class="tabs__tab" name="tabs-1">',
        "<summary>YAML</summary>",
        "<p>乙</p>",
        "</details>",
        "</div>",
        '<div class="tabs">',
        '<details class="tabs__tab" name="tabs-2" open>',
        "<summary>T</summary>",
        "<p>丙</p>",
        "</details>",
        "</div>",
        "",
      ].join("\n"),
    );
  });

  it("splits Hextra's one-line tabs onto lines of their own, and later warnings keep the author's line", () => {
    const $ = load(
      html('{{< tabs items="A,B" >}}\n  {{< tab >}}**甲**{{< /tab >}}\n  {{< tab >}}乙{{< /tab >}}\n{{< /tabs >}}\n\n```foolang\nx\n```'),
      null,
      false,
    );
    expect($("details.tabs__tab").map((_, d) => $(d).html()).get()).toEqual([
      "\n<summary>A</summary>\n<p><strong>甲</strong></p>\n",
      "\n<summary>B</summary>\n<p>乙</p>\n",
    ]);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([[10, 'unknown code language "foolang"']]);
  });

  it("keeps unsupported shortcodes visible and reports each name once per file, with its count and lines", () => {
    const $ = render("前言\n\n{{< youtube abc >}}\n\n{{< youtube def >}} {{< YouTube x >}}\n\n{{< gist a b >}}\n{{< /gist >}}");
    expect($("p").eq(1).text()).toBe("{{< youtube abc >}}");
    const hint =
      "replace it with Markdown (an image, a link, a ::: tip block) or remove it; Kiln renders figure, image, link, ref, relref, " +
      "highlight, mermaid, tabs, tab, version, notice, admonition, hint, alert, callout, note, tip, warning, info, danger";
    expect(warnings).toEqual([
      {
        file: "post.md",
        line: 7,
        message: 'Hugo shortcode "youtube" is not supported (3 times, lines 7, 9); it is shown as text',
        hint,
      },
      { file: "post.md", line: 11, message: 'Hugo shortcode "gist" is not supported; it is shown as text', hint },
    ]);
  });

  it("counts lines in the article body when the file line is unknown", () => {
    warnings.length = 0;
    createMarkdown({ highlighter, onWarning: (w) => warnings.push(w) }).render("{{< x >}}\n\n{{< x >}}");
    expect(warnings.map((w) => w.message)).toEqual([
      'Hugo shortcode "x" is not supported (2 times, lines 1, 3); it is shown as text (line 1 of the article body)',
    ]);
  });
});
