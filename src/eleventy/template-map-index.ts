// Eleventy 3.1.8 finds a template by input path with a linear search (TemplateMap#getMapEntryForInputPath), once per
// template and once per collection item: quadratic, seconds of every 10,000-article build and dev-server save.
// Upstream replaced it with a Map (11ty/eleventy#3939, merged after 3.1.8, the latest 3.x); this puts the same index
// in front of it until a release has it. Speed only: when Eleventy's files move, nothing is patched.
import { wrapEleventyMethod } from "./eleventy-internals.ts";

/** The part of a TemplateMap entry the lookup reads. */
interface MapEntry {
  inputPath: string;
}

/** The part of Eleventy's TemplateMap this patch touches. */
export interface TemplateMapLookup {
  map: MapEntry[];
  getMapEntryForInputPath(inputPath: string): MapEntry | undefined;
}

/**
 * Wraps a linear lookup with an index of the map's entries by input path, rebuilt when entries were added (the
 * only change Eleventy makes to the array). A path in another form (absolute) still goes the linear way.
 */
export function indexedLookup(linear: TemplateMapLookup["getMapEntryForInputPath"]): TemplateMapLookup["getMapEntryForInputPath"] {
  const indexes = new WeakMap<MapEntry[], { length: number; byPath: Map<string, MapEntry> }>();
  return function (this: TemplateMapLookup, inputPath: string) {
    let index = indexes.get(this.map);
    if (index === undefined || index.length !== this.map.length) {
      const byPath = new Map<string, MapEntry>();
      // The first entry wins, as with the linear search.
      for (const entry of this.map) if (!byPath.has(entry.inputPath)) byPath.set(entry.inputPath, entry);
      indexes.set(this.map, (index = { length: this.map.length, byPath }));
    }
    return index.byPath.get(inputPath) ?? linear.call(this, inputPath);
  };
}

/** Puts the index in front of Eleventy's lookup, once per process. */
export async function indexTemplateMapLookups(): Promise<void> {
  await wrapEleventyMethod("TemplateMap.js", "getMapEntryForInputPath", indexedLookup);
}
