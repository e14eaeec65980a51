// The link checker on hand-written pages: prefixes, percent-encoded Chinese fragments, srcset, code text.
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkLinks, scanHtml, type BuiltPage } from "../../src/check/link-checker.ts";

const page = (url: string, content: string): BuiltPage => ({ url, inputPath: `./x${url}index.md`, content });

describe("checkLinks", () => {
  it("accepts prefixed links, encoded Chinese fragments and files on disk; reports the rest", async () => {
    const out = await mkdtemp(join(tmpdir(), "kiln-links-"));
    await mkdir(join(out, "css"));
    await writeFile(join(out, "css/kiln.css"), "");
    const pages = [
      page("/a/", `<h2 id="实战-训练">x</h2><a href="/docs/b/#%E5%B0%8F%E7%BB%93">ok</a><a href="#实战-训练">ok</a>
        <link href="/docs/css/kiln.css"><img srcset="/docs/css/kiln.css 1x, /docs/missing.png 2x">
        <a href="/b/">outside</a><a href="../b/#nope">bad anchor</a><a href="https://x.org/">ext</a>
        <pre><code>&lt;a href="/nowhere/"&gt;</code></pre><a href="/docs/pagefind/x.js">generated</a>`),
      page("/b/", `<h2 id="小结">y</h2><a href="/docs/a/#%E5%AE%9E%E6%88%98-%E8%AE%AD%E7%BB%83">ok</a>`),
    ];
    const broken = checkLinks(pages, { outputFolder: out, pathPrefix: "/docs/", generatedFolders: ["pagefind"] });
    expect(broken.map(({ href, reason }) => [href, reason])).toEqual([
      ["/docs/missing.png", "no page or file at /missing.png"],
      ["/b/", "outside the path prefix /docs/"],
      ["../b/#nope", 'no element with id "nope" on /b/'],
    ]);
  });

  it("checks a nav marked data-kiln-same-links on the first page that has one, and the rest of every page", async () => {
    const out = await mkdtemp(join(tmpdir(), "kiln-links-"));
    const nav = (current: string) => `<nav class="sidebar" data-kiln-same-links><a href="/a/"${current}>a</a><a href="/gone/">gone</a></nav>`;
    const pages = [
      page("/a/", `${nav(' aria-current="page"')}<main><a href="/missing-a/">x</a></main>`),
      page("/b/", `<nav aria-label="x"><a href="/b/">b</a></nav>${nav("")}<main><a href="/missing-b/">y</a></main>`),
    ];
    const broken = checkLinks(pages, { outputFolder: out, pathPrefix: "/" });
    expect(broken.map(({ page: { url }, href }) => [url, href])).toEqual([
      ["/a/", "/gone/"],
      ["/a/", "/missing-a/"],
      ["/b/", "/missing-b/"],
    ]);
  });

  it("reads ids with entities and <a name>", () => {
    expect([...scanHtml(`<a name="old"></a><p id="a&amp;b"></p>`).ids]).toEqual(["old", "a&b"]);
  });
});
