// Tests for `::: tip|note|info|warning|danger [title]` boxes and `::: details` blocks.
import { load } from "cheerio";
import markdownit from "markdown-it";
import { describe, expect, it } from "vitest";
import { admonitionsPlugin } from "../../src/markdown/admonitions.ts";

const md = markdownit().use(admonitionsPlugin);
const zh = { pageLang: "zh-CN" };

describe("admonitionsPlugin", () => {
  it("renders a titled box with Markdown inside", () => {
    expect(md.render("::: warning 小心 **数据** 泄露\n不要提交 `.env`。\n:::\n", zh)).toBe(
      '<div class="admonition admonition--warning" role="note">\n<p class="admonition__title">小心 <strong>数据</strong> 泄露</p>\n<p>不要提交 <code>.env</code>。</p>\n</div>\n',
    );
  });

  it.each([
    ["tip", "zh-CN", "提示"], ["note", "zh-CN", "注意"], ["info", "zh-CN", "信息"],
    ["warning", "zh-CN", "警告"], ["danger", "zh-CN", "危险"], ["tip", "en", "Tip"], ["danger", "en-US", "Danger"],
  ])("titles ::: %s in %s as %j by default", (kind, pageLang, title) => {
    const $ = load(md.render(`::: ${kind}\ntext\n:::\n`, { pageLang }), null, false);
    expect($(`div.admonition.admonition--${kind}`).length).toBe(1);
    expect($(".admonition__title").text()).toBe(title);
  });

  it("is case-insensitive and English without a page language", () => {
    const $ = load(md.render("::: TIP\ntext\n:::\n"), null, false);
    expect($(".admonition--tip .admonition__title").text()).toBe("Tip");
  });

  it("renders ::: details as a closed native <details>", () => {
    const html = md.render("::: details 点开看看\n隐藏的 *内容*\n:::\n", zh);
    const $ = load(html, null, false);
    expect($("details.admonition--details").attr("open")).toBeUndefined();
    expect($("details > summary").text()).toBe("点开看看");
    expect($("details > p").html()).toBe("隐藏的 <em>内容</em>");
    expect(load(md.render("::: details\nx\n:::\n", zh), null, false)("summary").text()).toBe("详情");
  });

  it("nests when the outer container uses more colons", () => {
    const $ = load(md.render(":::: tip\n::: details 更多\nx\n:::\n::::\n", zh), null, false);
    expect($(".admonition--tip > details.admonition--details > p").text()).toBe("x");
  });

  it("leaves unknown kinds and unclosed text as written", () => {
    expect(md.render("::: foo\nx\n:::\n")).toBe("<p>::: foo\nx\n:::</p>\n");
  });
});
