// What reading a Markdown file's front matter gives (YAML in parse-front-matter.ts, TOML in toml-front-matter.ts).
import type { Problem } from "../errors.ts";

/** A Markdown file split into its front matter and body. */
export interface FrontMatterResult {
  /** The front matter fields; `{}` when there is none or it could not be read. */
  data: Record<string, unknown>;
  /** The Markdown after the closing `---` (the whole file when there is no front matter). */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
  /** The YAML between the `---` lines as written (line endings kept); its first line is file line 2. */
  frontMatterText: string;
  /** Why the front matter could not be read; empty when it was read (or there is none). */
  problems: Problem[];
  /** What was read, but differently from how it is written (a repeated key: the last value wins). */
  warnings: Problem[];
}
