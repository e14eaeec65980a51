// Hugo's TOML front matter (between `+++` lines), read with file lines like the YAML one.
import { parse, TomlError } from "smol-toml";
import type { Problem } from "../errors.ts";
import type { FrontMatterResult } from "./front-matter-result.ts";

const DELIMITER = /^\+\+\+[ \t]*\r?$/;

/** TOML dates become the text they were written as, so the author's offset survives (as YAML's do). */
function withDatesAsText(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(withDatesAsText);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withDatesAsText(inner)]));
  }
  return value;
}

/**
 * Reads a file whose first line is `+++`; undefined for any other file. smol-toml's TomlDate keeps
 * the written form in `toISOString()` (`2025-11-29T00:00:00.000+08:00`, `2025-11-29`).
 */
export function parseTomlFrontMatter(file: string, text: string): FrontMatterResult | undefined {
  const lines = text.split("\n");
  if (!DELIMITER.test(lines[0] ?? "")) return undefined;
  const closing = lines.findIndex((line, index) => index > 0 && DELIMITER.test(line));
  if (closing === -1) {
    const problem: Problem = {
      location: { file, line: 1 },
      message: "TOML front matter starts with +++ but is never closed",
      hint: "add a line with +++ after the last field",
    };
    return { data: {}, body: "", bodyLine: lines.length + 1, frontMatterText: "", problems: [problem], warnings: [] };
  }
  const frontMatterText = lines.slice(1, closing).join("\n");
  const body = lines.slice(closing + 1).join("\n");
  const bodyLine = closing + 2;
  try {
    const data = withDatesAsText(parse(frontMatterText));
    return { data: data as Record<string, unknown>, body, bodyLine, frontMatterText, problems: [], warnings: [] };
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const problem: Problem = {
      location: { file, line: 1 + error.line },
      message: `invalid TOML: ${error.message.split("\n")[0]?.replace(/^Invalid TOML document: /, "") ?? ""}`,
      hint: 'check this line: fields are written key = value, strings in "quotes", lists in [ ]',
    };
    return { data: {}, body, bodyLine, frontMatterText, problems: [problem], warnings: [] };
  }
}
