// Which Markdown files describe a folder: `_index.md` always, `index.md` unless it is a page bundle.
import { describe, expect, it } from "vitest";
import { folderUrl, sectionFiles, sectionFolderOf, sectionFolderUrls } from "../../src/content/section-files.ts";

const ROOT = "/site/content";
const paths = (...relative: string[]) => relative.map((path) => `${ROOT}/${path}`);
const display = (path: string) => path.replace("/site/", "");
const describing = (...relative: string[]) =>
  [...sectionFiles(ROOT, paths(...relative), display).files].map((path) => path.slice(ROOT.length + 1)).sort();

describe("sectionFiles", () => {
  it("takes every _index.md, the input folder's own included", () => {
    expect(describing("_index.md", "ai/_index.md", "ai/intro.md", "ai/empty/_index.md")).toEqual([
      "_index.md",
      "ai/_index.md",
      "ai/empty/_index.md",
    ]);
  });

  it("reads an index.md as a page bundle when it is the only Markdown at or below its folder", () => {
    expect(describing("ai/bundle/index.md", "ai/intro.md", "index.md")).toEqual([]);
  });

  it("reads an index.md beside other articles, or above them, as its folder's description", () => {
    expect(describing("ref/index.md", "ref/api.md", "guide/index.md", "guide/deep/x.md")).toEqual(["guide/index.md", "ref/index.md"]);
  });

  it("reports a folder described by both files, naming both, and keeps _index.md", () => {
    const found = sectionFiles(ROOT, paths("ai/index.md", "ai/_index.md"), display);
    expect([...found.files]).toEqual([`${ROOT}/ai/_index.md`]);
    expect([...found.ignored]).toEqual([`${ROOT}/ai/index.md`]);
    expect(found.problems).toEqual([
      {
        location: { file: "content/ai/index.md" },
        message: "the folder already has content/ai/_index.md, which gives its section page; this index.md would be written to the same URL",
        hint: "keep one: move this text into _index.md and delete index.md, or move index.md into a folder of its own (a page bundle)",
      },
    ]);
  });
});

describe("sectionFiles: Hugo's language suffixes", () => {
  it("reads _index.<lang>.md and index.<lang>.md as _index.md and index.md", () => {
    expect(describing("ai/_index.zh-cn.md", "ai/intro.md", "ref/index.zh.md", "ref/api.md", "bundle/index.zh-cn.md")).toEqual([
      "ai/_index.zh-cn.md",
      "ref/index.zh.md",
    ]);
    expect(sectionFolderOf(ROOT, `${ROOT}/ai/bundle/index.zh-cn.md`)).toBe(`${ROOT}/ai`);
  });

  it("reports two _index files of the site's language in one folder, keeping the first", () => {
    const found = sectionFiles(ROOT, paths("ai/_index.md", "ai/_index.zh-cn.md", "ai/x.md"), display);
    expect([...found.files]).toEqual([`${ROOT}/ai/_index.md`]);
    expect(found.problems).toEqual([
      {
        location: { file: "content/ai/_index.zh-cn.md" },
        message: "the folder already has content/ai/_index.md, which gives its section page; this _index.zh-cn.md would be written to the same URL",
        hint: "keep one: both are in the site's language (a file without a language suffix counts as the site's)",
      },
    ]);
  });
});

describe("section folders", () => {
  it("puts a page bundle in the section above its folder", () => {
    expect(sectionFolderOf(ROOT, `${ROOT}/ai/bundle/index.md`)).toBe(`${ROOT}/ai`);
    expect(sectionFolderOf(ROOT, `${ROOT}/ai/intro.md`)).toBe(`${ROOT}/ai`);
    expect(sectionFolderOf(ROOT, `${ROOT}/index.md`)).toBe(ROOT);
  });

  it("gives every folder above an article a section URL, never the home page's", () => {
    expect(sectionFolderUrls(ROOT, paths("ai/llm/x.md", "ai/bundle/index.md", "top.md")).map(({ url }) => url)).toEqual([
      "/ai/llm/",
      "/ai/",
    ]);
    expect(folderUrl(ROOT, `${ROOT}/人工智能/入门`)).toBe("/人工智能/入门/");
    expect(folderUrl(ROOT, ROOT)).toBe("/");
  });
});
