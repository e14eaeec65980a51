// The floor's stand-in for Kiln's notebook translator: a notebook's cells joined into Markdown the naive way (raw and
// markdown cells as they are, code cells fenced, outputs left out). The floor then renders the prose and code of every
// article, notebooks included, without Kiln's work on outputs (images, tracebacks), which is part of what it measures.
interface NotebookCells {
  cells: { cell_type: string; source: string | string[] }[];
}

/** A notebook's JSON as Markdown with its front matter (from the raw first cell). */
export function notebookFloorMarkdown(json: string): string {
  const { cells } = JSON.parse(json) as NotebookCells;
  return cells
    .map(({ cell_type, source }) => {
      const text = typeof source === "string" ? source : source.join("");
      return cell_type === "code" ? `\`\`\`\n${text}\n\`\`\`` : text;
    })
    .join("\n\n");
}
