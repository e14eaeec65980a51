// When a recorded build still stands: same inputs, same output files, and no article due to go live or expire.
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inputFingerprint, isUpToDate, siteDigest, type BuildRecord } from "../../src/build/build-record.ts";
import { nextPublishingChange } from "../../src/content/drafts.ts";
import { parseArticleDate } from "../../src/schema/article-date.ts";
import type { Article } from "../../src/schema/article.ts";

const record: BuildRecord = { output: "/site", inputs: "in", site: "out", staleFrom: "2026-01-02T00:00:00.000Z" };
const before = new Date("2026-01-01T23:59:59Z");

describe("isUpToDate", () => {
  it("holds for the same inputs and output before the recorded moment", () => {
    expect(isUpToDate(record, { inputs: "in", site: "out", now: before })).toBe(true);
    expect(isUpToDate({ ...record, staleFrom: null }, { inputs: "in", site: "out", now: new Date("2099-01-01") })).toBe(true);
  });

  it("fails from the moment an article goes live, for other inputs or output, and without a record or output", () => {
    expect(isUpToDate(record, { inputs: "in", site: "out", now: new Date("2026-01-02T00:00:00Z") })).toBe(false);
    expect(isUpToDate(record, { inputs: "other", site: "out", now: before })).toBe(false);
    expect(isUpToDate(record, { inputs: "in", site: "other", now: before })).toBe(false);
    expect(isUpToDate(record, { inputs: "in", site: null, now: before })).toBe(false);
    expect(isUpToDate(undefined, { inputs: "in", site: "out", now: before })).toBe(false);
  });
});

describe("nextPublishingChange", () => {
  const article = (fields: Record<string, string | boolean>) =>
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === "string" ? parseArticleDate(v) : v])) as unknown as Article;
  const now = new Date("2026-01-01T00:00:00Z");

  it("is the earliest future publishDate, date or expiryDate of a non-draft article", () => {
    const articles = [
      article({ date: "2025-06-01" }),
      article({ date: "2026-03-01T00:00:00Z" }),
      article({ date: "2025-01-01", expiryDate: "2026-02-01T00:00:00Z" }),
      article({ date: "2025-01-01", publishDate: "2026-01-15T00:00:00+08:00" }),
      article({ date: "2026-01-02T00:00:00Z", draft: true }),
    ];
    expect(nextPublishingChange(articles, now)?.toISOString()).toBe("2026-01-14T16:00:00.000Z");
  });

  it("is undefined when every date is past", () => {
    expect(nextPublishingChange([article({ date: "2025-06-01", expiryDate: "2025-12-01" })], now)).toBeUndefined();
  });
});

describe("inputFingerprint and siteDigest", () => {
  it("change with an article's text or the path prefix, and with an output file", async () => {
    const folder = await mkdtemp(join(tmpdir(), "kiln-fingerprint-"));
    const input = join(folder, "content");
    await mkdir(input);
    await writeFile(join(input, "a.md"), "---\ntitle: A\ndate: 2025-01-01\n---\n\nA.\n");
    const options = { input, output: join(input, "_site"), projectRoot: join(import.meta.dirname, "../.."), pathPrefix: "/" };
    const first = await inputFingerprint(options);
    expect(await inputFingerprint(options)).toBe(first);
    expect(await inputFingerprint({ ...options, pathPrefix: "/docs/" })).not.toBe(first);
    expect(await inputFingerprint({ ...options, env: { KILN_SEARCH: "off" } })).not.toBe(first);
    // A site built inside the input folder is no input of the next build.
    await mkdir(join(input, "_site"));
    await writeFile(join(input, "_site", "index.html"), "<p>built</p>");
    expect(await inputFingerprint(options)).toBe(first);
    await writeFile(join(input, "a.md"), "---\ntitle: A\ndate: 2025-01-01\n---\n\nB.\n");
    expect(await inputFingerprint(options)).not.toBe(first);

    expect(await siteDigest(join(folder, "missing"))).toBeNull();
    const site = await siteDigest(input);
    await writeFile(join(input, "b.txt"), "more");
    expect(await siteDigest(input)).not.toBe(site);
  });
});
