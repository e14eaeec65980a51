// `npm run check`: every check over a folder of articles, without writing a site.
import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { listArticleFiles } from "../content/article-files.ts";
import { articleUrlOf } from "../links/article-url.ts";
import { displayPath } from "../report/display-path.ts";
import { sectionFiles } from "../content/section-files.ts";
import { skippedLanguagesLine, splitByLanguage } from "../content/language-files.ts";
import { checkDuplicateUrls } from "../links/duplicate-urls.ts";
import { SEARCH_PAGE_URL, searchPageMovedLine } from "../links/generated-pages.ts";
import { createMarkdown } from "../markdown/create-markdown.ts";
import { createKilnHighlighter } from "../markdown/highlight/highlighter.ts";
import { mergeRepeated, type Problem } from "../errors.ts";
import { unpublished } from "../content/drafts.ts";
import type { Finding } from "./finding.ts";
import { checkImages } from "./images.ts";
import { checkLinks, type LinkTargets } from "./links.ts";
import { parseArticle, type ParsedArticle } from "./parsed-article.ts";
import { validateSection } from "../schema/section.ts";
import { readArticleText } from "../notebooks/article-text.ts";

/** What a check run found. */
export interface CheckReport {
  articles: number;
  findings: Finding[];
  /** Lines about what was left out on purpose (files in other languages), printed as `[kiln] …`. */
  notes: string[];
}

/** Options of {@link checkContent}. */
export interface CheckOptions {
  /** The site's language: of Hugo's `post.<lang>.md` files, only this language is checked, as only it is built. @default "zh-CN" */
  language?: string;
}

/** The URL Kiln gives an article, from its path below the content folder. */
function urlOf(inputFolder: string) {
  return (parsed: ParsedArticle): string | undefined =>
    parsed.article && articleUrlOf(relative(inputFolder, parsed.path), parsed.article);
}

/** Runs every check over the articles below `input`; findings sorted by file and line, repeats merged. */
export async function checkContent(input: string, projectRoot: string, { language = "zh-CN" }: CheckOptions = {}): Promise<CheckReport> {
  const inputFolder = resolve(input);
  const findings: Finding[] = [];
  const notes: string[] = [];
  const highlighter = await createKilnHighlighter();
  try {
    // Only the language table is used: the checks parse, they never render (so nothing is highlighted).
    // Parsing reports unknown code languages and unsupported Hugo shortcodes through onWarning.
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
    const { kept: paths, skipped } = splitByLanguage(await listArticleFiles(inputFolder), language);
    const skippedLine = skippedLanguagesLine(skipped, language);
    if (skippedLine !== undefined) notes.push(skippedLine);
    // `_index.md` and a section's `index.md` describe their folder: checked against the section schema, not as articles.
    const describing = sectionFiles(inputFolder, paths, displayPath);
    const asError = (problem: Problem): Finding => ({ ...problem, severity: "error" });
    const asWarning = (problem: Problem): Finding => ({ ...problem, severity: "warning" });
    findings.push(...describing.problems.map(asError));
    for (const path of paths) {
      if (describing.ignored.has(resolve(path))) continue;
      const file = displayPath(path);
      const source = readArticleText(file, await readFile(path));
      findings.push(...source.problems.map(asError), ...source.warnings.map(asWarning));
      if (source.problems.length > 0) continue;
      if (describing.files.has(resolve(path))) {
        const section = validateSection(file, source.text);
        findings.push(...section.problems.map(asError), ...section.warnings.map(asWarning));
      } else articles.push(parseArticle(md, path, file, source.text, new Set(source.assets.map((asset) => asset.name))));
    }
    for (const parsed of articles) findings.push(...parsed.problems.map(asError), ...parsed.warnings.map(asWarning));
    // As the build says it: an article at /search/ moves Kiln's search page.
    const searchOwner = articles.find((parsed) => urlOf(inputFolder)(parsed) === SEARCH_PAGE_URL);
    if (searchOwner !== undefined) notes.push(searchPageMovedLine(searchOwner.file));
    findings.push(...checkDuplicateUrls(articles, urlOf(inputFolder)).map(asError));
    // The build checks what it publishes: so does this, and a link to an article left out of it is broken.
    const now = new Date();
    const byPath = new Map(articles.map((parsed) => [parsed.path, parsed]));
    const isPublished = (parsed: ParsedArticle) => parsed.article !== undefined && unpublished(parsed.article, now) === undefined;
    const published = articles.filter(isPublished);
    const targets: LinkTargets = {
      published: (path) => {
        const parsed = byPath.get(path);
        return parsed !== undefined && isPublished(parsed) ? parsed : undefined;
      },
      unpublished: (path) => {
        const article = byPath.get(path)?.article;
        const reason = article === undefined ? undefined : unpublished(article, now);
        return reason === undefined ? undefined : { file: displayPath(path), reason };
      },
      // An article with front matter problems is reported for them, not again for every link to it.
      hasProblems: (path) => byPath.has(path) && byPath.get(path)?.article === undefined,
    };
    findings.push(...checkLinks(published, targets, inputFolder), ...checkImages(published, inputFolder, join(projectRoot, "public")));
    return { articles: articles.length, findings: mergeRepeated(findings), notes };
  } finally {
    highlighter.dispose();
  }
}
