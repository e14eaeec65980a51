// A table's empty header cell (`| | 预测为 1 | 预测为 0 |`, the corner of a confusion matrix) is a plain cell.
import type { MarkdownIt, StateCore, Token } from "markdown-it";

/**
 * Renders an empty cell of a table's header row as `<td>` instead of `<th>`. An empty header names nothing: a screen
 * reader would announce it (as a blank) with every cell below it, and axe reports `empty-table-header`. Giving it a
 * name instead would mean inventing words the author did not write, read aloud before every cell of its column.
 * HTML allows `<td>` in a header row, and the corner cell heads nothing: the row labels below it are data cells too.
 * The row's other cells then get `scope="col"`: once the row is not all headers, they say which way they head (WCAG
 * technique H63, html-validate's `wcag/h63`).
 */
export function emptyHeaderCellsPlugin(md: MarkdownIt): void {
  md.core.ruler.push("kiln_empty_header_cells", (state: StateCore) => {
    let headers: Token[] | undefined;
    let emptied = false;
    state.tokens.forEach((token, index) => {
      if (token.type === "thead_open") [headers, emptied] = [[], false];
      if (token.type === "thead_close" && headers !== undefined) {
        if (emptied) for (const header of headers) header.attrSet("scope", "col");
        headers = undefined;
      }
      if (headers === undefined || token.type !== "th_open") return;
      const close = state.tokens[index + 2];
      if (isEmpty(state.tokens[index + 1]) && close?.type === "th_close") {
        token.type = "td_open";
        close.type = "td_close";
        token.tag = close.tag = "td";
        emptied = true;
      } else headers.push(token);
    });
  });
}

/** A cell's inline content that prints nothing: no children, or only whitespace (`&nbsp;` included). */
function isEmpty(inline: Token | undefined): boolean {
  return inline?.type === "inline" && (inline.children ?? []).every((child) => child.type === "text" && child.content.trim() === "");
}
