// Tests for mergeRepeated: one mistake repeated over a file is told once, with its lines and count.
import { describe, expect, it } from "vitest";
import { mergeRepeated, type Problem } from "../src/errors.ts";

const problem = (file: string, line: number | undefined, message: string): Problem => ({
  location: line === undefined ? { file } : { file, line },
  message,
  hint: "fix it",
});

describe("mergeRepeated", () => {
  it("sorts by file and line and tells a repeated problem once, at its first line, with the others and the count", () => {
    const merged = mergeRepeated([
      problem("b.md", 9, "links to x.md, but there is no article at x.md"),
      problem("a.md", 7, "links to x.md, but there is no article at x.md"),
      problem("a.md", 3, "links to x.md, but there is no article at x.md"),
      problem("a.md", 5, "image y.png does not exist"),
      problem("a.md", 12, "links to x.md, but there is no article at x.md"),
    ]);
    expect(merged).toEqual([
      problem("a.md", 3, "links to x.md, but there is no article at x.md (3 times: lines 3, 7, 12)"),
      problem("a.md", 5, "image y.png does not exist"),
      problem("b.md", 9, "links to x.md, but there is no article at x.md"),
    ]);
  });

  it("counts a problem repeated on one line without listing the line twice", () => {
    expect(mergeRepeated([problem("a.md", 4, "m"), problem("a.md", 4, "m")])).toEqual([problem("a.md", 4, "m (2 times)")]);
  });

  it("keeps problems that differ in field or fix apart", () => {
    const dated = { location: { file: "a.md", line: 2, field: "date" }, message: "m", hint: "h" };
    const titled = { location: { file: "a.md", line: 3, field: "title" }, message: "m", hint: "h" };
    expect(mergeRepeated([titled, dated])).toEqual([dated, titled]);
  });
});
