// Tests for external links: rel/class on other sites' links, unsafe schemes refused.
import { load } from "cheerio";
import markdownit from "markdown-it";
import { describe, expect, it } from "vitest";
import { externalLinksPlugin } from "../../src/markdown/external-links.ts";

const md = markdownit({ linkify: true }).use(externalLinksPlugin);

describe("externalLinksPlugin", () => {
  it("marks an absolute http(s) link", () => {
    expect(md.render("[TF](https://www.tensorflow.org/)")).toBe(
      '<p><a href="https://www.tensorflow.org/" class="external" rel="noopener">TF</a></p>\n',
    );
  });

  it("marks linkified bare URLs and autolinks", () => {
    expect(md.render("- TensorFlow: https://www.tensorflow.org/\n- <http://example.com/a?b=1>")).toBe(
      '<ul>\n<li>TensorFlow: <a href="https://www.tensorflow.org/" class="external" rel="noopener">https://www.tensorflow.org/</a></li>\n<li><a href="http://example.com/a?b=1" class="external" rel="noopener">http://example.com/a?b=1</a></li>\n</ul>\n',
    );
  });

  it("leaves site links, fragments and mail links alone", () => {
    const $ = load(md.render("[a](/ai/intro/) [b](../x.md) [c](#节) [d](mailto:a@b.example) [e](HTTPS://X.EXAMPLE)"), null, false);
    expect($("a.external").map((_, el) => $(el).attr("href")).get()).toEqual(["HTTPS://X.EXAMPLE"]);
    expect($("a:not(.external)[rel]").length).toBe(0);
  });

  it("treats protocol-relative links as external", () => {
    expect(load(md.render("[cdn](//cdn.example.com/x.js)"), null, false)("a").attr("rel")).toBe("noopener");
  });

  it("never opens a new tab", () => {
    expect(md.render("[a](https://a.example) https://b.example")).not.toContain("target=");
  });

  it("leaves the site's own hosts internal", () => {
    const site = markdownit().use(externalLinksPlugin, { internalHosts: ["Kiln.Example.com"] });
    const $ = load(site.render("[a](https://kiln.example.com/x) [b](https://user@kiln.example.com:8080/) [c](https://other.example)"), null, false);
    expect($("a.external").map((_, el) => $(el).attr("href")).get()).toEqual(["https://other.example"]);
  });

  it.each([
    "[x](javascript:alert(1))",
    "[x](JavaScript:alert(1))",
    "[x](vbscript:msgbox)",
    "[x](file:///etc/passwd)",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "<javascript:alert(1)>",
  ])("refuses the unsafe link %s", (source) => {
    const html = md.render(source);
    expect(load(html, null, false)("a").length).toBe(0);
    expect(html).not.toContain("href");
  });

  it("allows data: images", () => {
    expect(load(md.render("![p](data:image/png;base64,iVBORw0KGgo=)"), null, false)("img").attr("src")).toBe(
      "data:image/png;base64,iVBORw0KGgo=",
    );
  });
});
