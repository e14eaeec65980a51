// Eleventy starts writing every page at once; Kiln lets a few render and write at a time, all of them in the end.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { isKilnWrapper } from "../../src/eleventy/eleventy-internals.ts";
import { limitPageWrites } from "../../src/eleventy/page-write-limit.ts";

describe("limitPageWrites", () => {
  it("wraps Eleventy's own Template#generateMapEntry, once", async () => {
    const folder = dirname(fileURLToPath(import.meta.resolve("@11ty/eleventy")));
    const { default: Template } = (await import(pathToFileURL(join(folder, "Template.js")).href)) as {
      default: { prototype: { generateMapEntry: unknown } };
    };
    await limitPageWrites();
    const wrapped = Template.prototype.generateMapEntry;
    expect(isKilnWrapper(wrapped)).toBe(true);
    await limitPageWrites();
    expect(Template.prototype.generateMapEntry).toBe(wrapped);
  });
});
