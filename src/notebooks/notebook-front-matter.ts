// A notebook's front matter: written in its first cell like a Markdown article's (Quarto's and Hugo users' habit),
// or kept in the notebook's metadata under `kiln` (invisible in Jupyter); the title may be the first `# heading`.
import { dump } from "js-yaml";
import type { Problem } from "../errors.ts";
import { parseFrontMatter } from "../schema/parse-front-matter.ts";
import type { Notebook } from "./notebook-json.ts";

/** Where the front matter came from and what is left to render of the cells. */
export interface NotebookFrontMatter {
  /** The front matter block, delimiters included and ending in a newline; "" when the notebook has none. */
  text: string;
  /** 1-based number of the cell the block was written in, undefined when it came from `metadata.kiln`. */
  cell: number | undefined;
  /** The text of each cell to render, by index: the front matter cell's rest, the title heading taken out. */
  sources: string[];
  problems: Problem[];
  warnings: Problem[];
}

/** `---` YAML or `+++` TOML front matter at the very start of a cell, and the rest of the cell. */
const FRONT_MATTER_CELL = /^(---|\+\+\+)[^\S\n]*\r?\n[\s\S]*?^\1[^\S\n]*(?:\r?\n|$)/m;

/** The front matter block a cell opens with, if it does. */
function frontMatterBlock(source: string): string | undefined {
  const match = FRONT_MATTER_CELL.exec(source);
  return match?.index === 0 ? match[0] : undefined;
}

/** A title heading: `# 标题` as the first line with text of the first Markdown cell. */
const TITLE_HEADING = /^[^\S\n]*\n*#[^\S\n]+(.+?)(?:[^\S\n]+#+)?[^\S\n]*(?:\r?\n|$)/;

/** Adds `title` to a front matter block (YAML, TOML, or none yet): the notebook's first heading becomes the page's `<h1>`. */
function withTitle(block: string, title: string): string {
  const value = JSON.stringify(title);
  if (block === "") return `---\ntitle: ${value}\n---\n`;
  const lines = block.replace(/\r?\n$/, "").split(/\r?\n/);
  const closing = lines.pop() ?? "---";
  const field = closing.startsWith("+++") ? `title = ${value}` : `title: ${value}`;
  return [...lines, field, closing].join("\n") + "\n";
}

/** Reads a notebook's front matter (first cell wins over `metadata.kiln`, with a warning when both are there). */
export function notebookFrontMatter(file: string, notebook: Notebook): NotebookFrontMatter {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const sources = notebook.cells.map((cell) => cell.source);
  const first = notebook.cells[0];
  const inCell = first !== undefined && first.kind !== "code" ? frontMatterBlock(first.source) : undefined;
  const kiln = notebook.metadata["kiln"];
  let text = "";
  if (inCell !== undefined) {
    text = inCell.endsWith("\n") ? inCell : `${inCell}\n`;
    sources[0] = (first?.source ?? "").slice(inCell.length);
    if (kiln !== undefined) {
      warnings.push({
        location: { file },
        message: "has front matter in both its first cell and metadata.kiln; the first cell's is used",
        hint: "keep the front matter in one place: remove metadata.kiln (Edit › Notebook Metadata) or the first cell",
      });
    }
  } else if (typeof kiln === "object" && kiln !== null && !Array.isArray(kiln)) {
    text = `---\n${dump(kiln, { lineWidth: -1 })}---\n`;
  } else if (kiln !== undefined) {
    problems.push({
      location: { file },
      message: `has metadata.kiln that is not a mapping of front matter fields (got ${JSON.stringify(kiln)})`,
      hint: 'write metadata.kiln as an object, e.g. "kiln": {"title": "标题", "date": "2025-01-01"}',
    });
  }

  const fields = parseFrontMatter(file, text);
  if (fields.problems.length === 0 && fields.data["title"] === undefined) {
    const index = notebook.cells.findIndex((cell, i) => cell.kind === "markdown" && (sources[i] ?? "").trim() !== "");
    const heading = index === -1 ? null : TITLE_HEADING.exec(sources[index] ?? "");
    if (heading?.[1] !== undefined) {
      text = withTitle(text, heading[1]);
      sources[index] = (sources[index] ?? "").slice(heading[0].length);
    }
  }
  return { text, cell: inCell === undefined ? undefined : 1, sources, problems, warnings };
}
