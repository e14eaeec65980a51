// Front matter reader: splits a Markdown file into its YAML fields and body, with exact file lines.
import { YAMLException } from "js-yaml";
import type { Problem } from "../errors.ts";
import { describeValue } from "./expected.ts";
import { parseTomlFrontMatter } from "./toml-front-matter.ts";
import { parseYaml } from "./yaml-engine.ts";

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
}

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
function yamlProblem(file: string, error: YAMLException, frontMatterText: string): Problem {
  const line = FRONT_MATTER_START_LINE + 1 + (error.mark?.line ?? 0);
  if (error.reason === "duplicated mapping key") {
    // js-yaml marks the start of the second occurrence: read the key from that line.
    const text = frontMatterText.split("\n")[error.mark?.line ?? 0] ?? "";
    const key = /^\s*(?:"([^"]*)"|'([^']*)'|([^:#]*?))\s*:/.exec(text)?.slice(1).find((part) => part !== undefined);
    if (key !== undefined) {
      return {
        location: { file, line, field: key },
        message: `duplicated mapping key ${JSON.stringify(key)}`,
        hint: `keep one ${key}: line and remove the other`,
      };
    }
  }
  const hint = YAML_HINTS.find(([pattern]) => pattern.test(error.reason))?.[1] ?? YAML_HINT;
  return { location: { file, line }, message: `invalid YAML: ${error.reason}`, hint };
}

/** Reads the YAML between the delimiters into a mapping, or says why it is not one. */
function readFields(file: string, frontMatterText: string): { data: Record<string, unknown>; problems: Problem[] } {
  // As gray-matter does: a block of blank and comment lines is an empty front matter.
  if (frontMatterText.replace(/^\s*#[^\n]+/gm, "").trim() === "") return { data: {}, problems: [] };
  let value: unknown;
  try {
    value = parseYaml(frontMatterText);
  } catch (error) {
    if (error instanceof YAMLException) return { data: {}, problems: [yamlProblem(file, error, frontMatterText)] };
    throw error;
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return { data: value as Record<string, unknown>, problems: [] };
  }
  const problem: Problem = {
    location: { file, line: FRONT_MATTER_START_LINE + 1 },
    message: `expected front matter fields written as key: value, got ${describeValue(value)}`,
    hint: 'write one field per line, e.g. title: "My tutorial"',
  };
  return { data: {}, problems: [problem] };
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
  const none = { data: {}, body: text, bodyLine: 1, frontMatterText: "", problems: [] };
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
    return { data: {}, body: "", bodyLine: lines.length + 1, frontMatterText: "", problems: [problem] };
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
    return { data: {}, body, bodyLine, frontMatterText, problems: [problem] };
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
