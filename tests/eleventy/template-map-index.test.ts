// The index put in front of Eleventy's linear template lookup answers exactly as the linear search does.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { isKilnWrapper } from "../../src/eleventy/eleventy-internals.ts";
import { indexedLookup, indexTemplateMapLookups, type TemplateMapLookup } from "../../src/eleventy/template-map-index.ts";

/** Eleventy 3.1.8's lookup, as written there: the first entry whose path is the one given or its absolute form. */
function linear(this: TemplateMapLookup, inputPath: string) {
  const absolute = join(process.cwd(), inputPath);
  return this.map.find((entry) => entry.inputPath === inputPath || entry.inputPath === absolute);
}

describe("indexedLookup", () => {
  const lookup = indexedLookup(linear);
  const templates: TemplateMapLookup = {
    map: [{ inputPath: "./content/a.md" }, { inputPath: "./content/b.md" }, { inputPath: "./content/a.md" }],
    getMapEntryForInputPath: lookup,
  };

  it("finds what the linear search finds, the first entry among equals, and nothing for unknown paths", () => {
    for (const path of ["./content/a.md", "./content/b.md", "./content/missing.md", "__collection:all"]) {
      expect(lookup.call(templates, path)).toBe(linear.call(templates, path));
    }
    expect(lookup.call(templates, "./content/a.md")).toBe(templates.map[0]);
  });

  it("sees entries added after its first answer, and paths given in absolute form", () => {
    expect(lookup.call(templates, "./content/c.md")).toBeUndefined();
    const added = { inputPath: "./content/c.md" };
    templates.map.push(added);
    expect(lookup.call(templates, "./content/c.md")).toBe(added);
    const absolute = { map: [{ inputPath: join(process.cwd(), "content/d.md") }], getMapEntryForInputPath: lookup };
    expect(lookup.call(absolute, "content/d.md")).toBe(absolute.map[0]);
  });
});

describe("indexTemplateMapLookups", () => {
  it("puts the index in front of Eleventy's own lookup, once", async () => {
    const folder = dirname(fileURLToPath(import.meta.resolve("@11ty/eleventy")));
    const { default: TemplateMap } = (await import(pathToFileURL(join(folder, "TemplateMap.js")).href)) as {
      default: { prototype: TemplateMapLookup };
    };
    await indexTemplateMapLookups();
    const patched = TemplateMap.prototype.getMapEntryForInputPath;
    expect(isKilnWrapper(patched)).toBe(true);
    await indexTemplateMapLookups();
    expect(TemplateMap.prototype.getMapEntryForInputPath).toBe(patched);
  });
});
