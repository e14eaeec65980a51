// `npm run check`: every check over a folder of articles, without writing a site.
import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { listMarkdownFiles } from "../eleventy/content-registry.ts";
import { articlePermalink } from "../eleventy/article-data.ts";
import { displayPath } from "../eleventy/display-path.ts";
import { createMarkdown } from "../markdown/create-markdown.ts";
import { createKilnHighlighter } from "../markdown/highlighter.ts";
import { checkDuplicateUrls } from "./duplicate-urls.ts";
import type { Finding } from "./finding.ts";
import { checkImages } from "./images.ts";
import { checkLinks } from "./links.ts";
import { parseArticle, type ParsedArticle } from "./parsed-article.ts";
import { checkShortcodes } from "./shortcodes.ts";

/** What a check run found. */
export interface CheckReport {
  articles: number;
  findings: Finding[];
}

/** The URL Kiln gives an article, from its path below the content folder. */
function urlOf(inputFolder: string) {
  return (parsed: ParsedArticle): string => {
    const stem = `/${relative(inputFolder, parsed.path).replace(/\\/g, "/").replace(/\.md$/, "")}`;
    const fileSlug = stem.split("/").at(-1) ?? "";
    return articlePermalink({ filePathStem: stem, fileSlug }, parsed.article?.slug);
  };
}

/** Runs every check over the articles below `input`; findings sorted by file and line. */
export async function checkContent(input: string, projectRoot: string): Promise<CheckReport> {
  const inputFolder = resolve(input);
  const findings: Finding[] = [];
  const highlighter = await createKilnHighlighter();
  try {
    // Only the language table is used: the checks parse, they never render (so nothing is highlighted).
    const md = createMarkdown({
      highlighter,
      onWarning: ({ file, line, message, hint }) =>
        findings.push({
          severity: "warning",
          location: { file: file === undefined ? "(unknown file)" : displayPath(file), ...(line === undefined ? {} : { line }) },
          message,
          hint,
        }),
    });
    const articles: ParsedArticle[] = [];
    for (const path of await listMarkdownFiles(inputFolder)) {
      articles.push(parseArticle(md, path, displayPath(path), await readFile(path, "utf8")));
    }
    for (const parsed of articles) findings.push(...parsed.problems.map((problem) => ({ ...problem, severity: "error" as const })));
    findings.push(
      ...checkDuplicateUrls(articles, urlOf(inputFolder)),
      ...checkLinks(articles, inputFolder),
      ...checkImages(articles, inputFolder, join(projectRoot, "public")),
      ...checkShortcodes(articles),
    );
    findings.sort(
      (a, b) => a.location.file.localeCompare(b.location.file) || (a.location.line ?? 0) - (b.location.line ?? 0),
    );
    return { articles: articles.length, findings };
  } finally {
    highlighter.dispose();
  }
}
