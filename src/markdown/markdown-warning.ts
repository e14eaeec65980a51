// What a Markdown plugin reports about an author's mistake, and where in the source file it is.

/** A problem in an article's Markdown that does not stop the build (e.g. an unknown code language). */
export interface MarkdownWarning {
  /** The source file (`env.page.inputPath`, e.g. `./content/ai/intro.md`), when the caller gave one. */
  file: string | undefined;
  /**
   * 1-based line in the file when the caller gave `env.kilnBodyLine`; otherwise the line in the
   * article body (front matter stripped) and the message says so.
   */
  line: number | undefined;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** Receives each warning as it is found. */
export type MarkdownWarningHandler = (warning: MarkdownWarning) => void;

/** Reads `env.page.inputPath`, the source file Eleventy passes in the page data. */
export function sourceFile(env: unknown): string | undefined {
  const page = isRecord(env) ? env["page"] : undefined;
  const inputPath = isRecord(page) ? page["inputPath"] : undefined;
  return typeof inputPath === "string" ? inputPath : undefined;
}

/**
 * Builds a warning for the token whose source map is `map` (`[firstLine, endLine]`, 0-based in
 * the rendered body). With `env.kilnBodyLine` (1-based line where the body starts in the file)
 * the line is the file's; without it, it is the body's and the message says so.
 */
export function markdownWarning(
  env: unknown,
  map: readonly [number, number] | null,
  message: string,
  hint: string,
): MarkdownWarning {
  const file = sourceFile(env);
  if (map === null) return { file, line: undefined, message, hint };
  const bodyLine = map[0] + 1;
  const line = fileLine(env, bodyLine);
  if (line !== undefined) return { file, line, message, hint };
  return { file, line: bodyLine, message: `${message} (line ${bodyLine} of the article body)`, hint };
}

/** The file line of a 1-based body line, when the caller gave `env.kilnBodyLine`; otherwise undefined. */
export function fileLine(env: unknown, bodyLine: number): number | undefined {
  const start = isRecord(env) ? env["kilnBodyLine"] : undefined;
  return typeof start === "number" && Number.isInteger(start) && start >= 1 ? start + bodyLine - 1 : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
