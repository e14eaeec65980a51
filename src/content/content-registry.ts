// Content registry: reads and validates every article once before Eleventy renders, so all errors surface together.
import { readFileSync } from "node:fs";
import { basename, dirname, relative, resolve } from "node:path";
import { KilnError, type Problem } from "../errors.ts";
import { moreExcerpt } from "../markdown/more-excerpt.ts";
import { detectMarkdownLanguage } from "../markdown/text-stats.ts";
import { clockWithoutOffset, KNOWN_ARTICLE_FIELDS, type Article } from "../schema/article.ts";
import { validateSection } from "../schema/section.ts";
import { bodyFromLine, textAboveBody } from "../schema/parse-front-matter.ts";
import { validateArticle } from "../schema/validate-article.ts";
import { inTimeZone, machineTimeZone } from "../schema/zoned-date.ts";
import { isNotebook, readArticleText } from "../notebooks/article-text.ts";
import { displayPath } from "../report/display-path.ts";
import { lastCommitDates, withCommitDate } from "./last-commit-dates.ts";
import { ListDataChanges } from "./list-data-changes.ts";
import { listArticleFiles } from "./article-files.ts";
import { skippedLanguagesLine, splitByLanguage } from "./language-files.ts";
import { SEARCH_PAGE_URL, searchPageMovedLine } from "../links/generated-pages.ts";
import { contentVerdict } from "../report/content-verdict.ts";
import { RejectedFrontMatter } from "./rejected-front-matter.ts";
import type { Reporter } from "../report/reporter.ts";
import type { ArticleRecord, SectionRecord } from "./records.ts";
import { sectionFiles } from "./section-files.ts";
import { settleUrls } from "./url-claims.ts";
import { TermIndex } from "../links/terms.ts";

export type { ArticleRecord, SectionRecord } from "./records.ts";

/** One article file's text and what is read from it alone (no git dates, no other files). */
interface ParsedSource {
  source: string;
  file: string;
  result: ReturnType<typeof validateArticle>;
  body: string;
  detectedLang: string | undefined;
}

/** Holds the validated articles of the current build; refreshed at the start of every (re)build. */
export class ContentRegistry {
  #records = new Map<string, ArticleRecord>();
  /** Tags of every article (drafts too, so a term's URL is the same in dev and production). */
  tags = new TermIndex("/tags/", []);
  /** Categories of every article. */
  categories = new TermIndex("/categories/", []);
  /** Problems of the last load; a production build fails on them at its end (content-verdict.ts), the dev server shows them. */
  problems: readonly Problem[] = [];

  /**
   * @param timeZone where dates written without an offset are read (the site's `timeZone`, else the
   *   machine's), as Hugo does
   * @param language the site's language: the one language built from Hugo's `post.<lang>.md` files
   */
  constructor(
    private readonly timeZone: string = machineTimeZone(),
    private readonly language: string = "zh-CN",
  ) {}

  /** The last "skipped files in other languages" line printed: said once, not on every dev-server rebuild. */
  #skippedLanguages: string | undefined;

  /** The last "search page moves" line printed, for the same reason. */
  #searchMoved: string | undefined;

  /** Where Kiln's search page is written this build: `/search/`, or elsewhere when an article is there. */
  searchUrl: string = SEARCH_PAGE_URL;

  /** The record of a source file (any path form Eleventy uses), if it is a validated article. */
  get(inputPath: string): ArticleRecord | undefined {
    return this.#records.get(this.#absolutePath(inputPath));
  }

  /** Absolute paths by the form Eleventy passes: layouts and filters ask for each page's record many times. */
  #absolute = new Map<string, string>();

  #absolutePath(inputPath: string): string {
    let path = this.#absolute.get(inputPath);
    if (path === undefined) this.#absolute.set(inputPath, (path = resolve(inputPath)));
    return path;
  }

  #sections = new Map<string, SectionRecord>();

  /** Every folder described by an `_index.md` or `index.md` below the input folder (the input folder's own is the home page's). */
  sections(): SectionRecord[] {
    return [...this.#sections.values()];
  }

  /** Every validated article. */
  all(): ArticleRecord[] {
    return [...this.#records.values()];
  }

  /** Reads one `_index.md`; the one at the input folder's root describes the home page and gets no page. */
  #section(
    inputFolder: string,
    path: string,
    file: string,
    source: string,
  ): { record?: SectionRecord; problems: Problem[]; warnings: Problem[] } {
    const { section, body, problems, warnings } = validateSection(file, source);
    const folder = resolve(dirname(path));
    const relativeFolder = relative(resolve(inputFolder), folder).split("\\").join("/");
    if (!section || relativeFolder === "") return { problems, warnings };
    const record: SectionRecord = {
      file,
      folder,
      url: `/${relativeFolder}/`,
      title: section.title ?? basename(folder),
      description: section.description,
      weight: section.weight,
      body,
    };
    return { record, problems, warnings };
  }

  /** The article with its offset-less dates read in the registry's time zone (the same object when none). */
  #zoned(article: Article): Article {
    const fields = ["date", "updated", "lastmod", "publishDate", "expiryDate"] as const;
    if (fields.every((field) => article[field]?.hasOffset !== false)) return article;
    const zoned: Article = { ...article };
    for (const field of fields) {
      const date = article[field];
      if (date !== undefined) zoned[field] = inTimeZone(date, this.timeZone);
    }
    return zoned;
  }

  /** Dev server: which articles' list data the last load left as it was. */
  #listChanges = new ListDataChanges();

  /**
   * True when `inputPath` is an article whose list data (front matter, summary, path) did not change in the last
   * load, and neither did the problems the dev server shows: pages that only list articles need no rewrite.
   */
  listDataUnchanged(inputPath: string): boolean {
    return this.#listChanges.unchanged(this.#absolutePath(inputPath));
  }

  /** The front matter of every file the last load rejected (Eleventy is handed no fields for them). */
  rejectedFrontMatter = new RejectedFrontMatter();

  /** The last parse of each file, by absolute path: a dev-server rebuild re-parses only the files whose text changed. */
  #parsed = new Map<string, ParsedSource>();

  /**
   * Validates one article's text and reads its body's language, or returns the parse of the same text before.
   * Only the dev server (`keep`) keeps parses: a build loads once, and 10,000 kept texts cost memory for nothing.
   */
  #parse(path: string, file: string, source: string, keep: boolean): ParsedSource {
    const known = this.#parsed.get(path);
    if (known !== undefined && known.source === source && known.file === file) return known;
    const result = validateArticle(file, source);
    const body = bodyFromLine(source, result.bodyLine);
    const parsed = { source, file, result, body, detectedLang: detectMarkdownLanguage(body) };
    if (keep) this.#parsed.set(path, parsed);
    return parsed;
  }

  /**
   * Dev server, before Eleventy's rebuild: re-reads one saved article. When the save changed its body alone (front
   * matter, summary, body line and detected language as before; no problem before or now), the record takes the new
   * body and is returned; otherwise nothing changes here and the rebuild's load sees the save.
   */
  refreshBody(inputPath: string): ArticleRecord | undefined {
    const path = this.#absolutePath(inputPath);
    const record = this.#records.get(path);
    const before = this.#parsed.get(path);
    // A notebook's save rebuilds in full: its images may have changed with its text.
    if (record === undefined || before === undefined || isNotebook(path) || this.problems.some((problem) => problem.location.file === record.file)) {
      return undefined;
    }
    const { text, problems } = readArticleText(record.file, readFileSync(path));
    if (problems.length > 0) return undefined;
    // Not kept unless the save is taken: the rebuild's load compares with the parse behind the current record.
    const after = this.#parse(path, record.file, text, false);
    const article = after.result.article;
    const bodyOnly =
      article !== undefined &&
      after.result.problems.length === 0 &&
      after.result.bodyLine === before.result.bodyLine &&
      textAboveBody(after.source, after.result.bodyLine) === textAboveBody(before.source, before.result.bodyLine) &&
      after.detectedLang === record.detectedLang &&
      (article.description ?? article.summary ?? moreExcerpt(after.body)) === record.excerpt;
    if (!bodyOnly) return undefined;
    this.#parsed.set(path, after);
    const refreshed = { ...record, body: after.body };
    this.#records.set(path, refreshed);
    return refreshed;
  }

  /**
   * Validates every article below `inputFolder`. Every problem is kept in `problems` and the broken articles are
   * left out, so the rest of the site still builds and is checked; the dev server (`tolerant`) also prints them
   * now and keeps each file's parse for its next rebuild. Warns once per unknown field name.
   */
  async load(inputFolder: string, reporter: Reporter, tolerant = false): Promise<void> {
    const records = new Map<string, ArticleRecord>();
    const problems: Problem[] = [];
    const rejected = new RejectedFrontMatter();
    const unknownFields = new Map<string, string>();
    let warnedZone = false;
    const sections = new Map<string, SectionRecord>();
    // One `git log` for every file, run while the files are read: `updated` falls back to the last commit.
    const commitDates = lastCommitDates(inputFolder);
    // Hugo's multilingual files: one language is built, the others are counted in one line (never an error).
    const { kept: paths, skipped: otherLanguages } = splitByLanguage(await listArticleFiles(inputFolder), this.language);
    const skippedLine = skippedLanguagesLine(otherLanguages, this.language);
    if (skippedLine !== undefined && skippedLine !== this.#skippedLanguages) reporter.info(skippedLine);
    this.#skippedLanguages = skippedLine;
    const describing = sectionFiles(inputFolder, paths, displayPath);
    problems.push(...describing.problems);
    for (const path of paths) {
      if (describing.ignored.has(resolve(path))) continue;
      const file = displayPath(path);
      // Synchronous on purpose: nothing else runs meanwhile, and 1000 small files read in 30 ms instead of 400 ms
      // through the promise API's four thread-pool hops per file.
      const { text: source, problems: unreadable, warnings: unread, assets } = readArticleText(file, readFileSync(path));
      problems.push(...unreadable);
      for (const warning of unread) reporter.warn(warning);
      if (unreadable.length > 0) continue;
      if (describing.files.has(resolve(path))) {
        const section = this.#section(inputFolder, path, file, source);
        problems.push(...section.problems);
        for (const warning of section.warnings) reporter.warn(warning);
        if (section.record) sections.set(section.record.folder, section.record);
        continue;
      }
      const { result, body, detectedLang } = this.#parse(resolve(path), file, source, tolerant);
      problems.push(...result.problems);
      if (result.problems.length > 0) rejected.add(source, result.bodyLine);
      // Read, but not as written (a repeated key, a one-digit hour): said once per build (the reporter dedupes).
      for (const warning of result.warnings) reporter.warn(warning);
      for (const field of result.unknownFields) if (!unknownFields.has(field)) unknownFields.set(field, file);
      if (!result.article) continue;
      const article = withCommitDate(this.#zoned(result.article), (await commitDates).get(resolve(path)));
      const clockField = clockWithoutOffset(result.article);
      if (clockField !== undefined && !warnedZone) {
        warnedZone = true;
        reporter.warn({
          location: { file, field: clockField },
          message: `a date without a UTC offset is read in the time zone ${this.timeZone} (and so are the others like it)`,
          hint: 'write the offset (date: 2025-11-29T08:30:00+08:00), or set timeZone in the site options (timeZone: "Asia/Shanghai")',
        });
      }
      records.set(resolve(path), {
        file,
        article,
        bodyLine: result.bodyLine,
        detectedLang,
        body,
        excerpt: article.description ?? article.summary ?? moreExcerpt(body),
        ...(assets.length > 0 ? { assets } : {}),
      });
    }
    const urls = settleUrls(inputFolder, records, [...sections.values()]);
    problems.push(...urls.problems);
    // An article at /search/ takes it: Kiln's search page moves, and says so once (not on every dev rebuild).
    const movedLine = urls.searchOwner === undefined ? undefined : searchPageMovedLine(urls.searchOwner);
    if (movedLine !== undefined && movedLine !== this.#searchMoved) reporter.info(movedLine);
    this.#searchMoved = movedLine;
    // Kept, not thrown: a production build renders and checks the rest, then fails once with every problem
    // (content-verdict.ts); the dev server shows them on its pages.
    this.problems = problems;
    this.rejectedFrontMatter = rejected;
    // A front matter language Eleventy has no engine for (`---ini`) would stop it with a stack trace: fail now.
    const stop = rejected.stopsEleventy && !tolerant ? contentVerdict({ content: problems, rendering: [], links: [] }) : undefined;
    if (stop !== undefined) throw stop;
    if (tolerant && problems.length > 0) reporter.info(new KilnError("Front matter is invalid", problems).message);
    for (const [field, file] of unknownFields) {
      reporter.warn({
        location: { file, field },
        message: `unknown front matter field "${field}" is kept and passed to layouts as-is`,
        hint: `known fields: ${KNOWN_ARTICLE_FIELDS.join(", ")}; remove "${field}" if no layout uses it`,
      });
    }
    // Only the dev server rebuilds: a build has no previous load to compare with.
    if (tolerant) this.#listChanges.note(records, problems);
    this.#records = records;
    this.#sections = sections;
    this.searchUrl = urls.searchUrl;
    // Forget deleted files.
    const listed = new Set(paths.map((path) => resolve(path)));
    for (const path of this.#parsed.keys()) if (!listed.has(path)) this.#parsed.delete(path);
    const articles = [...records.values()].map((record) => record.article);
    this.tags = new TermIndex("/tags/", articles.flatMap((article) => article.tags));
    this.categories = new TermIndex("/categories/", articles.flatMap((article) => article.categories));
  }
}
