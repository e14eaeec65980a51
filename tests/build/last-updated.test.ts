// Last updated: front matter `updated`, else the file's last git commit (history made here), shown only on a later day.
import { load } from "cheerio";
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "./run-kiln.ts";

/** A copy of the series fixture in a fresh temporary folder (outside any git checkout). */
async function copyFixture(): Promise<string> {
  const input = join(await mkdtemp(join(tmpdir(), "kiln-updated-")), "content");
  await cp("tests/fixtures/sites/series", input, { recursive: true });
  return input;
}

/** Commits every change in `folder` at a fixed author and committer date. */
function commitAt(folder: string, date: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Kiln", "-c", "user.email=kiln@example.org", ...args], { cwd: folder, env });
  git("add", "-A");
  git("commit", "-q", "--no-gpg-sign", "-m", `at ${date}`);
}

/** The JSON-LD dateModified of a page. */
function dateModified(html: string): string {
  const $ = load(html);
  return (JSON.parse($("script[type='application/ld+json']").text()) as { dateModified: string }).dateModified;
}

describe("last updated outside a git checkout", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite(await copyFixture());
  });

  it("shows front matter `updated` on a later day as 最后更新于, with the author's offset in <time datetime>", async () => {
    expect(site.code, site.stderr).toBe(0);
    const $ = await site.page("basics/tensors/index.html");
    expect($(".article__meta").text()).toContain("最后更新于 2025年12月10日");
    expect($("time.article__updated").attr("datetime")).toBe("2025-12-10T09:00:00+08:00");
    expect(dateModified(await site.text("basics/tensors/index.html"))).toBe("2025-12-10T09:00:00+08:00");
  });

  it("does not show an update on the publication day, but still uses it for dateModified", async () => {
    const html = await site.text("basics/autograd/index.html");
    expect(load(html)(".article__updated")).toHaveLength(0);
    expect(dateModified(html)).toBe("2025-12-03T21:00:00+08:00");
  });

  it("quietly has no last-updated date without `updated` and without git", async () => {
    const html = await site.text("basics/standalone/index.html");
    expect(load(html)(".article__updated")).toHaveLength(0);
    expect(dateModified(html)).toBe("2025-12-02T09:00:00+08:00");
    expect(site.stderr).not.toMatch(/git|fatal/i);
  });
});

describe.each([
  ["/", ""],
  ["/docs/", "/docs"],
])("last updated from git history (--pathprefix=%s)", (prefix, base) => {
  let site: BuiltSite;
  beforeAll(async () => {
    const input = await copyFixture();
    execFileSync("git", ["init", "-q"], { cwd: input });
    commitAt(input, "2025-12-20T10:00:00+08:00");
    await writeFile(join(input, "en/one.md"), `${await readFile(join(input, "en/one.md"), "utf8")}\nA correction.\n`);
    commitAt(input, "2026-01-05T22:30:00-05:00");
    site = await buildSite(input, [`--pathprefix=${prefix}`]);
  });

  it("takes the last commit that touched the file, in the committer's offset", async () => {
    expect(site.code, site.stderr).toBe(0);
    const standalone = await site.page("basics/standalone/index.html");
    expect(standalone(".article__meta").text()).toContain("最后更新于 2025年12月20日");
    expect(standalone("time.article__updated").attr("datetime")).toBe("2025-12-20T10:00:00+08:00");
    const english = await site.page("en/one/index.html");
    // 22:30 on the 5th at -05:00 is the 6th in UTC: the day shown is the committer's own.
    expect(english(".article__meta").text()).toContain("Last updated 5 January 2026");
    expect(english("time.article__updated").attr("datetime")).toBe("2026-01-05T22:30:00-05:00");
  });

  it("lets front matter `updated` win over git", async () => {
    const $ = await site.page("basics/tensors/index.html");
    expect($("time.article__updated").attr("datetime")).toBe("2025-12-10T09:00:00+08:00");
  });

  it("uses the commit date for JSON-LD dateModified, the sitemap's lastmod and the feeds' updated", async () => {
    expect(dateModified(await site.text("en/one/index.html"))).toBe("2026-01-05T22:30:00-05:00");
    const sitemap = load(await site.text("sitemap.xml"), { xml: true });
    const entry = sitemap("url").filter((_, url) => sitemap(url).find("loc").text() === `https://example.org${base}/en/one/`);
    expect(entry.find("lastmod").text()).toBe("2026-01-05T22:30:00-05:00");
    const feed = load(await site.text("feed.xml"), { xml: true });
    expect(feed("feed > updated").text()).toBe("2026-01-05T22:30:00-05:00");
    const standalone = feed("entry").filter((_, entry) => feed(entry).find("title").text() === "独立文章");
    expect(standalone.find("updated").text()).toBe("2025-12-20T10:00:00+08:00");
  });
});
