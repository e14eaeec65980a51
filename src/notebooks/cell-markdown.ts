// One cell as Markdown text: a Markdown cell as written (kept from spilling into the next), a code cell as marker
// fences around its code that notebook-cells-plugin.ts renders, with its outputs as one line of JSON
// (a line that starts with `{` never closes a fence, and Markdown rules never look inside one).
import type { CellInfo, ShownOutput } from "./notebook-output-types.ts";

/** Fence info strings of the markers; the renderer reads them, everything else sees unknown fenced blocks. */
export const CELL_MARKER = "kiln-notebook-cell";
export const OUTPUT_MARKER = "kiln-notebook-output";
export const CELL_END_MARKER = "kiln-notebook-cell-end";

/** A fence around `code` that nothing in it can close: one backtick longer than its longest run. */
function codeFence(code: string, language: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map(([run]) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${code}${code.endsWith("\n") || code === "" ? "" : "\n"}${fence}`;
}

/** A Markdown cell, closed: a fence left open at its end is closed there, so it cannot swallow the next cells. */
export function markdownCell(source: string): string {
  let open: string | undefined;
  for (const line of source.split("\n")) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined) continue;
    if (open === undefined) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = undefined;
  }
  const text = source.replace(/\s+$/, "");
  return open === undefined ? text : `${text}\n${open}`;
}

/** A code cell: the cell marker, its code fenced in `language` (none when empty), its outputs, the end marker. */
export function codeCell(code: string, language: string, info: CellInfo, outputs: readonly ShownOutput[]): string {
  const parts = [`~~~${CELL_MARKER}\n${JSON.stringify(info)}\n~~~`];
  // `remove-input` leaves only the outputs.
  if (code.trim() !== "") parts.push(codeFence(code.replace(/\s+$/, ""), language));
  if (outputs.length > 0) parts.push(`~~~${OUTPUT_MARKER}\n${JSON.stringify({ outputs })}\n~~~`);
  parts.push(`~~~${CELL_END_MARKER}\n~~~`);
  return parts.join("\n");
}
