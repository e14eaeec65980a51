// A code cell's outputs, read into what the page shows: the richest MIME type Kiln can show safely, streams merged
// and their terminal control characters applied, images taken out as files, unknown types reported once.
import type { Problem } from "../errors.ts";
import { IMAGE_TYPES, notebookImage } from "./notebook-images.ts";
import { joinedText } from "./notebook-json.ts";
import type { NotebookAsset, ShownOutput } from "./notebook-output-types.ts";

/** MIME types Kiln shows, richest first (as JupyterLab ranks them, images before HTML: a plot is its picture). */
const SHOWN_TYPES = [...Object.keys(IMAGE_TYPES), "text/html", "text/markdown", "text/latex", "text/plain"];

/** What a cell's outputs became. */
export interface ReadOutputs {
  outputs: ShownOutput[];
  assets: NotebookAsset[];
  /** MIME types of outputs that had nothing Kiln can show (`application/vnd.jupyter.widget-view+json`, …). */
  unshown: string[];
}

/**
 * A terminal's view of a stream: `\r` returns to the line's start (progress bars keep their last state),
 * `\b` deletes the character before it.
 */
export function terminalText(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      let shown = line.endsWith("\r") ? line.slice(0, -1) : line;
      shown = shown.slice(shown.lastIndexOf("\r") + 1);
      while (shown.includes("\x08")) shown = shown.replace(/[^\x08]?\x08/, "");
      return shown;
    })
    .join("\n");
}

/** The first line of a plain-text value, when it says something (not `<Figure size 400x250 with 1 Axes>`). */
function describedBy(plain: string | undefined): string | undefined {
  const line = plain?.trim().split("\n")[0]?.trim();
  return line === undefined || line === "" || /^<.*>$/.test(line) ? undefined : line;
}

/** One display (execute_result, display_data): its richest shown MIME type. */
function displayed(data: Record<string, unknown>, metadata: unknown, cellNumber: number, assets: NotebookAsset[]): ShownOutput | undefined {
  const plain = joinedText(data["text/plain"]);
  const type = SHOWN_TYPES.find((candidate) => joinedText(data[candidate]) !== undefined);
  if (type === undefined) return undefined;
  const text = joinedText(data[type]) ?? "";
  if (type in IMAGE_TYPES) {
    const shown = typeof metadata === "object" && metadata !== null ? (metadata as Record<string, unknown>)[type] : undefined;
    const image = notebookImage(type, data[type], shown);
    if (image === undefined) return plain === undefined ? undefined : { type: "text", text: plain };
    if (!assets.some((asset) => asset.name === image.asset.name)) assets.push(image.asset);
    const alt = describedBy(plain);
    const size = image.width && image.height ? { width: image.width, height: image.height } : {};
    return { type: "image", src: image.asset.name, cell: cellNumber, ...size, ...(alt === undefined ? {} : { alt }) };
  }
  if (type === "text/html") return plain === undefined ? { type: "html", html: text } : { type: "html", html: text, plain };
  if (type === "text/markdown") return { type: "markdown", text };
  if (type === "text/latex") return { type: "latex", text };
  return { type: "text", text };
}

/** Reads a code cell's outputs (`cellNumber` is 1-based, for image alt text). */
export function readOutputs(outputs: readonly Record<string, unknown>[], cellNumber: number): ReadOutputs {
  const read: ReadOutputs = { outputs: [], assets: [], unshown: [] };
  for (const output of outputs) {
    const kind = output["output_type"];
    if (kind === "stream") {
      const name = output["name"] === "stderr" ? "stderr" : "stdout";
      const text = joinedText(output["text"]) ?? "";
      const last = read.outputs.at(-1);
      // Jupyter shows consecutive writes to one stream as one block.
      if (last?.type === "stream" && last.name === name) last.text += text;
      else read.outputs.push({ type: "stream", name, text });
    } else if (kind === "error") {
      const traceback = Array.isArray(output["traceback"]) ? output["traceback"].filter((line) => typeof line === "string") : [];
      const ename = typeof output["ename"] === "string" ? output["ename"] : "Error";
      const evalue = typeof output["evalue"] === "string" ? output["evalue"] : "";
      read.outputs.push({ type: "error", ename, evalue, traceback: traceback.length > 0 ? traceback.join("\n") : `${ename}: ${evalue}` });
    } else if (kind === "execute_result" || kind === "display_data" || kind === "update_display_data") {
      const data = typeof output["data"] === "object" && output["data"] !== null ? (output["data"] as Record<string, unknown>) : {};
      const shown = displayed(data, output["metadata"], cellNumber, read.assets);
      if (shown === undefined) {
        const types = Object.keys(data).sort().join(", ");
        if (types !== "") read.unshown.push(types);
        continue;
      }
      const count = output["execution_count"];
      read.outputs.push(kind === "execute_result" && typeof count === "number" ? { ...shown, count } : shown);
    }
  }
  for (const output of read.outputs) if (output.type === "stream") output.text = terminalText(output.text);
  return read;
}

/** One warning per notebook and set of unshown MIME types, with how many outputs had it. */
export function unshownWarnings(file: string, unshown: ReadonlyMap<string, number[]>): Problem[] {
  return [...unshown].map(([types, cells]) => ({
    location: { file },
    message: `${cells.length === 1 ? "an output" : `${cells.length} outputs`} of type ${types} (cell ${[...new Set(cells)].join(", ")}) cannot be shown on a static page and ${cells.length === 1 ? "is" : "are"} left out`,
    hint: "also display it as an image, HTML or text (for a widget or an interactive plot, save a static picture of it)",
  }));
}
