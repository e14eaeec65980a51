// Tests for hugoShortcodesPlugin through Kiln's full markdown-it: Hugo shortcodes become Kiln's own constructs.
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/create-markdown.ts";
import { createKilnHighlighter, type KilnHighlighter } from "../../src/markdown/highlighter.ts";
import type { MarkdownWarning } from "../../src/markdown/markdown-warning.ts";

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

  it("keeps unsupported shortcodes visible and reports each once with its file line", () => {
    const $ = render("前言\n\n{{< youtube abc >}}\n\n{{< youtube def >}}");
    expect($("p").eq(1).text()).toBe("{{< youtube abc >}}");
    expect(warnings).toEqual([
      {
        file: "post.md",
        line: 7,
        message: "Hugo shortcode {{< youtube abc >}} is not supported and shows as text",
        hint: 'replace the "youtube" shortcode with Markdown (an image, a link, a ::: tip block) or remove it',
      },
    ]);
  });
});
