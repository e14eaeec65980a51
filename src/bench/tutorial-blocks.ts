// The realistic corpus's Markdown blocks besides prose and code: lists, tables, display math and admonitions, each
// drawn from `next` for one article's topic.
import { pick } from "./article-shape.ts";
import { fill, LIST_ITEMS, LIST_STEPS, NUMBERS, paragraph, TERMS, type Topic } from "./tutorial-words.ts";

/** A bullet list of terms (`- **Redis** - …`) or a numbered list of steps, 3–5 items. */
export function list(next: () => number, topic: Topic): string {
  const numbered = next() < 0.4;
  const items = Array.from({ length: 3 + Math.floor(next() * 3) }, (_, k) =>
    numbered ? `${k + 1}. ${fill(next, pick(next, LIST_STEPS), topic)}` : `- **${pick(next, TERMS)}** - ${fill(next, pick(next, LIST_ITEMS), topic)}`,
  );
  return items.join("\n");
}

/** Tables as tutorials print them: a comparison, a list of options, measurements (right-aligned numbers). */
const TABLES: ReadonlyArray<{ header: string; row: string }> = [
  { header: "| 方案 | {x} | 适用场景 |\n|---|---|---|", row: "| {e} | {n} 分 | {p} |" },
  { header: "| 参数 | 默认值 | 说明 |\n|---|---|---|", row: "| `{k}` | `{n}` | 控制{e}的{x} |" },
  { header: "| 数据量（万条） | 耗时（ms） | 内存（MB） |\n|---:|---:|---:|", row: "| {n} | {m} | {o} |" },
];

/** A table of 3–6 rows. */
export function table(next: () => number, topic: Topic): string {
  const { header, row } = pick(next, TABLES);
  const rows = Array.from({ length: 3 + Math.floor(next() * 4) }, () =>
    // `{k}`, `{m}`, `{o}` are the table's own: a key, and two more numbers drawn apart from `{n}`.
    fill(next, row.replace("{k}", pick(next, ["timeout", "max_connections", "batch_size", "log_level", "replicas"])), topic)
      .replace("{m}", String(pick(next, NUMBERS) * 3))
      .replace("{o}", String(pick(next, NUMBERS) + 12)),
  );
  return [fill(next, header, topic), ...rows].join("\n");
}

/** Display formulas KaTeX renders, each as tutorials write them: `$$` on lines of their own. */
const FORMULAS = [
  "L(w, b) = \\frac{1}{n} \\sum_{i=1}^{n} \\left( w x_i + b - y_i \\right)^2",
  "\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left( \\frac{Q K^\\top}{\\sqrt{d_k}} \\right) V",
  "\\mathrm{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}}",
  "S = \\frac{1}{(1 - p) + \\frac{p}{s}}",
  "T_{avg} = h \\cdot T_{cache} + (1 - h) \\cdot T_{db}",
  "T(n) = 2\\,T\\!\\left(\\frac{n}{2}\\right) + O(n) = O(n \\log n)",
  "L = \\lambda W",
];

/** A display formula with the sentence that introduces it. */
export function displayMath(next: () => number, topic: Topic): string {
  return `${fill(next, "用公式表示，{e}的开销可以写成：", topic)}\n\n$$\n${pick(next, FORMULAS)}\n$$`;
}

const ADMONITIONS = [
  { kind: "tip", titles: ["", "小提示", "读前准备"] },
  { kind: "warning", titles: ["", "注意", "别在生产环境这样做"] },
  { kind: "note", titles: ["", "关于 {e}"] },
] as const;

/** A `::: tip` / `::: warning` / `::: note` box, with or without its own title, holding a short paragraph. */
export function admonition(next: () => number, topic: Topic): string {
  const { kind, titles } = pick(next, ADMONITIONS);
  const title = fill(next, pick<string>(next, titles), topic);
  return [`::: ${kind}${title === "" ? "" : ` ${title}`}`, paragraph(next, topic, 40), ":::"].join("\n");
}
