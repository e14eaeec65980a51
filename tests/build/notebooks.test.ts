// Jupyter notebooks are articles: a `.ipynb` builds into a tutorial page with its outputs and images, joins lists,
// feeds, sitemap and search, links to and from Markdown articles, and a broken one is reported by cell while every
// other article still builds and is checked.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { imageSize } from "image-size";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { indexedText, readFragments } from "./pagefind-fragments.ts";
import { buildSite, runKiln, type BuiltSite } from "./run-kiln.ts";

const FIXTURE = "tests/fixtures/sites/notebooks";

describe("notebooks", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite(FIXTURE);
  });

  it("builds, and npm run check finds nothing wrong either", async () => {
    expect(site.code, site.stderr).toBe(0);
    expect(site.stderr).not.toContain("[11ty]");
    const check = await runKiln("check", [`--input=${FIXTURE}`]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout + check.stderr).toContain("0 error(s), 0 warning(s)");
  });

  it("renders a notebook as an article: title, date, TOC, prose, math, table and highlighted code", async () => {
    const $ = await site.page("ai/tensors/index.html");
    expect($("h1").first().text().trim()).toBe("张量的形状与广播");
    expect($("time").first().attr("datetime")).toBe("2025-03-02T09:30:00+08:00");
    expect($(".toc--side a").map((_, a) => $(a).attr("href")).get()).toEqual(["#形状是什么", "#画出来"]);
    expect($(".article__body .katex").length).toBeGreaterThan(0);
    expect($(".article__body table td").first().text()).toBe("(3,)");
    const code = $(".nb-cell pre.shiki").first();
    expect(code.text()).toContain("x = np.arange(1, 7).reshape(2, 3)");
    expect(code.closest("figure").attr("data-lang")).toBe("python");
    expect($(".nb-cell .nb-prompt").first().text()).toContain("[1]");
  });

  it("shows each output kind in order, escaped", async () => {
    const $ = await site.page("ai/tensors/index.html");
    const first = $(".nb-cell").first().find(".nb-outputs").children();
    expect(first.eq(0).is(".nb-stream.nb-stdout")).toBe(true);
    expect(first.eq(0).text()).toContain("<script>alert(1)</script>");
    expect($(".article__body script").length).toBe(0);
    expect(first.eq(1).is(".nb-stream.nb-stderr")).toBe(true);
    expect(first.eq(2).text()).toContain("array([[1, 2, 3],");
    const error = $(".nb-error");
    expect(error.text()).toContain("ValueError: operands could not be broadcast together with shapes (3,) (4,)");
    expect(error.text()).not.toContain("\u001b");
    expect(error.find('[class*="ansi-red"]').length).toBeGreaterThan(0);
    // Raw HTML is on (the default): a DataFrame shows as its table.
    expect($(".nb-outputs table.dataframe td").text()).toBe("1");
  });

  it("writes output images as files next to the page, with their size", async () => {
    const $ = await site.page("ai/tensors/index.html");
    const img = $(".nb-outputs img");
    expect(img.length).toBe(1);
    const src = img.attr("src") ?? "";
    // Under the page's URL, so a path prefix reaches it like any root-relative link (path-prefix.test.ts).
    expect(src).toMatch(/^\/ai\/tensors\/nb-[0-9a-f]{12}\.png$/);
    expect(await site.text("ai/tensors/index.html")).not.toContain("data:image");
    const file = join(site.output, src);
    expect(existsSync(file)).toBe(true);
    expect(imageSize(readFileSync(file))).toMatchObject({ width: 48, height: 24 });
    expect([img.attr("width"), img.attr("height")]).toEqual(["48", "24"]);
  });

  it("honours the cell tags: hide-input folds the code, remove-cell leaves nothing", async () => {
    const $ = await site.page("ai/tensors/index.html");
    const hidden = $("details.nb-hidden");
    expect(hidden.length).toBe(1);
    expect(hidden.find("pre.shiki").text()).toContain("plt.imshow(x)");
    expect(await site.text("ai/tensors/index.html")).not.toContain("SECRET_SETUP");
    expect(await site.text("ai/tensors/index.html")).not.toContain("secret setup output");
  });

  it("takes front matter from metadata.kiln and the title from the first # heading", async () => {
    const $ = await site.page("ai/from-metadata/index.html");
    expect($("h1").first().text().trim()).toBe("从元数据读取的笔记本");
    expect($(".article__body h1").length).toBe(0);
    expect($(".nb-cell figure").attr("data-lang")).toBe("bash");
  });

  it("writes a Markdown cell's pasted image (attachment:) as a file next to the page", async () => {
    const $ = await site.page("ai/from-metadata/index.html");
    const src = $('.article__body img[alt="粘贴的示意图"]').attr("src") ?? "";
    expect(src).toMatch(/^\/ai\/from-metadata\/nb-[0-9a-f]{12}\.png$/);
    expect(imageSize(readFileSync(join(site.output, src)))).toMatchObject({ width: 2, height: 1 });
  });

  it("links notebooks and Markdown articles to each other by their source files", async () => {
    const intro = await site.page("ai/intro/index.html");
    expect(intro('.article__body a:contains("张量的形状")').attr("href")).toBe(`/ai/tensors/#${encodeURIComponent("形状是什么")}`);
    const tensors = await site.page("ai/tensors/index.html");
    expect(tensors('.article__body a:contains("入门")').attr("href")).toBe(`/ai/intro/#${encodeURIComponent("准备工作")}`);
    const fromMetadata = await site.page("ai/from-metadata/index.html");
    expect(fromMetadata('.article__body a:contains("张量")').attr("href")).toBe(`/ai/tensors/#${encodeURIComponent("形状是什么")}`);
  });

  it("lists notebooks like articles: tags, categories, feeds, sitemap, search; a draft notebook nowhere", async () => {
    const tag = await site.page("tags/笔记本/index.html");
    const listed = tag(".card__title a").map((_, a) => tag(a).attr("href")).get().sort();
    expect(listed).toEqual(["/ai/from-metadata/", "/ai/intro/", "/ai/tensors/"]);
    expect(await site.text("feed.xml")).toContain("张量的形状与广播");
    expect(await site.text("sitemap.xml")).toContain("/ai/tensors/");
    expect(existsSync(join(site.output, "ai/draft-notebook"))).toBe(false);
    const everything = (await readdir(site.output, { recursive: true })) as string[];
    for (const file of everything.filter((name) => /\.(html|xml|json)$/.test(name))) {
      expect(await site.text(file), file).not.toContain("draftmarker");
    }
    const pagefind = (await readdir(join(site.output, "pagefind"))).filter((name) => name.startsWith("pagefind-entry"));
    expect(pagefind.length).toBe(1);
    const entry = JSON.parse(await site.text(join("pagefind", pagefind[0]!))) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(3);
    const tensors = (await readFragments(site.output)).find((fragment) => fragment.url.includes("tensors"));
    expect(indexedText(tensors?.content ?? "")).toContain("shape: (2, 3)");
    expect(indexedText(tensors?.content ?? "")).not.toMatch(/In \[1\]|Traceback/);
  });

  it("shows HTML outputs as text when raw HTML is off", async () => {
    const plain = await buildSite(FIXTURE, ["--raw-html=off"]);
    expect(plain.code, plain.stderr).toBe(0);
    const $ = await plain.page("ai/tensors/index.html");
    expect($(".nb-outputs table").length).toBe(0);
    expect($(".nb-outputs").text()).toContain("   a\n0  1");
  });
});

describe("broken notebooks", () => {
  let folder: string;
  beforeAll(async () => {
    folder = join(await mkdtemp(join(tmpdir(), "kiln-notebooks-")), "content");
    await mkdir(folder, { recursive: true });
    const good = { title: "好文章", date: "2025-01-01T00:00:00+08:00" };
    await writeFile(join(folder, "good.md"), `---\ntitle: ${good.title}\ndate: ${good.date}\n---\n正文，链接 [坏链接](./missing.md)。\n`);
    await writeFile(join(folder, "damaged.ipynb"), '{"cells": [\n  {"cell_type": "markdown",\n');
    await writeFile(join(folder, "old.ipynb"), JSON.stringify({ nbformat: 3, nbformat_minor: 0, metadata: {}, worksheets: [] }));
    const badField = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: "markdown", metadata: {}, source: "# 标题\n" },
        { cell_type: "raw", metadata: {}, source: "ignored" },
        { cell_type: "code", metadata: {}, execution_count: null, outputs: [], source: "```python\nprint(1)" },
        { cell_type: "markdown", metadata: {}, source: "[坏链接](./nowhere.ipynb)" },
      ],
    };
    await writeFile(join(folder, "bad-link.ipynb"), JSON.stringify(badField));
  });

  it("reports each broken notebook with its file (and cell), builds nothing, and still checks the others", async () => {
    const result = await buildSite(folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/damaged\.ipynb(:\d+)?: is not valid JSON/);
    expect(result.stderr).toContain("old.ipynb");
    expect(result.stderr).toMatch(/nbformat/);
    expect(result.stderr).toMatch(/bad-link\.ipynb:cell 4: links to \.\/nowhere\.ipynb, but there is no article/);
    expect(result.stderr).toMatch(/good\.md:5: links to \.\/missing\.md/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(result.output)).toBe(false);
  });

  it("npm run check reports the same problems", async () => {
    const result = await runKiln("check", [`--input=${folder}`]);
    expect(result.code).toBe(1);
    // check names the severity after the location.
    expect(result.stderr + result.stdout).toMatch(/damaged\.ipynb:3: error: is not valid JSON: .* at column 1/);
    expect(result.stderr + result.stdout).toMatch(/bad-link\.ipynb:cell 4: error: links to \.\/nowhere\.ipynb/);
    expect(result.stderr + result.stdout).toMatch(/old\.ipynb: error: is an nbformat 3 notebook/);
  });
});
