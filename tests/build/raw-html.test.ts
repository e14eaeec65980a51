// Raw HTML in articles: passed through by default (authors are trusted), shown as text with --raw-html=off.
import { describe, expect, it } from "vitest";
import { buildSite } from "./run-kiln.ts";

const fixture = "tests/fixtures/sites/raw-html";

describe("raw HTML setting", () => {
  it("passes raw HTML through by default", async () => {
    const site = await buildSite(fixture);
    expect(site.code, site.stderr).toBe(0);
    const $ = await site.page("embed/index.html");
    expect($(".article__body script").text()).toBe("window.injected = true");
    expect($(".article__body iframe").attr("src")).toBe("https://www.example.com/embed");
  });

  it("shows it as text with --raw-html=off", async () => {
    const site = await buildSite(fixture, ["--raw-html=off"]);
    expect(site.code, site.stderr).toBe(0);
    const $ = await site.page("embed/index.html");
    expect($(".article__body script, .article__body iframe, .article__body b, .article__body [onclick]")).toHaveLength(0);
    expect($(".article__body").text()).toContain("<script>window.injected = true</script>");
    expect($(".article__body").text()).toContain('After <b onclick="x()">bold</b>.');
  });
});
