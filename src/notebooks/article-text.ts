// An article file's text as Kiln reads it: a Markdown file as it is, a Jupyter notebook translated into Markdown.
// Every reader of article files (registry, check, the highlighting workers) goes through here, so all see one text.
import { nameLines, type Problem } from "../errors.ts";
import { decodeSource } from "../schema/source-text.ts";
import { notebookToMarkdown, type NotebookAsset } from "./notebook-markdown.ts";

/** The extension of Jupyter notebooks, which are articles like Markdown files. */
export const NOTEBOOK_EXTENSION = ".ipynb";

/** Whether a path names a notebook. */
export const isNotebook = (path: string): boolean => path.toLowerCase().endsWith(NOTEBOOK_EXTENSION);

/** What {@link readArticleText} made of a file. */
export interface ArticleText {
  /** Markdown text with its front matter; empty when `problems` is not. */
  text: string;
  /** Why the file is not an article. */
  problems: Problem[];
  /** Read, but not all of it (a notebook output Kiln cannot show). */
  warnings: Problem[];
  /** Images a notebook carried inside it, written next to its page. */
  assets: NotebookAsset[];
}

/** Names a notebook's lines by the cell they come from; lines above the first cell are its metadata's front matter. */
export function cellName(cellLines: readonly number[]): (line: number) => string {
  return (line) => {
    let cell = 0;
    while (cell < cellLines.length && (cellLines[cell] ?? Infinity) <= line) cell += 1;
    return cell === 0 ? "metadata.kiln" : `cell ${cell}`;
  };
}

/**
 * Reads an article file's bytes: UTF-8 Markdown, or a notebook's JSON translated into Markdown (notebook-markdown.ts).
 * A notebook's problems are then told by cell, in every message about the file.
 */
export function readArticleText(file: string, bytes: Uint8Array): ArticleText {
  const decoded = decodeSource(file, bytes);
  if (!isNotebook(file) || decoded.problems.length > 0) return { ...decoded, warnings: [], assets: [] };
  const notebook = notebookToMarkdown(file, decoded.text);
  nameLines(file, notebook.problems.length > 0 ? undefined : cellName(notebook.cellLines));
  return { text: notebook.text, problems: notebook.problems, warnings: notebook.warnings, assets: notebook.assets };
}
