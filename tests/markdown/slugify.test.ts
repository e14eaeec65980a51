// Tests for slugify and createSlugger: CJK kept, punctuation folded, duplicates numbered.
import { describe, expect, it } from "vitest";
import { createSlugger, slugify } from "../../src/markdown/slugify.ts";

describe("slugify", () => {
  it.each([
    ["深度学习基础概念", "深度学习基础概念"],
    ["实战项目：图像分类", "实战项目-图像分类"],
    ["什么是机器学习？", "什么是机器学习"],
    ["（一）数据、模型，与「训练」。", "一-数据-模型-与-训练"],
    ["Getting Started!", "getting-started"],
    ["  Hello,   World  ", "hello-world"],
    ["C++ 入门", "c-入门"],
    ["Python 3.12 新特性", "python-3-12-新特性"],
    ["snake_case & kebab-case", "snake-case-kebab-case"],
    ["ＡＢＣ全角", "abc全角"],
    ["ひらがな と カタカナ", "ひらがな-と-カタカナ"],
    ["한국어 제목", "한국어-제목"],
    ["Café Crème", "café-crème"],
    ["🚀 Launch ✨", "launch"],
    ["第1章", "第1章"],
  ])("%j → %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it.each(["！？。", "🎉🎉", "❤️", "---", "", "   "])("falls back to \"section\" for %j", (input) => {
    expect(slugify(input)).toBe("section");
  });

  it("is idempotent", () => {
    for (const text of ["实战项目：图像分类", "Hello, World", "C++ 入门"]) {
      expect(slugify(slugify(text))).toBe(slugify(text));
    }
  });
});

describe("createSlugger", () => {
  it("numbers duplicates GitHub style", () => {
    const slug = createSlugger();
    expect([slug("foo"), slug("Foo"), slug("foo!"), slug("bar")]).toEqual(["foo", "foo-1", "foo-2", "bar"]);
  });

  it("skips a suffix already taken by a literal heading", () => {
    const slug = createSlugger();
    expect([slug("foo-1"), slug("foo"), slug("foo")]).toEqual(["foo-1", "foo", "foo-2"]);
  });

  it("never returns a reserved id", () => {
    const slug = createSlugger();
    slug.reserve("概述");
    slug.reserve("概述-1");
    expect(slug("概述")).toBe("概述-2");
  });

  it("dedupes the fallback too", () => {
    const slug = createSlugger();
    expect([slug("🎉"), slug("？")]).toEqual(["section", "section-1"]);
  });

  it("keeps separate state per slugger", () => {
    const first = createSlugger();
    first("foo");
    expect(createSlugger()("foo")).toBe("foo");
  });
});
