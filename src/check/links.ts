// Check: links between articles by source path (`../ml/cnn.md#优化器`) and `#fragments` must lead somewhere.
import { dirname, join, resolve } from "node:path";
import type { Finding } from "./finding.ts";
import { inlineTokens, type ParsedArticle } from "./parsed-article.ts";

/** A link with no scheme and no `//` host: a path inside the site. */
const LOCAL = /^(?![a-z][a-z0-9+.-]*:|\/\/)/i;

/** Ids worth suggesting: the first few of the target page. */
function suggest(ids: ReadonlySet<string>): string {
  const some = [...ids].slice(0, 5).map((id) => `#${id}`);
  return some.length === 0 ? "the target has no headings to link to" : `link to one of: ${some.join(", ")}${ids.size > 5 ? ", …" : ""}`;
}

/** Errors for `.md` links to missing files and for fragments no element on the target page carries. */
export function checkLinks(articles: readonly ParsedArticle[], inputFolder: string): Finding[] {
  const byPath = new Map(articles.map((parsed) => [parsed.path, parsed]));
  const findings: Finding[] = [];
  for (const parsed of articles) {
    for (const { token, line } of inlineTokens(parsed)) {
      if (token.type !== "link_open") continue;
      const href = String(token.attrGet("href") ?? "");
      if (!LOCAL.test(href)) continue;
      const [rawPath = "", rawFragment] = href.split("#", 2);
      const pathPart = decodeURIComponent(rawPath);
      if (pathPart !== "" && !pathPart.endsWith(".md")) continue;
      const location = line === undefined ? { file: parsed.file } : { file: parsed.file, line };
      const targetPath =
        pathPart === "" ? parsed.path : pathPart.startsWith("/") ? join(inputFolder, pathPart) : resolve(dirname(parsed.path), pathPart);
      const target = byPath.get(targetPath);
      if (target === undefined) {
        findings.push({
          severity: "error",
          location,
          message: `links to ${href}, but there is no article at ${pathPart}`,
          hint: "check the path: it is relative to this file, or to the content folder when it starts with /",
        });
        continue;
      }
      if (rawFragment === undefined || rawFragment === "") continue;
      const fragment = decodeURIComponent(rawFragment);
      if (target.ids.has(fragment)) continue;
      findings.push({
        severity: "error",
        location,
        message: `links to ${href}, but ${target === parsed ? "this page" : target.file} has no heading or element with id "${fragment}"`,
        hint: suggest(target.ids),
      });
    }
  }
  return findings;
}
