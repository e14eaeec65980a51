// Error wording shared by Kiln's schemas: "expected <form>, got <what the author wrote>".
import type { z } from "zod";

/** The message of a required field that is absent. */
export const MISSING_MESSAGE = "is required but missing";

/** The longest piece of an author's string quoted back in a message. */
const QUOTE_LIMIT = 60;

/**
 * Names a value the way an author wrote it: `the string "false"`, `the number 3`, `a list`,
 * `an empty value` (YAML `key:` with nothing after it)…
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") {
    if (value === "") return "an empty string";
    const quoted = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value;
    return `the string ${JSON.stringify(quoted)}`;
  }
  if (typeof value === "number" || typeof value === "bigint") return `the number ${String(value)}`;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : `the date ${value.toISOString()}`;
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (typeof value === "object") return "a mapping (key: value fields)";
  return `a ${typeof value}`;
}

/** `expected <form>, got <value>`, with an optional reason after it in parentheses. */
export function expectedMessage(form: string, input: unknown, reason?: string): string {
  const message = `expected ${form}, got ${describeValue(input)}`;
  return reason === undefined ? message : `${message} (${reason})`;
}

/**
 * Zod params whose error map words every issue of a field as `expected <form>, got <value>`, or
 * {@link MISSING_MESSAGE} when the field is absent. A field's schema sets it once; its checks
 * (`min`, `regex`…) inherit it, so one field speaks with one voice.
 */
export function expected(form: string): { error: z.core.$ZodErrorMap } {
  return {
    error: (issue) => (issue.input === undefined ? MISSING_MESSAGE : expectedMessage(form, issue.input)),
  };
}
