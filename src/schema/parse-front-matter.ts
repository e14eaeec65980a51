// Front matter reader: splits a Markdown file into its YAML fields and body, with exact file lines.
import { YAMLException } from "js-yaml";
import type { Problem } from "../errors.ts";
import { describeValue } from "./expected.ts";
import { parseTomlFrontMatter } from "./toml-front-matter.ts";
import { readYamlKeepingLast } from "./duplicate-keys.ts";
import type { FrontMatterResult } from "./front-matter-result.ts";

/** Front matter always opens on the file's first line. */
export const FRONT_MATTER_START_LINE = 1;

const DELIMITER = "---";

/** A fix for each kind of YAML mistake js-yaml names, tried in order. */
const YAML_HINTS: readonly (readonly [RegExp, string])[] = [
  [/tab characters/, "indent with spaces, not tabs"],
  [/within a (double|single) quoted scalar/, "close the quote on the same line, or remove it"],
  [/unknown tag/, "remove the !tag: Kiln reads plain YAML values only"],
];
const YAML_HINT =
  'check this line: fields start at the left margin as key: value, list items are indented under their key, and a value containing ": " or " #" needs quotes';

/** The problem for a YAML error whose 0-based `mark.line` counts from the front matter's first line. */
function yamlProblem(file: string, error: YAMLException): Problem {
  const line = FRONT_MATTER_START_LINE + 1 + (error.mark?.line ?? 0);
  const hint = YAML_HINTS.find(([pattern]) => pattern.test(error.reason))?.[1] ?? YAML_HINT;
  return { location: { file, line }, message: `invalid YAML: ${error.reason}`, hint };
}

/** Reads the YAML between the delimiters into a mapping, or says why it is not one. */
function readFields(file: string, frontMatterText: string): { data: Record<string, unknown>; problems: Problem[]; warnings: Problem[] } {
  // As gray-matter does: a block of blank and comment lines is an empty front matter.
  if (frontMatterText.replace(/^\s*#[^\n]+/gm, "").trim() === "") return { data: {}, problems: [], warnings: [] };
  let read: ReturnType<typeof readYamlKeepingLast>;
  try {
    read = readYamlKeepingLast(frontMatterText);
  } catch (error) {
    if (error instanceof YAMLException) return { data: {}, problems: [yamlProblem(file, error)], warnings: [] };
    throw error;
  }
  const { value } = read;
  // Hugo keeps a repeated key's last value; so does Kiln (and Eleventy, through the same engine), with a word.
  const warnings = read.duplicates.map(({ key, line }): Problem => ({
    location: { file, line: FRONT_MATTER_START_LINE + 1 + line, field: key },
    message: `${JSON.stringify(key)} is written twice; the last value wins, as in Hugo`,
    hint: `keep one ${key}: line and remove the other`,
  }));
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return { data: value as Record<string, unknown>, problems: [], warnings };
  }
  const problem: Problem = {
    location: { file, line: FRONT_MATTER_START_LINE + 1 },
    message: `expected front matter fields written as key: value, got ${describeValue(value)}`,
    hint: 'write one field per line, e.g. title: "My tutorial"',
  };
  return { data: {}, problems: [problem], warnings };
}

/**
 * Splits a Markdown file into front matter and body. A UTF-8 BOM is dropped; LF and CRLF both work.
 *
 * The delimiters are found here rather than by gray-matter, following gray-matter's own rules so
 * Kiln reads the block Eleventy reads (`---` on line 1 not followed by `-`, an optional language
 * after it, closed by the next line starting with `---`): gray-matter gives no line numbers and
 * silently reads a never-closed front matter as the whole file.
 */
export function parseFrontMatter(file: string, source: string): FrontMatterResult {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const none = { data: {}, body: text, bodyLine: 1, frontMatterText: "", problems: [], warnings: [] };
  // Hugo writes TOML front matter between +++ lines.
  const toml = parseTomlFrontMatter(file, text);
  if (toml !== undefined) return toml;
  if (!text.startsWith(DELIMITER) || text[DELIMITER.length] === "-") return none;

  const lines = text.split("\n");
  const opening = lines[0] ?? "";
  const closing = lines.findIndex((line, index) => index > 0 && line.startsWith(DELIMITER));
  if (closing === -1) {
    const problem: Problem = {
      location: { file, line: FRONT_MATTER_START_LINE },
      message: "front matter starts with --- but is never closed",
      hint: "add a line with --- after the last field",
    };
    return { data: {}, body: "", bodyLine: lines.length + 1, frontMatterText: "", problems: [problem], warnings: [] };
  }

  const start = opening.length + 1;
  const closingStart = lines.slice(0, closing).reduce((offset, line) => offset + line.length + 1, 0);
  const frontMatterText = text.slice(start, closingStart);
  // gray-matter starts the body right after the closing ---, skipping one line break.
  const rest = text.slice(closingStart + DELIMITER.length);
  const onNextLine = /^\r?\n|^\r?$/.test(rest);
  const body = rest.replace(/^\r?\n?/, "");
  const bodyLine = FRONT_MATTER_START_LINE + closing + (onNextLine ? 1 : 0);

  const language = opening.slice(DELIMITER.length).trim().toLowerCase();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    const problem: Problem = {
      location: { file, line: FRONT_MATTER_START_LINE },
      message: `front matter language ${JSON.stringify(language)} is not supported`,
      hint: "write the front matter in YAML, opening it with a plain --- line",
    };
    return { data: {}, body, bodyLine, frontMatterText, problems: [problem], warnings: [] };
  }
  return { ...readFields(file, frontMatterText), body, bodyLine, frontMatterText };
}

/**
 * The body Kiln renders and highlights: the file's lines from `bodyLine` (see {@link parseFrontMatter}) on, joined
 * with `\n`. The content registry and the highlight workers both read it so, and find the same code blocks.
 */
export function bodyFromLine(source: string, bodyLine: number): string {
  return source.split(/\r?\n/).slice(bodyLine - 1).join("\n");
}

/** The lines above the body (front matter and its fences), joined with `\n`: the counterpart of {@link bodyFromLine}. */
export function textAboveBody(source: string, bodyLine: number): string {
  return source.split(/\r?\n/, bodyLine - 1).join("\n");
}
