// "Edit this page": the `editLink` site option (set by a test config) filled with each article's path, escaped, any prefix.
import { load } from "cheerio";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite as buildWithProject } from "../../src/build/build-site.ts";
import { buildSite, projectRoot } from "./run-kiln.ts";

/** A Kiln project whose .eleventy.ts sets `editLink` (the example site leaves it unset: it has no public repository). */
const EDIT_LINK_PROJECT = join(projectRoot, "tests/fixtures/projects/edit-link");

/** A small content folder with a space and Chinese in a path. */
async function writeContent(): Promise<string> {
  const input = join(await mkdtemp(join(tmpdir(), "kiln-edit-link-")), "content");
  await mkdir(join(input, "教程"), { recursive: true });
  await writeFile(join(input, "about.md"), "---\ntitle: About\ndate: 2025-12-01\nlang: en\n---\n\nAbout.\n");
  await writeFile(join(input, "教程/入门 篇.md"), '---\ntitle: "入门"\ndate: 2025-12-01\n---\n\n正文。\n');
  return input;
}

describe.each(["/", "/docs/"])("edit link from the editLink option (--pathprefix=%s)", (pathPrefix) => {
  let output: string;
  const page = async (path: string) => load(await readFile(join(output, path), "utf8"));
  beforeAll(async () => {
    const input = await writeContent();
    output = join(await mkdtemp(join(tmpdir(), "kiln-edit-link-site-")), "site");
    await buildWithProject({ input, output, pathPrefix, projectRoot: EDIT_LINK_PROJECT });
  });

  it("links each article's source file, its path percent-encoded and the URL kept absolute", async () => {
    const $ = await page("教程/入门 篇/index.html");
    const link = $(".article__edit a");
    expect(link.text()).toBe("编辑此页");
    expect(link.attr("href")).toBe(
      "https://git.example.com/kiln/docs/edit/main/content/%E6%95%99%E7%A8%8B/%E5%85%A5%E9%97%A8%20%E7%AF%87.md?plain=1&from=kiln",
    );
    const english = await page("about/index.html");
    expect(english(".article__edit a").text()).toBe("Edit this page");
    expect(english(".article__edit a").attr("href")).toBe("https://git.example.com/kiln/docs/edit/main/content/about.md?plain=1&from=kiln");
  });

  it("escapes the URL in the attribute", async () => {
    const html = await readFile(join(output, "about/index.html"), "utf8");
    expect(html).toContain('href="https://git.example.com/kiln/docs/edit/main/content/about.md?plain=1&amp;from=kiln"');
  });

  it("gives pages that are not articles no edit link", async () => {
    const $ = await page("index.html");
    expect($(".article__edit")).toHaveLength(0);
  });
});

describe("without the editLink option", () => {
  it("shows no edit link", async () => {
    const site = await buildSite(await writeContent());
    expect(site.code, site.stderr).toBe(0);
    const $ = await site.page("about/index.html");
    expect($("h1").text()).toBe("About");
    expect($(".article__edit")).toHaveLength(0);
  });
});
