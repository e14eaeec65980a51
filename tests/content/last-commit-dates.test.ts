// Tests for last-commit-dates.ts: reading `git log -z` output, and when a commit date becomes `updated`.
import { describe, expect, it } from "vitest";
import { parseGitLog, withCommitDate } from "../../src/content/last-commit-dates.ts";
import { ArticleSchema } from "../../src/schema/article.ts";
import { parseArticleDate } from "../../src/schema/article-date.ts";

describe("parseGitLog", () => {
  it("keeps the newest commit per file, any file name included, resolved against the folder", () => {
    const output = [
      "\u00012026-01-05T22:30:00-05:00", "\nen/one.md", "\u00012025-12-20T10:00:00+08:00", "\nen/one.md", "中 文/a\nb.md", "",
    ].join("\0");
    const dates = parseGitLog(output, "/site/content");
    expect([...dates].map(([path, date]) => [path, date.text])).toEqual([
      ["/site/content/en/one.md", "2026-01-05T22:30:00-05:00"],
      ["/site/content/中 文/a\nb.md", "2025-12-20T10:00:00+08:00"],
    ]);
  });

  it("reads nothing from empty output", () => {
    expect(parseGitLog("", "/site").size).toBe(0);
  });
});

describe("withCommitDate", () => {
  const article = (extra: object = {}) => ArticleSchema.parse({ title: "x", date: "2025-12-01T09:00:00+08:00", ...extra });
  const commit = (text: string) => parseArticleDate(text);

  it("uses a commit after the publication as `updated`", () => {
    expect(withCommitDate(article(), commit("2025-12-02T09:00:00+08:00")).updated?.text).toBe("2025-12-02T09:00:00+08:00");
  });

  it("keeps front matter `updated`, and ignores a commit before the publication or none", () => {
    expect(withCommitDate(article({ updated: "2025-12-05" }), commit("2025-12-09T00:00:00Z")).updated?.text).toBe("2025-12-05T00:00:00Z");
    expect(withCommitDate(article(), commit("2025-11-30T09:00:00+08:00")).updated).toBeUndefined();
    expect(withCommitDate(article(), undefined).updated).toBeUndefined();
  });

  it("makes the commit the date of an article with no date, and leaves one without a commit undated", () => {
    const undated = ArticleSchema.parse({ title: "x" });
    const dated = withCommitDate(undated, commit("2025-12-02T09:00:00+08:00"));
    expect(dated.date?.text).toBe("2025-12-02T09:00:00+08:00");
    expect(dated.updated).toBeUndefined();
    expect(withCommitDate(undated, undefined).date).toBeUndefined();
  });
});
