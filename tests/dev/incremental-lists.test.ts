// Which pages a dev-server save rewrites: Eleventy's own rule, except generated pages when what they show is unchanged.
import { describe, expect, it } from "vitest";
import type { ContentRegistry } from "../../src/content/content-registry.ts";
import { isRelevantAfterSave, type IncrementalMatchContext } from "../../src/dev/incremental-lists.ts";

/** A registry that knows one article whose list data did not change. */
const registry = { listDataUnchanged: (path: string) => path.endsWith("kept.md") } as unknown as ContentRegistry;
const context = (inputPath: string, graph: Partial<IncrementalMatchContext> = {}): IncrementalMatchContext => ({
  inputPath,
  isFullTemplate: true,
  isFileRelevantToInputPath: true,
  doesFileHaveDependencies: true,
  ...graph,
});

describe("isRelevantAfterSave", () => {
  it("skips generated pages and feeds when the saved article's list data is unchanged", () => {
    expect(isRelevantAfterSave(context("./content/kiln-pages/home.njk"), "./content/kept.md", registry)).toBe(false);
    expect(isRelevantAfterSave(context("./content/kiln-feeds/atom.njk"), "./content/kept.md", registry)).toBe(false);
  });

  it("rewrites them when it changed, and any other page Eleventy's graph ties to the saved file", () => {
    expect(isRelevantAfterSave(context("./content/kiln-pages/home.njk"), "./content/renamed.md", registry)).toBe(true);
    expect(isRelevantAfterSave(context("./content/notes/page.njk"), "./content/kept.md", registry)).toBe(true);
  });

  it("keeps Eleventy's rule otherwise: unrelated pages stay, pages of an unknown dependency are rewritten", () => {
    const unrelated = { isFileRelevantToInputPath: false };
    expect(isRelevantAfterSave(context("./content/notes/page.njk", unrelated), "./content/renamed.md", registry)).toBe(false);
    const unknown = { isFileRelevantToInputPath: false, doesFileHaveDependencies: false, isFullTemplate: false };
    expect(isRelevantAfterSave(context("./content/notes/page.njk", unknown), "./layouts/base.njk", registry)).toBe(true);
  });
});
