// Tests for validateArticle: the exact problems an author sees for each mistake, and the reference article.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/errors.ts";
import { validateArticle } from "../../src/schema/validate-article.ts";

const FILE = "content/ai/intro.md";
const REFERENCE = fileURLToPath(new URL("../../../shared/seeds/000_699460566fdba85d.txt", import.meta.url));

/** A valid title and date (lines 2 and 3), then `fields` from line 4, then a body. */
const article = (fields = "") => `---\ntitle: 入门\ndate: 2025-11-29\n${fields}---\n\n# Body\n`;

/** The problems of a file. */
const problemsOf = (source: string): Problem[] => validateArticle(FILE, source).problems;

/** The one problem of an article with `fields` added, at line 4. */
function fieldProblem(fields: string, field: string, message: string, hint: string): void {
  expect(problemsOf(article(fields))).toEqual([{ location: { file: FILE, line: 4, field }, message, hint }]);
}

describe("validateArticle: the reference article", () => {
  if (!existsSync(REFERENCE)) console.warn(`skipping the reference article: ${REFERENCE} is not there`);

  it.runIf(existsSync(REFERENCE))("validates, keeping the author's day and the tags as written", () => {
    const result = validateArticle("content/deep-learning-tutorial.md", readFileSync(REFERENCE, "utf8"));
    expect(result.problems).toEqual([]);
    expect(result.unknownFields).toEqual([]);
    expect(result.bodyLine).toBe(12);
    expect(result.article?.date?.day).toBe("2025-11-29");
    expect(result.article?.date?.text).toBe("2025-11-29T00:00:00+08:00");
    expect(result.article?.tags).toEqual(["百科", "知识", "概念"]);
    expect(result.article?.categories).toEqual(["encyclopedia"]);
    expect(result.article?.theme).toBe("light");
    expect(result.article?.draft).toBe(false);
  });
});

describe("validateArticle: a valid article", () => {
  it("returns the article, the data as written and where the body starts", () => {
    const result = validateArticle(FILE, article("weight: 3\nkeywords: [a]\n"));
    expect(result.article?.title).toBe("入门");
    expect(result.data).toEqual({ title: "入门", date: "2025-11-29", weight: 3, keywords: ["a"] });
    expect(result.bodyLine).toBe(7);
    expect(result.problems).toEqual([]);
  });

  it("lists unknown fields, but not Eleventy's own", () => {
    const result = validateArticle(FILE, article("toc: false\neleventyExcludeFromCollections: true\nhero: [a]\nweight: 3\n"));
    expect(result.unknownFields).toEqual(["toc", "hero"]);
  });

  it("reads a file with a BOM and CRLF line endings", () => {
    const result = validateArticle(FILE, "\uFEFF---\r\ntitle: 入门\r\ndate: 2025-11-29 08:30:00\r\n---\r\n# Body\r\n");
    expect(result.problems).toEqual([]);
    expect(result.article?.date?.text).toBe("2025-11-29T08:30:00Z");
    expect(result.bodyLine).toBe(5);
  });
});

describe("validateArticle: an article without date (optional, as in Hugo)", () => {
  const dateOf = (fields: string) => validateArticle(FILE, `---\ntitle: 入门\n${fields}---\n`).article?.date?.text;

  it("takes publishDate, else updated or lastmod, else stays undated", () => {
    expect(dateOf("publishDate: 2024-01-02\nlastmod: 2024-03-04\n")).toBe("2024-01-02T00:00:00Z");
    expect(dateOf("lastmod: 2024-03-04\n")).toBe("2024-03-04T00:00:00Z");
    expect(dateOf("updated: 2024-05-06\nlastmod: 2024-03-04\n")).toBe("2024-05-06T00:00:00Z");
    expect(dateOf("")).toBeUndefined();
    expect(validateArticle(FILE, "---\ntitle: 入门\n---\n").problems).toEqual([]);
  });

  it("keeps a date that is written", () => {
    expect(dateOf("date: 2023-12-31\npublishDate: 2024-01-02\n")).toBe("2023-12-31T00:00:00Z");
  });
});

describe("validateArticle: Hugo's authors", () => {
  it("names the author from authors: when there is no author:", () => {
    const authorOf = (fields: string) => validateArticle(FILE, `---\ntitle: 入门\n${fields}---\n`).article?.author;
    expect(authorOf("authors: [张三, 李四]\n")).toEqual({ name: "张三、李四" });
    expect(authorOf("authors: Ann\n")).toEqual({ name: "Ann" });
    expect(authorOf("author: 王五\nauthors: [张三]\n")).toEqual({ name: "王五" });
    expect(authorOf("")).toBeUndefined();
  });

  it("names the key inside author: that is wrong", () => {
    expect(problemsOf("---\ntitle: 入门\nauthor:\n  name: 张三\n  link: javascript:alert(1)\n---\n")).toEqual([
      {
        location: { file: FILE, line: 3, field: "author" },
        message: 'link: expected an http(s) URL, got the string "javascript:alert(1)"',
        hint: 'author: "Your Name" or author: {name: "Your Name", link: "https://example.com/"}',
      },
    ]);
  });
});

describe("validateArticle: a one-digit hour", () => {
  it("is read, with a warning naming the line, the field and the two-digit form", () => {
    const result = validateArticle(FILE, "---\ntitle: 入门\ndate: 2019-05-28T7:15:43+08:00\nlastmod: 2019-06-01T9:00:00+08:00\n---\n");
    expect(result.problems).toEqual([]);
    expect(result.article?.date?.text).toBe("2019-05-28T07:15:43+08:00");
    expect(result.warnings).toEqual([
      {
        location: { file: FILE, line: 3, field: "date" },
        message: "2019-05-28T7:15:43+08:00 has a one-digit hour; it is read as 2019-05-28T07:15:43+08:00",
        hint: "write the hour with two digits: date: 2019-05-28T07:15:43+08:00",
      },
      {
        location: { file: FILE, line: 4, field: "lastmod" },
        message: "2019-06-01T9:00:00+08:00 has a one-digit hour; it is read as 2019-06-01T09:00:00+08:00",
        hint: "write the hour with two digits: lastmod: 2019-06-01T09:00:00+08:00",
      },
    ]);
  });
});

describe("validateArticle: exact messages", () => {
  it("missing title", () => {
    expect(problemsOf("---\ndate: 2025-11-29\n---\n")).toEqual([
      {
        location: { file: FILE, line: 1, field: "title" },
        message: "is required but missing",
        hint: 'add title: "My tutorial" to the front matter',
      },
    ]);
  });

  it("empty title", () => {
    expect(problemsOf('---\ntitle: "  "\ndate: 2025-11-29\n---\n')).toEqual([
      {
        location: { file: FILE, line: 2, field: "title" },
        message: "expected a non-empty string, got an empty string",
        hint: 'title: "My tutorial"',
      },
    ]);
  });

  it("title a number", () => {
    expect(problemsOf("---\ntitle: 2025\ndate: 2025-11-29\n---\n")).toEqual([
      {
        location: { file: FILE, line: 2, field: "title" },
        message: "expected a non-empty string, got the number 2025",
        hint: 'title: "My tutorial"',
      },
    ]);
  });

  it("date unparsable", () => {
    expect(problemsOf("---\ntitle: 入门\ndate: last Tuesday\n---\n")).toEqual([
      {
        location: { file: FILE, line: 3, field: "date" },
        message: 'expected a date like 2025-11-29 or 2025-11-29T08:30:00+08:00, got the string "last Tuesday"',
        hint: "date: 2025-11-29 or date: 2025-11-29T08:30:00+08:00",
      },
    ]);
  });

  it("date 2025-02-30", () => {
    expect(problemsOf("---\ntitle: 入门\ndate: 2025-02-30\n---\n")).toEqual([
      {
        location: { file: FILE, line: 3, field: "date" },
        message: 'expected a real calendar day and time, got the string "2025-02-30"',
        hint: "check the month (01–12), the day (it must exist in that month) and the time (00:00:00–23:59:59)",
      },
    ]);
  });

  it('draft "false" (a string)', () => {
    fieldProblem(
      'draft: "false"\n',
      "draft",
      'expected true or false, got the string "false"',
      "write draft: true or draft: false without quotes",
    );
  });

  it("draft yes", () => {
    fieldProblem(
      "draft: yes\n",
      "draft",
      'expected true or false, got the string "yes"',
      "write draft: true or draft: false without quotes",
    );
  });

  it("tags a number", () => {
    fieldProblem(
      "tags: 3\n",
      "tags",
      "expected a list of strings or a single string, got the number 3",
      'tags: [python, 入门] or tags: python (quote tags that look like numbers: "2025")',
    );
  });

  it("tags list with a number", () => {
    fieldProblem(
      "tags:\n  - python\n  - 2025\n",
      "tags",
      "item 2: expected a string, got the number 2025",
      'tags: [python, 入门] or tags: python (quote tags that look like numbers: "2025")',
    );
  });

  it("theme sepia", () => {
    fieldProblem(
      "theme: sepia\n",
      "theme",
      'expected light, dark or auto, got the string "sepia"',
      "theme: light, theme: dark or theme: auto",
    );
  });

  it("cover javascript:alert(1)", () => {
    fieldProblem(
      'cover: "javascript:alert(1)"\n',
      "cover",
      'expected an http(s) URL or a path, got the string "javascript:alert(1)" (javascript: links are not allowed)',
      "cover: https://example.com/cover.jpg or cover: /images/cover.jpg",
    );
  });

  it("slug ../x", () => {
    fieldProblem(
      "slug: ../x\n",
      "slug",
      'expected a URL-safe slug, got the string "../x" (it contains "/")',
      "use letters (Chinese too), numbers, - and _, e.g. slug: intro-to-python",
    );
  });

  it("lang in words", () => {
    fieldProblem(
      "lang: Chinese\n",
      "lang",
      'expected a language tag like zh-CN or en, got the string "Chinese"',
      "lang: zh-CN or lang: en",
    );
  });

  it("malformed YAML (bad indentation): only the YAML problem, no schema noise", () => {
    expect(problemsOf("---\ntitle: 入门\n  date: 2025-11-29\n---\n")).toEqual([
      {
        location: { file: FILE, line: 3 },
        message: "invalid YAML: bad indentation of a mapping entry",
        hint: 'check this line: fields start at the left margin as key: value, list items are indented under their key, and a value containing ": " or " #" needs quotes',
      },
    ]);
  });

  it("duplicated key: no problem, the last value wins, with a warning", () => {
    const result = validateArticle(FILE, "---\ntitle: 入门\ndate: 2025-11-29\ntitle: Intro\n---\n");
    expect(result.problems).toEqual([]);
    expect(result.article?.title).toBe("Intro");
    expect(result.warnings).toEqual([
      {
        location: { file: FILE, line: 4, field: "title" },
        message: '"title" is written twice; the last value wins, as in Hugo',
        hint: "keep one title: line and remove the other",
      },
    ]);
  });

  it("unclosed front matter", () => {
    expect(problemsOf("---\ntitle: 入门\ndate: 2025-11-29\n\n# Body\n")).toEqual([
      {
        location: { file: FILE, line: 1 },
        message: "front matter starts with --- but is never closed",
        hint: "add a line with --- after the last field",
      },
    ]);
  });

  it("no front matter: the title is missing (the date is optional)", () => {
    const result = validateArticle(FILE, "# Body\n");
    expect(result.article).toBeUndefined();
    expect(result.bodyLine).toBe(1);
    expect(result.problems).toEqual([
      {
        location: { file: FILE, line: 1, field: "title" },
        message: "is required but missing",
        hint: 'add title: "My tutorial" to the front matter',
      },
    ]);
  });

  it("gathers every schema problem of a file, in line order", () => {
    const source = "---\ntitle: 1\ndate: x\ndraft: 'no'\ntheme: sepia\nslug: a b\n---\n";
    expect(problemsOf(source).map((problem) => `${problem.location.line} ${problem.location.field}`)).toEqual([
      "2 title",
      "3 date",
      "4 draft",
      "5 theme",
      "6 slug",
    ]);
  });
});
