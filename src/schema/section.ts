// A section's `_index.md` (Hugo's convention): the title, description, order and landing text of a folder.
import { z } from "zod";
import type { Problem } from "../errors.ts";
import { expected } from "./expected.ts";
import { FRONT_MATTER_START_LINE, parseFrontMatter } from "./parse-front-matter.ts";
import { toProblems } from "./zod-problems.ts";

/** A section's front matter. Other fields are kept, as for articles. */
export const SectionSchema = z.looseObject({
  /** The section page's `<h1>` and its name in navigation; the folder name when absent. */
  title: z.string(expected("a non-empty string")).trim().min(1).optional(),
  /** The section page's description. */
  description: z.string(expected("a string")).optional(),
  /** Order among sibling sections, lower first. */
  weight: z.number(expected("a whole number")).int().optional(),
});

/** A section's validated front matter. */
export type Section = z.output<typeof SectionSchema>;

/** What {@link validateSection} found. */
export interface SectionValidation {
  section?: Section;
  body: string;
  problems: Problem[];
  /** What was read, but differently from how it is written (a repeated key): worth a warning. */
  warnings: Problem[];
}

const SECTION_HINTS = {
  title: 'title: "机器学习"',
  description: 'description: "One sentence about the section"',
  weight: "weight: 10",
};

/** Reads and checks an `_index.md`. */
export function validateSection(file: string, source: string): SectionValidation {
  const { data, body, frontMatterText, problems, warnings } = parseFrontMatter(file, source);
  if (problems.length > 0) return { body, problems, warnings };
  const result = SectionSchema.safeParse(data);
  if (result.success) return { section: result.data, body, problems: [], warnings };
  return { body, problems: toProblems(file, result.error.issues, frontMatterText, FRONT_MATTER_START_LINE, SECTION_HINTS), warnings };
}
