// Check: two articles must never be written to the same URL (a slug or file name clash silently loses one).
import type { Finding } from "./finding.ts";
import type { ParsedArticle } from "./parsed-article.ts";

/** One error per article whose URL an earlier article (in file order) already has. */
export function checkDuplicateUrls(articles: readonly ParsedArticle[], urlOf: (parsed: ParsedArticle) => string): Finding[] {
  const owners = new Map<string, ParsedArticle>();
  const findings: Finding[] = [];
  for (const parsed of articles) {
    if (!parsed.article) continue;
    const url = urlOf(parsed);
    const owner = owners.get(url);
    if (owner === undefined) {
      owners.set(url, parsed);
      continue;
    }
    findings.push({
      severity: "error",
      location: { file: parsed.file },
      message: `its URL ${url} is also the URL of ${owner.file}; one would overwrite the other`,
      hint: "give one of them another slug in its front matter (slug: another-name) or rename its file",
    });
  }
  return findings;
}
