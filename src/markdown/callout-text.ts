// Default titles of admonitions and GitHub alerts, the note above a Mermaid diagram, a notebook cell's folds and the
// name of a display formula, in the page's language.

const ZH: Readonly<Record<string, string>> = {
  tip: "提示", note: "注意", info: "信息", warning: "警告", danger: "危险", details: "详情",
  important: "重要", caution: "小心", mermaid: "Mermaid 图表，以源码显示",
  "notebook-code": "显示代码", "notebook-output": "显示输出", "notebook-long": "输出：{count} 行",
  "notebook-image": "单元格 {count} 的输出图像", formula: "公式",
};
const EN: Readonly<Record<string, string>> = {
  tip: "Tip", note: "Note", info: "Info", warning: "Warning", danger: "Danger", details: "Details",
  important: "Important", caution: "Caution", mermaid: "Mermaid diagram, shown as its source",
  "notebook-code": "Show code", "notebook-output": "Show output", "notebook-long": "Output: {count} lines",
  "notebook-image": "Output image of cell {count}", formula: "Formula",
};

/**
 * The default title of a callout kind (`tip`, `warning`…) for the page being rendered: Chinese
 * when `env.pageLang` starts with `zh`, English otherwise (and when the caller gave no language). `{count}` in a
 * title is replaced by `count`.
 */
export function calloutTitle(kind: string, env: unknown, count?: number): string {
  const lang = typeof env === "object" && env !== null ? (env as { pageLang?: unknown }).pageLang : undefined;
  const titles = typeof lang === "string" && lang.toLowerCase().startsWith("zh") ? ZH : EN;
  return (titles[kind] ?? kind).replace("{count}", String(count));
}
