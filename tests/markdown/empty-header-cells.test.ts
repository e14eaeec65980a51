// Tests for empty header cells: the corner of a confusion matrix is a plain <td>, every other header stays a <th>.
import { load } from "cheerio";
import markdownit from "markdown-it";
import { describe, expect, it } from "vitest";
import { emptyHeaderCellsPlugin } from "../../src/markdown/empty-header-cells.ts";

const md = markdownit().use(emptyHeaderCellsPlugin);
/** Each row of the rendered table as its cells' tag names and text. */
const rows = (source: string): string[][] => {
  const $ = load(md.render(source), null, false);
  return $("tr").map((_, row) => [$(row).children().map((__, cell) => `${cell.tagName}:${$(cell).text()}`).get()]).get();
};

describe("emptyHeaderCellsPlugin", () => {
  it("renders the empty corner of a confusion matrix as a data cell in the header row", () => {
    const source = "| | 预测为 1 | 预测为 0 |\n|---|---|---|\n| **实际为 1** | TP | FN |\n| **实际为 0** | FP | TN |";
    expect(rows(source)).toEqual([
      ["td:", "th:预测为 1", "th:预测为 0"],
      ["td:实际为 1", "td:TP", "td:FN"],
      ["td:实际为 0", "td:FP", "td:TN"],
    ]);
    const $ = load(md.render(source), null, false);
    expect($("thead > tr > td").length).toBe(1);
    // The headers left say they head their columns: the header row is no longer all headers.
    expect($("thead th").map((_, cell) => $(cell).attr("scope")).get()).toEqual(["col", "col"]);
  });

  it("leaves a table whose header cells all have text exactly as markdown-it writes it", () => {
    const source = "| 模型 | 准确率 |\n|:---|---:|\n| CNN | 95% |";
    expect(md.render(source)).toBe(markdownit().render(source));
  });

  it("treats a header of spaces or &nbsp; as empty, keeps the column's alignment, and leaves empty body cells alone", () => {
    const $ = load(md.render("| A | &nbsp; | |\n|---|:-:|---|\n| 1 | | 3 |"), null, false);
    expect($("thead th").map((_, cell) => $(cell).text()).get()).toEqual(["A"]);
    expect($("thead td").first().attr("style")).toBe("text-align:center");
    expect($("tbody td").length).toBe(3);
  });

  it("keeps a header that prints something, even without letters", () => {
    expect(rows("| `x` | ![图](a.png) | 0 |\n|---|---|---|\n| 1 | 2 | 3 |")[0]).toEqual(["th:x", "th:", "th:0"]);
  });
});
