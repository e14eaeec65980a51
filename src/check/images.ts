// Check: local images must exist, beside the article, in the content folder, or in the project's public/ (or be
// written beside the page by the build: a notebook's pasted images).
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { safeDecode } from "./link-checker.ts";
import type { Finding } from "./finding.ts";
import type { LinkSource } from "./link-sources.ts";

/** Remote (`https:`, `//host`) and inline (`data:`) images are not files to look for. */
const REMOTE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** Errors for local image paths that point at no file. */
export function checkImages(sources: Iterable<LinkSource>, inputFolder: string, publicFolder: string): Finding[] {
  const findings: Finding[] = [];
  for (const source of sources) {
    for (const { target: src, line } of source.images) {
      if (src === "" || REMOTE.test(src) || source.beside.has(src)) continue;
      const path = safeDecode(src.split(/[?#]/, 1)[0] ?? "");
      const candidates = path.startsWith("/")
        ? [join(inputFolder, path), join(publicFolder, path)]
        : [resolve(dirname(source.path), path)];
      if (candidates.some((candidate) => existsSync(candidate))) continue;
      findings.push({
        severity: "error",
        location: line === undefined ? { file: source.file } : { file: source.file, line },
        message: `image ${src} does not exist`,
        hint: "put the file beside the article (![alt](image.png)) or under public/ (![alt](/images/image.png))",
      });
    }
  }
  return findings;
}
