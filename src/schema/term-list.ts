// Tags and categories: a list or a single string in, a clean list of names out.
import { z } from "zod";
import { expected } from "./expected.ts";

/**
 * Cleans a list of term names: trims each, drops empty ones, and keeps the first spelling of
 * names that differ only by case (`Python`, `python` → `Python`).
 */
export function normalizeTerms(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const term of terms.map((name) => name.trim())) {
    const key = term.toLowerCase();
    if (term === "" || seen.has(key)) continue;
    seen.add(key);
    result.push(term);
  }
  return result;
}

/**
 * `tags`/`categories`: a list of strings or one string (a one-item list), cleaned by
 * {@link normalizeTerms}; absent means an empty list. Numbers are rejected, not turned into text.
 */
export const TermListSchema = z
  .preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z.array(z.string(expected("a string")), expected("a list of strings or a single string")),
  )
  .transform(normalizeTerms)
  .default([]);
