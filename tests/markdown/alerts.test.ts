// Tests for GitHub alerts (`> [!NOTE]`…), titled in the page's language.
import { load } from "cheerio";
import markdownit from "markdown-it";
import { describe, expect, it } from "vitest";
import { alertsPlugin } from "../../src/markdown/alerts.ts";

const md = markdownit().use(alertsPlugin);

describe("alertsPlugin", () => {
  it.each([
    ["NOTE", "note", "注意"], ["TIP", "tip", "提示"], ["IMPORTANT", "important", "重要"],
    ["WARNING", "warning", "警告"], ["CAUTION", "caution", "小心"],
  ])("renders [!%s] with a Chinese title on a Chinese page", (marker, type, title) => {
    const $ = load(md.render(`> [!${marker}]\n> 正文`, { pageLang: "zh-CN" }), null, false);
    const alert = $(`div.markdown-alert.markdown-alert-${type}`);
    expect(alert.length).toBe(1);
    expect(alert.find(".markdown-alert-title").text()).toBe(title);
    expect(alert.find(".markdown-alert-title svg").attr("aria-hidden")).toBe("true");
    expect(alert.children("p").last().text()).toBe("正文");
    expect($("blockquote").length).toBe(0);
  });

  it("keeps English titles on English pages and the author's own title", () => {
    expect(load(md.render("> [!NOTE]\n> x", { pageLang: "en" }), null, false)(".markdown-alert-title").text()).toBe("Note");
    expect(load(md.render("> [!TIP] 省时间\n> x", { pageLang: "zh-CN" }), null, false)(".markdown-alert-title").text()).toBe("省时间");
  });

  it("leaves ordinary blockquotes alone", () => {
    expect(md.render("> 引用 [!NOTE]")).toBe("<blockquote>\n<p>引用 [!NOTE]</p>\n</blockquote>\n");
  });
});
