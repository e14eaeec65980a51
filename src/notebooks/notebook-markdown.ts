// A Jupyter notebook translated into a Markdown article: its front matter, its Markdown cells as written, its code
// cells and outputs as marker fences (cell-markdown.ts) that notebook-cells-plugin.ts renders. From here on the
// notebook is read, checked, linked, highlighted and rendered exactly as a Markdown file is.
import type { Problem } from "../errors.ts";
import { cellLanguage, kernelLanguage } from "./cell-language.ts";
import { codeCell, markdownCell } from "./cell-markdown.ts";
import { notebookFrontMatter } from "./notebook-front-matter.ts";
import { IMAGE_TYPES, notebookImage } from "./notebook-images.ts";
import { parseNotebook, type NotebookCell } from "./notebook-json.ts";
import type { NotebookAsset } from "./notebook-output-types.ts";
import { readOutputs, unshownWarnings } from "./notebook-outputs.ts";

export type { NotebookAsset } from "./notebook-output-types.ts";
export { NOTEBOOK_SIZE_LIMIT } from "./notebook-json.ts";

/** What {@link notebookToMarkdown} made of a notebook. */
export interface NotebookMarkdown {
  /** The Markdown text, front matter first; "" when `problems` is not empty. */
  text: string;
  /** The 1-based line of `text` where each cell starts, by cell: messages about a line name its cell. */
  cellLines: number[];
  /** Images from outputs and attachments, to write next to the page. */
  assets: NotebookAsset[];
  problems: Problem[];
  warnings: Problem[];
}

/** Jupyter Book's tags, and what each one hides. */
const removesCell = (cell: NotebookCell): boolean => cell.tags.has("remove-cell");

/** A Markdown cell's pasted images (`![](attachment:plot.png)`) pointed at the files they are written to. */
function withAttachments(cell: NotebookCell, source: string, assets: NotebookAsset[]): string {
  let text = source;
  for (const [name, bundle] of Object.entries(cell.attachments)) {
    const type = Object.keys(bundle).find((candidate) => candidate in IMAGE_TYPES);
    const image = type === undefined ? undefined : notebookImage(type, bundle[type], undefined);
    if (image === undefined) continue;
    if (!assets.some((asset) => asset.name === image.asset.name)) assets.push(image.asset);
    text = text.split(`attachment:${name}`).join(image.asset.name).split(`attachment:${encodeURI(name)}`).join(image.asset.name);
  }
  return text;
}

/** Translates a notebook's JSON text (nbformat 4) into a Markdown article. */
export function notebookToMarkdown(file: string, json: string): NotebookMarkdown {
  const parsed = parseNotebook(file, json);
  const empty = { text: "", cellLines: [], assets: [] };
  if (parsed.notebook === undefined) return { ...empty, problems: parsed.problems, warnings: parsed.warnings };
  const { notebook } = parsed;
  const frontMatter = notebookFrontMatter(file, notebook);
  const warnings = [...parsed.warnings, ...frontMatter.warnings];
  if (frontMatter.problems.length > 0) return { ...empty, problems: frontMatter.problems, warnings };

  const kernel = kernelLanguage(notebook.metadata);
  const assets: NotebookAsset[] = [];
  const unshown = new Map<string, number[]>();
  const cellLines: number[] = [];
  let text = frontMatter.text;
  let line = text.split("\n").length;
  notebook.cells.forEach((cell, index) => {
    // The front matter cell starts on line 1: its fields are told as `cell 1` too.
    cellLines.push(index === 0 && frontMatter.cell === 1 ? 1 : line);
    const source = frontMatter.sources[index] ?? "";
    let block = "";
    if (removesCell(cell) || cell.kind === "raw") block = "";
    else if (cell.kind === "markdown") block = markdownCell(withAttachments(cell, source, assets));
    else {
      const read = readOutputs(cell.outputs, index + 1);
      for (const types of read.unshown) unshown.set(types, [...(unshown.get(types) ?? []), index + 1]);
      const hideOutput = cell.tags.has("remove-output");
      if (source.trim() === "" && (read.outputs.length === 0 || hideOutput)) block = "";
      else {
        for (const asset of hideOutput ? [] : read.assets) if (!assets.some((known) => known.name === asset.name)) assets.push(asset);
        const info = {
          count: cell.executionCount,
          hideInput: cell.tags.has("hide-input") || cell.sourceHidden,
          hideOutput: cell.tags.has("hide-output") || cell.outputsHidden,
        };
        const code = cell.tags.has("remove-input") ? "" : source;
        block = codeCell(code, cellLanguage(source, kernel), info, hideOutput ? [] : read.outputs);
      }
    }
    if (block === "") return;
    text += `${block}\n\n`;
    line += block.split("\n").length + 1;
  });
  return { text, cellLines, assets, problems: [], warnings: [...warnings, ...unshownWarnings(file, unshown)] };
}
