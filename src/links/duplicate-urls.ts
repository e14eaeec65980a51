// Two articles must never be written to the same URL (a slug or file name clash silently loses one).
import type { Problem } from "../errors.ts";
import type { Article } from "../schema/article.ts";

/** What the check needs of an article: where it is, and its front matter when valid. */
interface UrlOwner {
  file: string;
  article: Article | undefined;
}

/**
 * One problem per article whose URL an earlier article (in file order) already has. `urlOf` gives
 * `undefined` for an article that writes no page. Used by the build and by `npm run check`.
 */
export function checkDuplicateUrls<T extends UrlOwner>(articles: readonly T[], urlOf: (parsed: T) => string | undefined): Problem[] {
  const owners = new Map<string, T>();
  const problems: Problem[] = [];
  for (const parsed of articles) {
    if (!parsed.article) continue;
    const url = urlOf(parsed);
    if (url === undefined) continue;
    const owner = owners.get(url);
    if (owner === undefined) {
      owners.set(url, parsed);
      continue;
    }
    problems.push({
      location: { file: parsed.file },
      message: `its URL ${url} is also the URL of ${owner.file}; one would overwrite the other`,
      hint: "give one of them another slug in its front matter (slug: another-name) or rename its file",
    });
  }
  return problems;
}
