// The example site's articles read without Kiln, for tests that list or count them: Markdown files and notebooks,
// whose front matter is their first cell (a raw cell, by Kiln's convention).

/** Whether a file of content/ is an article or a section's `_index.md` (which is not one). */
export const isArticleFile = (file: string): boolean => /\.(md|ipynb)$/.test(file) && !file.endsWith("_index.md");

/** The YAML between an article's `---` lines. */
export function frontMatterText(file: string, text: string): string {
  const source = file.endsWith(".ipynb") ? ((JSON.parse(text) as { cells: { source: string | string[] }[] }).cells[0]?.source ?? "") : text;
  return (typeof source === "string" ? source : source.join("")).split(/^---$/m)[1] ?? "";
}
