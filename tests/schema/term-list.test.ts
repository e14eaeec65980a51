// Tests for TermListSchema and normalizeTerms: tags and categories as clean lists.
import { describe, expect, it } from "vitest";
import { TermListSchema, normalizeTerms } from "../../src/schema/term-list.ts";

describe("normalizeTerms", () => {
  it("trims, drops empty names and merges names differing only by case, keeping the first spelling", () => {
    expect(normalizeTerms([" Python ", "入门", "", "   ", "python", "PYTHON", "入门", "AI"])).toEqual(["Python", "入门", "AI"]);
  });
});

describe("TermListSchema", () => {
  it("reads a list", () => {
    expect(TermListSchema.parse(["百科", "知识", "概念"])).toEqual(["百科", "知识", "概念"]);
  });

  it("reads a single string as a one-item list", () => {
    expect(TermListSchema.parse("python")).toEqual(["python"]);
  });

  it("gives an empty list when absent", () => {
    expect(TermListSchema.parse(undefined)).toEqual([]);
  });

  it("rejects a number instead of a list", () => {
    expect(TermListSchema.safeParse(3).error?.issues.map((issue) => issue.message)).toEqual([
      "expected a list of strings or a single string, got the number 3",
    ]);
  });

  it("rejects a number in the list, at its index, without turning it into text", () => {
    expect(TermListSchema.safeParse(["a", 3]).error?.issues).toEqual([
      expect.objectContaining({ path: [1], message: "expected a string, got the number 3" }),
    ]);
  });

  it("rejects an empty item written as a bare dash", () => {
    expect(TermListSchema.safeParse(["a", null]).error?.issues[0]?.message).toBe("expected a string, got an empty value");
  });
});
