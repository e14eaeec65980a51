// What a code cell showed, as the translator hands it to the renderer (inside the Markdown, as one line of JSON).

/** One output, in the order Jupyter shows them. */
export type CellOutput =
  | { type: "stream"; name: "stdout" | "stderr"; text: string }
  /** `alt` when the output's text says what the image is; else the page names it by its cell. */
  | { type: "image"; src: string; width?: number; height?: number; alt?: string; cell: number }
  | { type: "html"; html: string; plain?: string }
  | { type: "markdown"; text: string }
  | { type: "latex"; text: string }
  | { type: "text"; text: string }
  | { type: "error"; ename: string; evalue: string; traceback: string };

/** A displayed value (`execute_result`) carries its prompt number: `Out[3]:`. */
export type ShownOutput = CellOutput & { count?: number };

/** The cell around the code: its prompt number and the tags that fold its parts. */
export interface CellInfo {
  count: number | null;
  hideInput: boolean;
  hideOutput: boolean;
}

/** An image a notebook carries inside it, written as a file next to its page. */
export interface NotebookAsset {
  /** `nb-` + 12 hex digits of the bytes' SHA-256 + extension: the same image is one file, a changed one a new URL. */
  name: string;
  bytes: Uint8Array;
}
