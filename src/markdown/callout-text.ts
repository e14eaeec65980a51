// Default titles of admonitions and GitHub alerts, and the note above a Mermaid diagram, in the page's language.

const ZH: Readonly<Record<string, string>> = {
  tip: "提示", note: "注意", info: "信息", warning: "警告", danger: "危险", details: "详情",
  important: "重要", caution: "小心", mermaid: "Mermaid 图表，以源码显示",
};
const EN: Readonly<Record<string, string>> = {
  tip: "Tip", note: "Note", info: "Info", warning: "Warning", danger: "Danger", details: "Details",
  important: "Important", caution: "Caution", mermaid: "Mermaid diagram, shown as its source",
};

/**
 * The default title of a callout kind (`tip`, `warning`…) for the page being rendered: Chinese
 * when `env.pageLang` starts with `zh`, English otherwise (and when the caller gave no language).
 */
export function calloutTitle(kind: string, env: unknown): string {
  const lang = typeof env === "object" && env !== null ? (env as { pageLang?: unknown }).pageLang : undefined;
  const titles = typeof lang === "string" && lang.toLowerCase().startsWith("zh") ? ZH : EN;
  return titles[kind] ?? kind;
}
