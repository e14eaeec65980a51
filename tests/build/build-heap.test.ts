// A production build of a large site asks V8 for tight heap growth, and every build ends with V8's default again.
import { describe, expect, it } from "vitest";
import { BUILD_HEAP_GROWTH, buildHeapPlugin, DEFAULT_HEAP_GROWTH, TIGHT_HEAP_ARTICLES } from "../../src/build/build-heap.ts";
import type { BuildEventArgs, EleventyConfig } from "../../src/eleventy/eleventy-config.ts";

/** The flags set around one build of `articles` articles in `runMode`. */
function flagsAround(runMode: BuildEventArgs["runMode"], articles: number): string[] {
  const handlers = new Map<string, (args: BuildEventArgs) => unknown>();
  const config = { on: (event: string, handler: (args: BuildEventArgs) => unknown) => handlers.set(event, handler) };
  const flags: string[] = [];
  buildHeapPlugin(config as unknown as EleventyConfig, () => articles, (flag) => flags.push(flag));
  const args = { runMode, directories: { input: "content", output: "_site" } } as BuildEventArgs;
  handlers.get("eleventy.before")?.(args);
  handlers.get("eleventy.after")?.(args);
  return flags;
}

describe("buildHeapPlugin", () => {
  it("tightens heap growth for a production build from TIGHT_HEAP_ARTICLES articles, then sets it back", () => {
    expect(flagsAround("build", TIGHT_HEAP_ARTICLES)).toEqual([BUILD_HEAP_GROWTH, DEFAULT_HEAP_GROWTH]);
    expect(BUILD_HEAP_GROWTH).toBe("--heap-growing-percent=20");
  });

  it("leaves V8's default to smaller sites and to the dev server", () => {
    expect(flagsAround("build", TIGHT_HEAP_ARTICLES - 1)).toEqual([DEFAULT_HEAP_GROWTH, DEFAULT_HEAP_GROWTH]);
    expect(flagsAround("watch", TIGHT_HEAP_ARTICLES * 3)).toEqual([DEFAULT_HEAP_GROWTH, DEFAULT_HEAP_GROWTH]);
    expect(flagsAround("serve", TIGHT_HEAP_ARTICLES * 3)).toEqual([DEFAULT_HEAP_GROWTH, DEFAULT_HEAP_GROWTH]);
  });
});
