// Tests for where a Markdown warning points.
import { describe, expect, it } from "vitest";
import { fileLine, markdownWarning, sourceFile } from "../../src/markdown/markdown-warning.ts";

describe("sourceFile", () => {
  it("reads env.page.inputPath", () => {
    expect(sourceFile({ page: { inputPath: "./content/ai/intro.md" } })).toBe("./content/ai/intro.md");
  });

  it.each([undefined, null, {}, { page: null }, { page: { inputPath: 3 } }, "x"])("is undefined for %j", (env) => {
    expect(sourceFile(env)).toBeUndefined();
  });
});

describe("markdownWarning", () => {
  const env = { page: { inputPath: "a.md" } };

  it("gives the body line and says so without kilnBodyLine", () => {
    expect(markdownWarning(env, [4, 7], "bad", "fix")).toEqual({
      file: "a.md",
      line: 5,
      message: "bad (line 5 of the article body)",
      hint: "fix",
    });
  });

  it("gives the file line with kilnBodyLine", () => {
    expect(markdownWarning({ ...env, kilnBodyLine: 10 }, [0, 1], "bad", "fix")).toEqual({
      file: "a.md",
      line: 10,
      message: "bad",
      hint: "fix",
    });
  });

  it.each([0, -1, 1.5, "3", Number.NaN])("ignores an unusable kilnBodyLine %j", (kilnBodyLine) => {
    expect(markdownWarning({ ...env, kilnBodyLine }, [2, 3], "bad", "fix").line).toBe(3);
  });

  it("has no line without a source map", () => {
    expect(markdownWarning(undefined, null, "bad", "fix")).toEqual({ file: undefined, line: undefined, message: "bad", hint: "fix" });
  });
});

describe("fileLine", () => {
  it("turns a body line into a file line with kilnBodyLine, and is undefined without it", () => {
    expect(fileLine({ kilnBodyLine: 10 }, 3)).toBe(12);
    expect(fileLine({ kilnBodyLine: 0 }, 3)).toBeUndefined();
    expect(fileLine(undefined, 3)).toBeUndefined();
  });
});
