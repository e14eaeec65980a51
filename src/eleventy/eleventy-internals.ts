// Kiln wraps a few methods of Eleventy 3.1.8's own classes (template-map-index.ts, lean-build-results.ts,
// page-write-limit.ts): each is loaded from Eleventy's file and wrapped once per process. When a file or method is not
// where 3.1.8 has it, nothing is wrapped: those wrappers only save time or memory.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const KILN_WRAPPER = Symbol("kiln.wrapper");

/** Whether a method is already one of Kiln's wrappers. */
export function isKilnWrapper(method: unknown): boolean {
  return typeof method === "function" && KILN_WRAPPER in method;
}

/** Replaces `prototype[method]` of the class Eleventy's `file` (`TemplateMap.js`) exports with `wrap(current)`. */
export async function wrapEleventyMethod<M extends (...args: never[]) => unknown>(file: string, method: string, wrap: (current: M) => M): Promise<void> {
  try {
    const eleventyFolder = dirname(fileURLToPath(import.meta.resolve("@11ty/eleventy")));
    const module = (await import(pathToFileURL(join(eleventyFolder, file)).href)) as { default: { prototype: Record<string, unknown> } };
    const prototype = module.default.prototype;
    const current = prototype[method];
    if (typeof current !== "function" || isKilnWrapper(current)) return;
    prototype[method] = Object.assign(wrap(current as M), { [KILN_WRAPPER]: true });
  } catch {
    // Another Eleventy layout: nothing is wrapped.
  }
}
