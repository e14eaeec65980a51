// Which files are articles: every Markdown file and Jupyter notebook below the content folder, minus dot folders
// and tool folders.
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Folders no article lives in. */
const SKIPPED_FOLDERS = new Set(["node_modules", "_site"]);

/** Whether a file name is an article's: Markdown, or a notebook (`.ipynb`, read by src/notebooks/). */
const isArticleFile = (name: string): boolean => name.endsWith(".md") || name.endsWith(".ipynb");

/** Lists every article file below a folder, skipping dot folders (`.ipynb_checkpoints` too) and node_modules, in a stable order. */
export async function listArticleFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".") || SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await listArticleFiles(path)));
    else if (entry.isFile() && isArticleFile(entry.name)) found.push(path);
  }
  return found;
}
