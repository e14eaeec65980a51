// Check: links between articles by source path (`../ml/cnn.md#优化器`) and `#fragments` must lead to a published
// article and an element it has. `npm run check` and the build run this one check (the build on what it renders).
import { dirname, join, resolve } from "node:path";
import { safeDecode } from "./link-checker.ts";
import type { Finding } from "./finding.ts";
import type { LinkSource } from "./link-sources.ts";

/** A link with no scheme and no `//` host: a path inside the site. */
const LOCAL = /^(?![a-z][a-z0-9+.-]*:|\/\/)/i;

/** What the check knows of the articles a link may lead to. */
export interface LinkTargets {
  /** The published article at a source path, with its ids. */
  published(path: string): LinkSource | undefined;
  /** Why the article at a source path is left out of the build (`draft`, `scheduled`…), when it exists but is. */
  unpublished(path: string): { file: string; reason: string } | undefined;
  /** Whether the file at a source path has problems of its own (its front matter): links to it are not checked. */
  hasProblems(path: string): boolean;
}

/** Ids worth suggesting: the first few of the target page. */
function suggest(ids: ReadonlySet<string>): string {
  const some = [...ids].slice(0, 5).map((id) => `#${id}`);
  return some.length === 0 ? "the target has no headings to link to" : `link to one of: ${some.join(", ")}${ids.size > 5 ? ", …" : ""}`;
}

/** Errors for `.md` links to missing or unpublished articles, and for fragments no element on the target carries. */
export function checkLinks(sources: Iterable<LinkSource>, targets: LinkTargets, inputFolder: string): Finding[] {
  const findings: Finding[] = [];
  for (const source of sources) {
    for (const { target: href, line } of source.links) {
      if (!LOCAL.test(href)) continue;
      const [rawPath = "", rawFragment] = href.split("#", 2);
      const pathPart = safeDecode(rawPath);
      if (pathPart !== "" && !/\.(md|ipynb)$/i.test(pathPart)) continue;
      const location = line === undefined ? { file: source.file } : { file: source.file, line };
      const targetPath =
        pathPart === "" ? source.path : pathPart.startsWith("/") ? join(inputFolder, pathPart) : resolve(dirname(source.path), pathPart);
      if (targets.hasProblems(targetPath)) continue;
      const target = targetPath === source.path ? source : targets.published(targetPath);
      if (target === undefined) {
        const left = targets.unpublished(targetPath);
        findings.push({
          severity: "error",
          location,
          message: left
            ? `links to ${safeDecode(href)}, but ${left.file} is not published in this build (${left.reason})`
            : `links to ${safeDecode(href)}, but there is no article at ${pathPart}`,
          hint: left
            ? "publish that article (draft: false, a date that has passed), or link to it once it is"
            : "check the path: it is relative to this file, or to the content folder when it starts with /",
        });
        continue;
      }
      if (rawFragment === undefined || rawFragment === "") continue;
      const fragment = safeDecode(rawFragment);
      if (target.ids.has(fragment)) continue;
      findings.push({
        severity: "error",
        location,
        message: `links to ${safeDecode(href)}, but ${target === source ? "this page" : target.file} has no heading or element with id "${fragment}"`,
        hint: suggest(target.ids),
      });
    }
  }
  return findings;
}
