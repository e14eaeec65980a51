// TEMPORARY LOCAL STUB — replaced by the real translator (helper branch nb-converter). Not to be committed.
import type { Problem } from "../errors.ts";
export interface NotebookAsset { name: string; bytes: Uint8Array }
export interface NotebookMarkdown { text: string; cellLines: number[]; assets: NotebookAsset[]; problems: Problem[]; warnings: Problem[] }
export const NOTEBOOK_SIZE_LIMIT = 20 * 1024 * 1024;
export function notebookToMarkdown(file: string, json: string): NotebookMarkdown {
  let nb: { cells: { cell_type: string; source: string | string[] }[] };
  try { nb = JSON.parse(json); } catch (e) { return { text: "", cellLines: [], assets: [], problems: [{ location: { file }, message: `is not valid JSON: ${String(e)}`, hint: "fix" }], warnings: [] }; }
  let text = ""; const cellLines: number[] = [];
  for (const cell of nb.cells) {
    const src = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
    cellLines.push(text.split("\n").length);
    if (cell.cell_type === "raw") text += src + "\n\n";
    else if (cell.cell_type === "markdown") text += src + "\n\n";
    else text += "```python\n" + src + "\n```\n\n";
  }
  return { text, cellLines, assets: [], problems: [], warnings: [] };
}
