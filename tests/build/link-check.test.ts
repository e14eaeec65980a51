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
    expect(site.stderr).toContain("[kiln] The site was not built: 1 file has problems (3 problems):");
    expect(site.stderr).toContain(`${file}:8: broken link → /nowhere/: no page or file at /nowhere/`);
    // Links to articles by source path are told as written, in the words `npm run check` uses.
    const target = "tests/fixtures/sites/broken-links/b.md";
    expect(site.stderr).toContain(`${file}:12: links to b.md#不存在的标题, but ${target} has no heading or element with id "不存在的标题"`);
    expect(site.stderr).toContain(`${file}:14: links to missing.md, but there is no article at missing.md`);
    expect(site.stderr).toContain("fix: link to one of: #第二节");
    // The verdict says how to build anyway, and Kiln speaks alone.
    expect(site.stderr).toContain("[kiln] to build despite broken links, run npm run build -- --link-check=warn");
    expect(site.stderr).not.toContain("[11ty]");
    // The good anchor (b.md#第二节) and b's link to a real heading on A are not reported.
    expect(site.stderr).not.toContain("b.md#第二节");
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
