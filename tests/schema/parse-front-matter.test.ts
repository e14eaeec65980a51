// Tests for parseFrontMatter: delimiters as gray-matter finds them, exact lines, and every way a front matter breaks.
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../src/schema/parse-front-matter.ts";
import { parseYaml } from "../../src/schema/yaml-engine.ts";

/** parseYaml as gray-matter's types want it: they promise an object, YAML may hold anything. */
const grayMatterYaml = (text: string): object => parseYaml(text) as object;

const FILE = "content/ai/intro.md";

describe("parseFrontMatter", () => {
  it("splits fields, body and the YAML text, with the body's line", () => {
    const result = parseFrontMatter(FILE, "---\ntitle: 入门\ndate: 2025-11-29T00:00:00+08:00\n---\n# Heading\n\nText\n");
    expect(result).toEqual({
      data: { title: "入门", date: "2025-11-29T00:00:00+08:00" },
      body: "# Heading\n\nText\n",
      bodyLine: 5,
      frontMatterText: "title: 入门\ndate: 2025-11-29T00:00:00+08:00\n",
      problems: [],
      warnings: [],
    });
  });

  it("drops a UTF-8 BOM and reads CRLF line endings", () => {
    const result = parseFrontMatter(FILE, "\uFEFF---\r\ntitle: x\r\ndraft: true\r\n---\r\nbody\r\n");
    expect(result.data).toEqual({ title: "x", draft: true });
    expect(result.body).toBe("body\r\n");
    expect(result.bodyLine).toBe(5);
    expect(result.problems).toEqual([]);
  });

  it("gives a file without front matter empty data and the whole text as body", () => {
    expect(parseFrontMatter(FILE, "# Just Markdown\n")).toEqual({
      data: {},
      body: "# Just Markdown\n",
      bodyLine: 1,
      frontMatterText: "",
      problems: [],
      warnings: [],
    });
  });

  it("reads an empty or comment-only front matter as no fields", () => {
    expect(parseFrontMatter(FILE, "---\n---\nbody").data).toEqual({});
    expect(parseFrontMatter(FILE, "---\n# nothing yet\n---\nbody").data).toEqual({});
    expect(parseFrontMatter(FILE, "---\n---\nbody").bodyLine).toBe(3);
  });

  it("keeps the blank lines after the closing --- in the body, counted from the line after it", () => {
    const result = parseFrontMatter(FILE, "---\ntitle: a\n---\n\n# Heading\n");
    expect(result.body).toBe("\n# Heading\n");
    expect(result.bodyLine).toBe(4);
  });

  it.each([
    "---\ntitle: a\n---\nbody\n",
    "---\r\ntitle: a\r\n---\r\nbody\r\n",
    "---yaml\ntitle: a\n---\nbody",
    "---\ntitle: a\n---",
    "---\ntitle: a\n----more\nbody",
    "---\ntitle: a\n--- \nbody",
    "----\ntitle: a\n---\nbody",
    "--\ntitle: a\n",
    "text\n---\ntitle: a\n---\n",
  ])("finds the same front matter and body as gray-matter in %j", (source) => {
    const expected = matter(source, { engines: { yaml: grayMatterYaml } });
    const result = parseFrontMatter(FILE, source);
    expect(result.data).toEqual(expected.data);
    expect(result.body).toBe(expected.content);
  });

  it("reports a front matter that is never closed", () => {
    expect(parseFrontMatter(FILE, "---\ntitle: a\ndate: 2025-11-29\n\n# Heading\n").problems).toEqual([
      {
        location: { file: FILE, line: 1 },
        message: "front matter starts with --- but is never closed",
        hint: "add a line with --- after the last field",
      },
    ]);
  });

  it("reports malformed YAML at its line in the file", () => {
    const result = parseFrontMatter(FILE, "---\ntitle: a\n  date: 2025-11-29\n---\nbody\n");
    expect(result.data).toEqual({});
    expect(result.problems).toEqual([
      {
        location: { file: FILE, line: 3 },
        message: "invalid YAML: bad indentation of a mapping entry",
        hint: 'check this line: fields start at the left margin as key: value, list items are indented under their key, and a value containing ": " or " #" needs quotes',
      },
    ]);
  });

  it("counts YAML error lines the same way with a BOM and CRLF", () => {
    const result = parseFrontMatter(FILE, "\uFEFF---\r\ntitle: a\r\n  date: 2025-11-29\r\n---\r\n");
    expect(result.problems.map((problem) => problem.location.line)).toEqual([3]);
  });

  it("keeps a duplicated key's last value and warns with its name, at its second line", () => {
    const result = parseFrontMatter(FILE, "---\ntitle: a\ndate: 2025-11-29\ntitle: b\n---\n");
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual({ title: "b", date: "2025-11-29" });
    expect(result.warnings).toEqual([
      {
        location: { file: FILE, line: 4, field: "title" },
        message: '"title" is written twice; the last value wins, as in Hugo',
        hint: "keep one title: line and remove the other",
      },
    ]);
  });

  it("warns about every repeated key, quoted ones and a nested one too", () => {
    const source = '---\ntitle: a\n"title": b\ntags: [x]\nauthor:\n  name: 张三\n  name: 李四\ntags: y\n---\n';
    const result = parseFrontMatter(FILE, source);
    expect(result.data).toEqual({ title: "b", tags: "y", author: { name: "李四" } });
    expect(result.warnings.map(({ location }) => `${location.line} ${location.field}`)).toEqual(["3 title", "7 name", "8 tags"]);
  });

  it("does not read the text of a | block as keys", () => {
    const source = "---\ntitle: a\ndescription: |\n  Note: one\n  Note: two\ntitle: b\n---\n";
    expect(parseFrontMatter(FILE, source).warnings.map(({ location }) => `${location.line} ${location.field}`)).toEqual(["6 title"]);
  });

  it("warns about nothing when no key repeats", () => {
    expect(parseFrontMatter(FILE, "---\ntitle: a\nauthor:\n  name: a\n---\n").warnings).toEqual([]);
  });

  it("tells how to fix tab indentation", () => {
    expect(parseFrontMatter(FILE, "---\ntags:\n\t- a\n---\n").problems).toEqual([
      {
        location: { file: FILE, line: 3 },
        message: "invalid YAML: tab characters must not be used in indentation",
        hint: "indent with spaces, not tabs",
      },
    ]);
  });

  it("reports a front matter that is a list, not fields", () => {
    expect(parseFrontMatter(FILE, "---\n- title\n- date\n---\n").problems).toEqual([
      {
        location: { file: FILE, line: 2 },
        message: "expected front matter fields written as key: value, got a list",
        hint: 'write one field per line, e.g. title: "My tutorial"',
      },
    ]);
  });

  it("reports a front matter that is a single value", () => {
    const [problem] = parseFrontMatter(FILE, "---\njust a sentence\n---\n").problems;
    expect(problem?.message).toBe('expected front matter fields written as key: value, got the string "just a sentence"');
  });

  it("reports a front matter in another language than YAML", () => {
    expect(parseFrontMatter(FILE, "---toml\ntitle = 'a'\n---\nbody").problems).toEqual([
      {
        location: { file: FILE, line: 1 },
        message: 'front matter language "toml" is not supported',
        hint: "write the front matter in YAML, opening it with a plain --- line",
      },
    ]);
  });
});

describe("parseFrontMatter: Hugo's TOML front matter", () => {
  it("reads fields between +++ lines, keeping dates as written", () => {
    const result = parseFrontMatter(FILE, '+++\ntitle = "深度学习"\ndate = 2025-11-29T00:00:00+08:00\ntags = ["百科", "知识"]\ndraft = false\n+++\n\n正文\n');
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual({ title: "深度学习", date: "2025-11-29T00:00:00.000+08:00", tags: ["百科", "知识"], draft: false });
    expect(result.bodyLine).toBe(7);
    expect(result.body).toBe("\n正文\n");
  });

  it("reports a TOML error with its file line, and an unclosed block", () => {
    expect(parseFrontMatter(FILE, '+++\ntitle = "a"\ntitle = "b"\n+++\n').problems).toEqual([
      {
        location: { file: FILE, line: 3 },
        message: "invalid TOML: trying to redefine an already defined table or value",
        hint: 'check this line: fields are written key = value, strings in "quotes", lists in [ ]',
      },
    ]);
    expect(parseFrontMatter(FILE, '+++\ntitle = "a"\n').problems[0]?.message).toBe("TOML front matter starts with +++ but is never closed");
  });
});
