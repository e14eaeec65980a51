// Zod issues to Kiln problems: the field, its line in the file, what is wrong and how to fix it.
import type { z } from "zod";
import type { Problem } from "../errors.ts";
import { ARTICLE_FIELD_HINTS } from "./article.ts";
import { MISSING_MESSAGE } from "./expected.ts";

/** How each field is written, by field name: the fix shown when it is wrong. */
export type FieldHints = Readonly<Record<string, string>>;

/** The fix when no better one is known (a field without a hint, or the front matter as a whole). */
const FALLBACK_HINT = "see Kiln's README for the expected form";

/** File line of a top-level `key:` or `key =` (bare or quoted) in front matter whose first line is file line `firstLine`. */
export function findKeyLine(yaml: string, key: string, firstLine: number): number | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // `key:` in YAML, `key =` in TOML.
  const keyLine = new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}')[ \\t]*[:=]`);
  const index = yaml.split("\n").findIndex((line) => keyLine.test(line));
  return index === -1 ? undefined : firstLine + index;
}

/** The fix for one issue: the schema's own hint, else the field's written form. */
function hintFor(issue: z.core.$ZodIssue, field: string | undefined, hints: FieldHints): string {
  const own: unknown = issue.code === "custom" ? issue.params?.["hint"] : undefined;
  if (typeof own === "string") return own;
  const form = field === undefined ? undefined : hints[field];
  if (form === undefined) return FALLBACK_HINT;
  return issue.message === MISSING_MESSAGE ? `add ${form} to the front matter` : form;
}

/**
 * Turns zod issues into one {@link Problem} each. The line is that of the field's `key:` in the
 * file, found in `frontMatterText` (whose first line follows the opening `---` on line
 * `frontMatterStartLine`); a field that is absent points at the opening `---`. With
 * `frontMatterStartLine` undefined (options that are not front matter) no line is given.
 * Messages come from the schema's error maps; an item of a list is named (`item 2: …`).
 * Problems are sorted by line, so they read top to bottom like the file.
 */
export function toProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  frontMatterText: string,
  frontMatterStartLine: number | undefined,
  hints: FieldHints = ARTICLE_FIELD_HINTS,
): Problem[] {
  const problems = issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys") {
      const hint = `check the spelling; known fields: ${Object.keys(hints).join(", ")}`;
      return issue.keys.map((key) => ({ location: { file, field: key }, message: "is not a known field", hint }));
    }
    const [first, second] = issue.path;
    const field = typeof first === "string" ? first : undefined;
    const keyLine =
      field === undefined || frontMatterStartLine === undefined
        ? undefined
        : findKeyLine(frontMatterText, field, frontMatterStartLine + 1);
    const line = keyLine ?? frontMatterStartLine;
    // Inside a field: its list item, or its key (`author`'s `link:`).
    const message =
      typeof second === "number" ? `item ${second + 1}: ${issue.message}` : typeof second === "string" ? `${second}: ${issue.message}` : issue.message;
    return [
      {
        location: { file, ...(line === undefined ? {} : { line }), ...(field === undefined ? {} : { field }) },
        message,
        hint: hintFor(issue, field, hints),
      },
    ];
  });
  // Array#sort is stable: issues on one line keep the schema's field order.
  return problems.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
}
