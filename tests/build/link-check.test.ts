// Link integrity: a site with a broken link, a broken anchor and an unknown .md target fails, listing each by source line.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSite } from "./run-kiln.ts";

describe("link check (fixture: broken-links)", () => {
  it("fails the build and lists every broken link as file:line → target", async () => {
    const site = await buildSite("tests/fixtures/sites/broken-links");
    expect(site.code).toBe(1);
    expect(existsSync(site.output)).toBe(false);
    const file = "tests/fixtures/sites/broken-links/a.md";
    expect(site.stderr).toContain("Broken links (3 problems):");
    expect(site.stderr).toContain(`${file}:8: broken link → /nowhere/: no page or file at /nowhere/`);
    expect(site.stderr).toContain(`${file}:12: broken anchor → /b/#不存在的标题: no element with id "不存在的标题" on /b/`);
    expect(site.stderr).toContain(`${file}:14: broken link → missing.md: no page or file at /a/missing.md`);
    expect(site.stderr).toContain("fix: link to an id the page has");
    // The good anchor (b.md#第二节) and b's link to a real heading on A are not reported.
    expect(site.stderr).not.toContain("第二节");
    expect(site.stderr).not.toContain("real-heading");
    expect(site.stderr).not.toMatch(/\n\s+at /);
  });

  it("only warns with --link-check=warn, and the site is written", async () => {
    const site = await buildSite("tests/fixtures/sites/broken-links", ["--link-check=warn"]);
    expect(site.code, site.stderr).toBe(0);
    expect(existsSync(site.output)).toBe(true);
    expect(site.stderr).toContain("tests/fixtures/sites/broken-links/a.md:8: broken link → /nowhere/: no page or file at /nowhere/");
  });
});
