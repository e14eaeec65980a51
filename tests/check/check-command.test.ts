// `npm run check`: every kind of problem in a fixture folder, each as `file:line: severity: message` + fix.
import { describe, expect, it } from "vitest";
import { buildSite, runKiln } from "../build/run-kiln.ts";

const dir = "tests/fixtures/sites/check-problems";

describe("npm run check", () => {
  it("lists every problem with file, line and fix, and fails on errors", async () => {
    const result = await runKiln("check", [`--input=${dir}`]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    const pairs = lines.slice(0, -1).reduce<string[]>((all, line, i) => (i % 2 === 0 ? [...all, line] : all), []);
    expect(pairs).toEqual([
      `${dir}/a.md:8: error: links to ./b.md#missing, but ${dir}/b.md has no heading or element with id "missing"`,
      `${dir}/a.md:8: error: links to ./missing.md, but there is no article at ./missing.md`,
      `${dir}/a.md:8: error: links to #nowhere, but this page has no heading or element with id "nowhere"`,
      `${dir}/a.md:10: error: image ./missing.png does not exist`,
      `${dir}/a.md:13: warning: Hugo shortcode "youtube" is not supported; it is shown as text`,
      `${dir}/a.md:17: warning: unknown code language "foolang"`,
      `${dir}/c.md: error: its URL /a/ is also the URL of ${dir}/a.md; one would overwrite the other`,
      `${dir}/d.md:4 front matter "draft": error: expected true or false, got the string "yes"`,
    ]);
    expect(lines[1]).toBe("  fix: link to one of: #第二节");
    expect(lines[5]).toBe("  fix: link to one of: #本页");
    expect(lines.at(-1)).toMatch(/^\[kiln\] checked 4 articles in [\d.]+ s: 6 error\(s\), 2 warning\(s\)$/);
  });

  it("finds in one pass what a build of the same folder finds, in the same words (one shared list of checks)", async () => {
    const [checked, built] = await Promise.all([runKiln("check", [`--input=${dir}`]), buildSite(dir)]);
    // check: `file:line: error: message` (after the field for front matter); build: the same without the severity.
    const fromCheck = checked.stdout.split("\n").filter((line) => line.startsWith(dir)).map((line) => line.replace(/(error|warning): /, ""));
    const fromBuild = built.stderr
      .split("\n")
      .filter((line) => line.startsWith(dir) || line.startsWith(`[kiln] warning: ${dir}`))
      .map((line) => line.replace("[kiln] warning: ", ""));
    expect(fromCheck.length).toBe(8);
    expect(new Set(fromBuild)).toEqual(new Set(fromCheck));
    expect(built.code).toBe(1);
    expect(built.stderr).toContain("[kiln] failed with 6 problem(s), listed above; nothing was written");
  });

  it("checks the site's language alone in a Hugo folder, saying once what it skipped, and warns about what Hugo tolerates", async () => {
    const result = await runKiln("check", ["--input=tests/fixtures/sites/hugo"]);
    expect(result.code, result.stdout).toBe(0);
    const hugo = "tests/fixtures/sites/hugo";
    expect(result.stdout.trimEnd().split("\n")).toEqual([
      `${hugo}/author-link.md:3 front matter "date": warning: 2019-05-28T7:15:43+08:00 has a one-digit hour; it is read as 2019-05-28T07:15:43+08:00`,
      "  fix: write the hour with two digits: date: 2019-05-28T07:15:43+08:00",
      `${hugo}/authors-list.md:5 front matter "title": warning: "title" is written twice; the last value wins, as in Hugo`,
      "  fix: keep one title: line and remove the other",
      `${hugo}/cjk-lines.md:22: warning: Hugo shortcode "bilibili" is not supported (2 times, lines 22, 24); it is shown as text`,
      expect.stringMatching(/^  fix: replace it with Markdown/),
      "[kiln] skipped 5 files in other languages (en: 4, fr: 1); Kiln builds one language, the site's (zh-CN)",
      `[kiln] ${hugo}/search/index.md is at /search/, so Kiln's search page moves to /kiln-search/ (the search boxes follow)`,
      expect.stringMatching(/^\[kiln\] checked 19 articles in [\d.]+ s: 0 error\(s\), 3 warning\(s\)$/),
    ]);
  });

  it("passes the example content with no errors", async () => {
    const result = await runKiln("check", []);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/checked \d+ articles in [\d.]+ s: 0 error\(s\)/);
  });
});
