// Which files are articles: every Markdown file below the content folder, minus dot folders and tool folders.
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Folders no article lives in. */
const SKIPPED_FOLDERS = new Set(["node_modules", "_site"]);

/** Lists every Markdown file below a folder, skipping dot folders and node_modules, in a stable order. */
export async function listMarkdownFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".") || SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await listMarkdownFiles(path)));
    else if (entry.isFile() && entry.name.endsWith(".md")) found.push(path);
  }
  return found;
}
