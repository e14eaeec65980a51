// validateArticle: one Markdown file's front matter, read and checked, with every problem found.
import type { Problem } from "../errors.ts";
import { ArticleSchema, KNOWN_ARTICLE_FIELDS, type Article } from "./article.ts";
import { FRONT_MATTER_START_LINE, parseFrontMatter } from "./parse-front-matter.ts";
import { twoDigitHour } from "./article-date.ts";
import { joinNames } from "./author-schema.ts";
import { findKeyLine, toProblems } from "./zod-problems.ts";

/** What {@link validateArticle} found in one file. */
export interface ArticleValidation {
  /** The validated front matter; absent when there is any problem. */
  article?: Article;
  /** The front matter as written (`{}` when it could not be read). */
  data: Record<string, unknown>;
  /** 1-based line of the file where the Markdown body starts. */
  bodyLine: number;
  /** Every problem in the front matter: YAML errors, or else every schema issue. */
  problems: Problem[];
  /** Fields neither Kiln nor Eleventy knows, in the order written (kept, for a warning). */
  unknownFields: string[];
  /** What was read, but differently from how it is written (a repeated key, a one-digit hour): worth a warning. */
  warnings: Problem[];
}

const KNOWN_FIELDS = new Set(KNOWN_ARTICLE_FIELDS);

/** The fields read as dates. */
const DATE_FIELDS = ["date", "updated", "lastmod", "publishDate", "expiryDate"] as const;

/** A warning for each date written with a one-digit hour (`T7:15:43`), read as Hugo reads it. */
function oneDigitHourWarnings(file: string, data: Record<string, unknown>, frontMatterText: string): Problem[] {
  return DATE_FIELDS.flatMap((field) => {
    const value = data[field];
    const canonical = typeof value === "string" ? twoDigitHour(value) : undefined;
    if (typeof value !== "string" || canonical === undefined) return [];
    const line = findKeyLine(frontMatterText, field, FRONT_MATTER_START_LINE + 1);
    return [
      {
        location: { file, ...(line === undefined ? {} : { line }), field },
        message: `${value} has a one-digit hour; it is read as ${canonical}`,
        hint: `write the hour with two digits: ${field}: ${canonical}`,
      },
    ];
  });
}

/**
 * Reads a Markdown file's front matter and checks it against {@link ArticleSchema}, collecting all
 * problems, not only the first. When the YAML itself cannot be read, only that is reported: the
 * schema would otherwise add a misleading "title is required" for fields that are there.
 */
export function validateArticle(file: string, source: string): ArticleValidation {
  if (source.replace(/^\uFEFF/, "").trim() === "") {
    const problem: Problem = {
      location: { file, line: FRONT_MATTER_START_LINE },
      message: "the file is empty",
      hint: 'write the article, starting with its front matter (---, title: "My tutorial", date: 2025-11-29, ---), or delete the file',
    };
    return { data: {}, bodyLine: 1, problems: [problem], unknownFields: [], warnings: [] };
  }
  const read = parseFrontMatter(file, source);
  const { data, bodyLine, frontMatterText, problems } = read;
  const warnings = [...read.warnings, ...oneDigitHourWarnings(file, data, frontMatterText)];
  const unknownFields = Object.keys(data).filter((field) => !KNOWN_FIELDS.has(field));
  if (problems.length > 0) return { data, bodyLine, problems, unknownFields, warnings };
  const result = ArticleSchema.safeParse(data);
  if (result.success) {
    // Hugo's `lastmod` is Kiln's `updated` when the article gives no `updated` of its own; as in Hugo, a missing
    // `date` is `publishDate`, else that last change (the registry may still fill it from git).
    const updated = result.data.updated ?? result.data.lastmod;
    const date = result.data.date ?? result.data.publishDate ?? updated;
    // Hugo's `authors` list names the author when `author` does not.
    const authors = result.data.authors ?? [];
    const author = result.data.author ?? (joinNames(authors) === "" ? undefined : { name: joinNames(authors) });
    const article = {
      ...result.data,
      ...(updated === undefined ? {} : { updated }),
      ...(date === undefined ? {} : { date }),
      ...(author === undefined ? {} : { author }),
    };
    return { article, data, bodyLine, problems: [], unknownFields, warnings };
  }
  const issues = toProblems(file, result.error.issues, frontMatterText, FRONT_MATTER_START_LINE);
  return { data, bodyLine, problems: issues, unknownFields, warnings };
}
