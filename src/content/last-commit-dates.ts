// Last commit dates: when git last touched each file of the input folder, read with one `git log` per build.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import type { Article } from "../schema/article.ts";
import { parseArticleDate, type ArticleDate } from "../schema/article-date.ts";

/** Marks a commit's line in the log (a file name cannot start with it after git's `-z` NUL separator). */
const COMMIT_MARK = "\u0001";

/**
 * Arguments of the one `git log` call: newest commit first, each as `\u0001<author date>` followed by the files it
 * touched below the working folder, relative to it (`--relative`), NUL-separated so any file name survives (`-z`).
 * The author date (`%aI`) keeps the author's own offset, as front matter dates do; VitePress and Hugo read it too.
 */
const GIT_LOG_ARGS = ["log", `--format=%x01%aI`, "--name-only", "--relative", "-z", "--", "."] as const;

/** Reads `git log` output into the newest date per file (the first time a file appears). */
export function parseGitLog(output: string, folder: string): Map<string, ArticleDate> {
  const dates = new Map<string, ArticleDate>();
  let current: ArticleDate | undefined;
  for (const token of output.split("\0")) {
    // With `-z`, git still ends a commit's header with a newline before its first file name.
    const entry = token.startsWith("\n") ? token.slice(1) : token;
    if (entry.startsWith(COMMIT_MARK)) current = parseArticleDate(entry.slice(COMMIT_MARK.length));
    else if (entry !== "" && current !== undefined) {
      const path = resolve(folder, entry);
      if (!dates.has(path)) dates.set(path, current);
    }
  }
  return dates;
}

/**
 * The date of the last commit that touched each file below `folder`, by absolute path, from one `git log` call.
 * Empty, quietly, when git is missing, the folder is not in a git checkout, or its files were never committed.
 * Only committed history counts, so two builds of one checkout are byte-identical (a shallow clone knows only
 * its last commit: CI needs the full history, e.g. `fetch-depth: 0`).
 */
export function lastCommitDates(folder: string): Promise<Map<string, ArticleDate>> {
  const cwd = resolve(folder);
  return new Promise((done) => {
    execFile("git", GIT_LOG_ARGS, { cwd, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 }, (error, stdout) =>
      done(error ? new Map() : parseGitLog(stdout, cwd)),
    );
  });
}

/**
 * The article with its last commit as `updated` when the front matter gives none (`updated`, Hugo's `lastmod`)
 * and the commit came after the publication: a file committed before its `date` was not updated since. An article
 * with no date at all (none of `date`, `publishDate`, `updated`, `lastmod`) takes the commit as its `date`.
 */
export function withCommitDate(article: Article, commit: ArticleDate | undefined): Article {
  if (commit === undefined) return article;
  if (article.date === undefined) return { ...article, date: commit };
  if (article.updated !== undefined || commit.instant <= article.date.instant) return article;
  return { ...article, updated: commit };
}
