// Tests for toProblems: the field's line in the file, the message, and the hint, for each kind of issue.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ArticleSchema } from "../../src/schema/article.ts";
import { expected } from "../../src/schema/expected.ts";
import { toProblems } from "../../src/schema/zod-problems.ts";

const FILE = "content/a.md";

/** Problems for front matter `data` whose YAML text is `yaml` (opening --- on line 1). */
function problemsFor(data: Record<string, unknown>, yaml: string) {
  const issues = ArticleSchema.safeParse(data).error?.issues ?? [];
  return toProblems(FILE, issues, yaml, 1);
}

describe("toProblems", () => {
  it("points at the field's key line in the file", () => {
    const yaml = "title: a\ndate: 2025-11-29\ndraft: \"no\"\n";
    expect(problemsFor({ title: "a", date: "2025-11-29", draft: "no" }, yaml)).toEqual([
      {
        location: { file: FILE, line: 4, field: "draft" },
        message: 'expected true or false, got the string "no"',
        hint: "write draft: true or draft: false without quotes",
      },
    ]);
  });

  it("finds a quoted key, with spaces before the colon", () => {
    const yaml = "title: a\ndate: 2025-11-29\n'theme' : sepia\n";
    expect(problemsFor({ title: "a", date: "2025-11-29", theme: "sepia" }, yaml)[0]?.location.line).toBe(4);
  });

  it("does not take an indented key of the same name for the field", () => {
    const yaml = "date: 2025-11-29\nextra:\n  title: x\n";
    expect(problemsFor({ date: "2025-11-29", extra: { title: "x" } }, yaml)[0]?.location).toEqual({ file: FILE, line: 1, field: "title" });
  });

  it("points a missing field at the opening --- and says to add it", () => {
    expect(problemsFor({ date: "2025-11-29" }, "date: 2025-11-29\n")).toEqual([
      {
        location: { file: FILE, line: 1, field: "title" },
        message: "is required but missing",
        hint: 'add title: "My tutorial" to the front matter',
      },
    ]);
  });

  it("names the item of a list", () => {
    const yaml = "title: a\ndate: 2025-11-29\ntags: [a, 3]\n";
    expect(problemsFor({ title: "a", date: "2025-11-29", tags: ["a", 3] }, yaml)[0]?.message).toBe(
      "item 2: expected a string, got the number 3",
    );
  });

  it("uses a hint the schema gave with the issue", () => {
    const yaml = "title: a\ndate: 2025-02-30\n";
    expect(problemsFor({ title: "a", date: "2025-02-30" }, yaml)[0]?.hint).toBe(
      "check the month (01–12), the day (it must exist in that month) and the time (00:00:00–23:59:59)",
    );
  });

  it("sorts problems by line, as the file reads", () => {
    const yaml = "theme: sepia\ndraft: 1\ntitle: 2\ndate: 2025-11-29\n";
    const problems = problemsFor({ theme: "sepia", draft: 1, title: 2, date: "2025-11-29" }, yaml);
    expect(problems.map((problem) => [problem.location.line, problem.location.field])).toEqual([
      [2, "theme"],
      [3, "draft"],
      [4, "title"],
    ]);
  });

  it("gives no line when there is no front matter start line (options in code)", () => {
    const issues = z.object({ size: z.number(expected("a number")) }).safeParse({ size: "3" }).error?.issues ?? [];
    expect(toProblems(".eleventy.ts", issues, "", undefined, { size: "size: 3" })).toEqual([
      { location: { file: ".eleventy.ts", field: "size" }, message: 'expected a number, got the string "3"', hint: "size: 3" },
    ]);
  });

  it("reports each unknown key of a strict object, listing the known ones", () => {
    const issues = z.strictObject({ size: z.number() }).safeParse({ size: 3, sise: 4 }).error?.issues ?? [];
    expect(toProblems(".eleventy.ts", issues, "", undefined, { size: "size: 3" })).toEqual([
      {
        location: { file: ".eleventy.ts", field: "sise" },
        message: "is not a known field",
        hint: "check the spelling; known fields: size",
      },
    ]);
  });

  it("falls back to the README when no hint is known", () => {
    const issues = z.object({ size: z.number(expected("a number")) }).safeParse({ size: "3" }).error?.issues ?? [];
    expect(toProblems(FILE, issues, "size: '3'\n", 1)[0]?.hint).toBe("see Kiln's README for the expected form");
  });
});
