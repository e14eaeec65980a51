// A notebook file's JSON, checked into the cells Kiln reads: nbformat 4 only, every problem told with where it is.
import type { Problem } from "../errors.ts";

/** Jupyter notebooks larger than this are refused: they are nearly always outputs nobody meant to publish. */
export const NOTEBOOK_SIZE_LIMIT = 20 * 1024 * 1024;

/** One cell, its source joined and its tags read (Jupyter Book's and JupyterLab's conventions). */
export interface NotebookCell {
  kind: "markdown" | "code" | "raw";
  source: string;
  /** `metadata.tags`, e.g. `hide-input`, `remove-cell`. */
  tags: ReadonlySet<string>;
  /** JupyterLab's collapsed input (`metadata.jupyter.source_hidden`). */
  sourceHidden: boolean;
  /** JupyterLab's collapsed outputs (`metadata.jupyter.outputs_hidden`). */
  outputsHidden: boolean;
  executionCount: number | null;
  outputs: readonly Record<string, unknown>[];
  /** A Markdown cell's pasted images, by name: `{ "image/png": base64 }`. */
  attachments: Readonly<Record<string, Record<string, unknown>>>;
}

/** A notebook as Kiln reads it. */
export interface Notebook {
  metadata: Record<string, unknown>;
  cells: NotebookCell[];
}

/** What {@link parseNotebook} found. */
export interface ParsedNotebook {
  notebook: Notebook | undefined;
  problems: Problem[];
  /** Cells Kiln skips (an unknown cell type). */
  warnings: Problem[];
}

const CONVERT_HINT = "open it in Jupyter and save it again, or run: jupyter nbconvert --to notebook --nbformat 4";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Jupyter stores multi-line strings as a list of lines; both forms mean the same text. */
export function joinedText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((line) => typeof line === "string")) return value.join("");
  return undefined;
}

/** The 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Where JSON.parse stopped, from V8's message ("… at position 37", or the end of the text). */
function jsonErrorOffset(json: string, message: string): number {
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined ? json.length : Number(position);
}

function parseCell(file: string, raw: unknown, number: number, problems: Problem[], warnings: Problem[]): NotebookCell | undefined {
  const where = { file };
  if (!isRecord(raw)) {
    problems.push({ location: where, message: `cell ${number} is not a JSON object`, hint: CONVERT_HINT });
    return undefined;
  }
  const kind = raw["cell_type"];
  if (kind !== "markdown" && kind !== "code" && kind !== "raw") {
    warnings.push({
      location: where,
      message: `cell ${number} has the unknown cell_type ${JSON.stringify(kind)} and is left out`,
      hint: 'use a "markdown", "code" or "raw" cell',
    });
    return undefined;
  }
  const source = joinedText(raw["source"]);
  if (source === undefined) {
    problems.push({
      location: where,
      message: `cell ${number} has no "source" (a string or a list of lines)`,
      hint: 'give the cell a "source", even an empty one (""), or save the notebook again from Jupyter',
    });
    return undefined;
  }
  const metadata = isRecord(raw["metadata"]) ? raw["metadata"] : {};
  const tags = Array.isArray(metadata["tags"]) ? metadata["tags"].filter((tag) => typeof tag === "string") : [];
  const jupyter = isRecord(metadata["jupyter"]) ? metadata["jupyter"] : {};
  const count = raw["execution_count"];
  return {
    kind,
    source,
    tags: new Set(tags),
    sourceHidden: jupyter["source_hidden"] === true,
    outputsHidden: jupyter["outputs_hidden"] === true,
    executionCount: typeof count === "number" ? count : null,
    outputs: kind === "code" && Array.isArray(raw["outputs"]) ? raw["outputs"].filter(isRecord) : [],
    attachments: isRecord(raw["attachments"]) ? (raw["attachments"] as Record<string, Record<string, unknown>>) : {},
  };
}

/** Parses and checks a notebook's JSON text: a problem for what makes it unreadable, a warning for a cell left out. */
export function parseNotebook(file: string, json: string): ParsedNotebook {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const failed = (problem: Problem): ParsedNotebook => ({ notebook: undefined, problems: [problem], warnings });
  if (json.length > NOTEBOOK_SIZE_LIMIT) {
    const size = (json.length / 1024 / 1024).toFixed(1);
    return failed({
      location: { file },
      message: `is ${size} MB, more than the ${NOTEBOOK_SIZE_LIMIT / 1024 / 1024} MB Kiln reads from one notebook`,
      hint: "clear the outputs nobody needs to see (Edit › Clear Outputs of All Cells), or shrink the plots (a lower dpi)",
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const { line, column } = lineAndColumn(json, jsonErrorOffset(json, reason));
    return failed({
      location: { file, line },
      message: `is not valid JSON: ${reason.replace(/ in JSON at position \d+.*$/, "")} at column ${column}`,
      hint: "a notebook is JSON written by Jupyter: undo the hand edit, or open it in Jupyter to see the damage",
    });
  }
  if (!isRecord(data)) {
    return failed({ location: { file }, message: "is not a notebook (its JSON is not an object)", hint: CONVERT_HINT });
  }
  const format = data["nbformat"];
  if (format !== 4) {
    const message =
      typeof format === "number" && format < 4
        ? `is an nbformat ${format} notebook; Kiln reads nbformat 4`
        : typeof format === "number"
          ? `is an nbformat ${format} notebook, newer than the nbformat 4 Kiln reads`
          : 'has no "nbformat" number: it is not a Jupyter notebook';
    return failed({ location: { file }, message, hint: CONVERT_HINT });
  }
  if (!Array.isArray(data["cells"])) {
    return failed({ location: { file }, message: 'has no "cells" list', hint: CONVERT_HINT });
  }
  const cells: NotebookCell[] = [];
  data["cells"].forEach((raw, index) => {
    const cell = parseCell(file, raw, index + 1, problems, warnings);
    // A left-out cell keeps its place, so later cells keep the numbers Jupyter users count.
    cells.push(cell ?? { kind: "raw", source: "", tags: new Set(), sourceHidden: false, outputsHidden: false, executionCount: null, outputs: [], attachments: {} });
  });
  const metadata = isRecord(data["metadata"]) ? data["metadata"] : {};
  return { notebook: problems.length > 0 ? undefined : { metadata, cells }, problems, warnings };
}
