// Which files of a benchmark corpus the measurements read: the same rules for the image-less and the realistic
// corpus, so that both are measured alike.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * The files the floor renders: every Markdown file (sections' `_index.md` and page bundles' `index.md` included, at
 * any depth) and every notebook. Drafts too: reading and rendering them is the floor's share of what a build reads.
 */
export async function floorFiles(input: string): Promise<string[]> {
  return (await readdir(input, { recursive: true })).filter((file) => file.endsWith(".md") || file.endsWith(".ipynb")).sort();
}

/**
 * The article the edit measurements change: the middle one of the sorted Markdown articles that both corpora have in
 * that form, a file of its own (not a section's `_index.md`, not a page bundle's `index.md`, whose page is its
 * folder's), or the next one when that is a draft (its page is not in the built site). The image-less corpus has no
 * bundles, so its pick is the one its earlier figures measured. Not a notebook: the edit appends a line to the file,
 * which would break a notebook's JSON.
 */
export async function editedArticle(input: string): Promise<string> {
  const candidates = (await floorFiles(input)).filter((file) => file.endsWith(".md") && !/(^|[\\/])_?index\.md$/.test(file));
  for (let at = Math.floor(candidates.length / 2); at < candidates.length + Math.floor(candidates.length / 2); at++) {
    const file = candidates[at % candidates.length]!;
    if (!/^draft: true$/m.test(await readFile(join(input, file), "utf8"))) return file;
  }
  throw new Error(`no published Markdown article in a file of its own in ${input}`);
}
