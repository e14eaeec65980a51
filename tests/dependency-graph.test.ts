// The shape of src/: no import circle anywhere (type-only imports count: they tie two files' designs together), and
// dependencies that point one way, as docs/ARCHITECTURE.md draws them. A new circle or a wrong direction fails here.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = resolve(import.meta.dirname, "../src");

/** Every TypeScript file below src/, as paths relative to it (`eleventy/kiln-plugin.ts`). */
function sourceFiles(folder = src): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [relative(src, path)] : [];
  });
}

/** `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`, type-only ones included. */
const SPECIFIER = /(?:^\s*(?:import|export)\b[^;]*?\bfrom\s*|^\s*import\s*|\bimport\(\s*)"([^"]+)"/gm;

/** What each file imports: other files of src/ (relative to src/) and packages by name. */
function importGraph(): Map<string, { files: string[]; packages: string[] }> {
  const graph = new Map<string, { files: string[]; packages: string[] }>();
  for (const file of sourceFiles()) {
    const text = readFileSync(join(src, file), "utf8");
    const imports = { files: [] as string[], packages: [] as string[] };
    for (const [, specifier = ""] of text.matchAll(SPECIFIER)) {
      if (specifier.startsWith(".")) imports.files.push(relative(src, resolve(src, dirname(file), specifier)));
      else if (!specifier.startsWith("node:")) imports.packages.push(specifier);
    }
    graph.set(file, imports);
  }
  return graph;
}

/** The import circles of a graph (its strongly connected components of more than one file, or a file importing itself). */
function circles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string): void => {
    order.set(file, order.size);
    low.set(file, order.get(file)!);
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (!edges.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, order.get(next)!));
    }
    if (low.get(file) !== order.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member !== undefined) component.push(member);
    } while (member !== undefined && member !== file);
    if (component.length > 1 || edges.get(file)?.includes(file)) found.push(component.sort());
  }
  for (const file of edges.keys()) if (!order.has(file)) visit(file);
  return found;
}

describe("src/ dependency graph", () => {
  const graph = importGraph();

  it("reads every file's imports (the check would pass on nothing otherwise)", () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get("eleventy/kiln-plugin.ts")?.files).toContain("content/content-registry.ts");
    expect(graph.get("eleventy/kiln-plugin.ts")?.packages).toContain("@11ty/eleventy");
  });

  it("finds a circle when there is one", () => {
    const edges = new Map([["a.ts", ["b.ts"]], ["b.ts", ["c.ts"]], ["c.ts", ["a.ts"]], ["d.ts", ["a.ts"]]]);
    expect(circles(edges)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });

  it("has no import circle", () => {
    expect(circles(new Map([...graph].map(([file, { files }]) => [file, files])))).toEqual([]);
  });

  it("keeps src/markdown and src/schema free of Eleventy, and content and URLs from reaching back into pages", () => {
    const allowed: Record<string, readonly string[]> = {
      // Pure markdown-it + shiki; workers read an article's body as the registry does (schema's front matter reader).
      // Notebooks are read into Markdown text (the registry, workers) and their cells rendered by Kiln's markdown-it.
      "markdown/": ["markdown/", "notebooks/", "schema/", "errors.ts", "running-process.ts"],
      "notebooks/": ["notebooks/", "schema/", "markdown/callout-text.ts", "errors.ts"],
      "schema/": ["schema/", "errors.ts"],
      // The content registry and URLs are data that pages, the dev server and the build read: never the reverse.
      // Of Eleventy they know only the narrow config types.
      "content/": ["content/", "links/", "notebooks/", "schema/", "markdown/", "report/", "errors.ts", "eleventy/eleventy-config.ts"],
      "links/": ["links/", "content/language-files.ts", "schema/", "markdown/", "errors.ts", "eleventy/eleventy-config.ts"],
      "cards/": ["cards/", "markdown/highlight/", "schema/", "images/image-source.ts", "pages/ui-text.ts", "report/", "eleventy/eleventy-config.ts", "limited-at-once.ts"],
    };
    const wrong: string[] = [];
    for (const [file, { files, packages }] of graph) {
      const rule = Object.entries(allowed).find(([folder]) => file.startsWith(folder))?.[1];
      if (rule === undefined) continue;
      for (const target of files) if (!rule.some((prefix) => target.startsWith(prefix))) wrong.push(`${file} → ${target}`);
      for (const name of packages) if (name.startsWith("@11ty/")) wrong.push(`${file} → ${name}`);
    }
    expect(wrong).toEqual([]);
  });

  it("keeps what a card worker loads free of Eleventy and of the build (the worker bundles all of it)", () => {
    const drawing = ["cards/card-worker.ts"];
    for (let index = 0; index < drawing.length; index++) {
      for (const target of graph.get(drawing[index]!)?.files ?? []) if (!drawing.includes(target)) drawing.push(target);
    }
    expect(drawing.filter((file) => !file.startsWith("cards/") && !["markdown/highlight/thread-priority.ts", "limited-at-once.ts"].includes(file))).toEqual([]);
    expect(drawing.flatMap((file) => graph.get(file)?.packages ?? []).filter((name) => !["@napi-rs/canvas", "sharp"].includes(name))).toEqual([]);
  });

  it("has no folder of more than about 20 files", () => {
    const counts = new Map<string, number>();
    for (const file of graph.keys()) {
      const folder = dirname(file);
      counts.set(folder, (counts.get(folder) ?? 0) + 1);
    }
    const crowded = [...counts].filter(([folder, count]) => count > 22);
    expect(crowded).toEqual([]);
  });
});
