// Renders a notebook's code cells from the marker fences the translator wrote (cell-markdown.ts): the code as
// any fenced block (same highlighter, cache and copy button) with its prompt, then the outputs, with the cell's tags.
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { calloutTitle } from "../markdown/callout-text.ts";
import { CELL_END_MARKER, CELL_MARKER, OUTPUT_MARKER } from "./cell-markdown.ts";
import type { CellInfo, ShownOutput } from "./notebook-output-types.ts";
import { assetUrl, renderOutput } from "./render-outputs.ts";

/** A notebook's own image files (outputs and pasted attachments), as the translator names them. */
const ASSET_NAME = /^nb-[0-9a-f]{12}\.[a-z]+$/;

const MARKER_TYPES: Readonly<Record<string, string>> = {
  [CELL_MARKER]: "kiln_notebook_cell_open",
  [OUTPUT_MARKER]: "kiln_notebook_outputs",
  [CELL_END_MARKER]: "kiln_notebook_cell_close",
};

/** A marker's one line of JSON, or undefined when someone wrote a broken marker by hand. */
function markerData<T>(token: Token): T | undefined {
  try {
    return JSON.parse(token.content) as T;
  } catch {
    return undefined;
  }
}

/**
 * Turns the marker fences into notebook tokens before any other rule sees them as code in an unknown language,
 * and wraps the code fence right after a cell marker in the cell's input.
 */
function markCells(state: StateCore): void {
  const tokens = state.tokens;
  let cell: CellInfo | undefined;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    const type = token?.type === "fence" ? MARKER_TYPES[token.info.trim()] : undefined;
    if (token === undefined || type === undefined) continue;
    token.type = type;
    if (type === "kiln_notebook_cell_open") cell = markerData<CellInfo>(token);
    // The outputs carry their cell's tags: `hide-output` folds them.
    if (type === "kiln_notebook_outputs") token.meta = { ...markerData<object>(token), hideOutput: cell?.hideOutput === true };
    else token.meta = markerData(token) ?? null;
    const next = tokens[index + 1];
    if (type !== "kiln_notebook_cell_open" || next?.type !== "fence" || MARKER_TYPES[next.info.trim()] !== undefined) continue;
    const open = new state.Token("kiln_notebook_input_open", "", 1);
    const close = new state.Token("kiln_notebook_input_close", "", -1);
    open.meta = close.meta = token.meta;
    tokens.splice(index + 1, 1, open, next, close);
    index += 3;
  }
}

/** Registers the notebook cell rules; use before the code fence plugin, which would warn about the markers. */
export function notebookCellsPlugin(md: MarkdownIt): void {
  md.core.ruler.push("kiln_notebook_cells", markCells);
  const rules = md.renderer.rules;
  // A pasted image (`attachment:plot.png`, written as nb-….png beside the page) is linked like the outputs. Done when
  // rendering: the checks read the parsed tokens, where the name is still the file beside the page.
  const image = rules["image"] ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  rules["image"] = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const src = String(token?.attrGet("src") ?? "");
    const inNotebook = String((env as { page?: { inputPath?: unknown } })?.page?.inputPath ?? "").endsWith(".ipynb");
    if (token && inNotebook && ASSET_NAME.test(src)) token.attrSet("src", assetUrl(src, env));
    return image(tokens, idx, options, env, self);
  };
  rules["kiln_notebook_cell_open"] = () => '<div class="nb-cell">\n';
  rules["kiln_notebook_cell_close"] = () => "</div>\n";
  rules["kiln_notebook_input_open"] = (tokens, idx, _options, env) => {
    const info = tokens[idx]?.meta as CellInfo | undefined;
    const count = info?.count === null || info?.count === undefined ? " " : String(info.count);
    const prompt = `<span class="nb-prompt" aria-hidden="true">In [${count}]:</span>`;
    return `<div class="nb-input">${prompt}${info?.hideInput ? `<details class="nb-hidden"><summary>${calloutTitle("notebook-code", env)}</summary>` : ""}`;
  };
  rules["kiln_notebook_input_close"] = (tokens, idx) =>
    `${(tokens[idx]?.meta as CellInfo | undefined)?.hideInput ? "</details>" : ""}</div>\n`;
  rules["kiln_notebook_outputs"] = (tokens, idx, _options, env) => {
    const token = tokens[idx];
    const data = token?.meta as { outputs?: ShownOutput[]; hideOutput: boolean } | null | undefined;
    if (!Array.isArray(data?.outputs)) return `<pre class="nb-text">${md.utils.escapeHtml(token?.content ?? "")}</pre>\n`;
    const html = data.outputs.map((output) => renderOutput(output, md, env)).join("\n");
    const hidden = data.hideOutput;
    const body = hidden ? `<details class="nb-hidden"><summary>${calloutTitle("notebook-output", env)}</summary>${html}</details>` : html;
    return `<div class="nb-outputs">${body}</div>\n`;
  };
}
