// Tabs from Hugo's `{{< tabs >}}`/`{{< tab >}}`: a group of <details> that needs no JavaScript.
import containerPlugin from "markdown-it-container";
import type { MarkdownIt, StateCore } from "markdown-it";

/**
 * Renders the `:::::: tabs` … `::::::` group and its `::::: tab Name` … `:::::` panels that
 * hugo-shortcode-replacement.ts writes for Hugo's tabs, as `<div class="tabs">` holding one
 * `<details class="tabs__tab">` per tab with the name as its `<summary>`. The panels of a group share
 * a `name`, so browsers that support it keep one open at a time, as tabs do; the first starts open.
 * Without JavaScript every panel can still be opened, read by a screen reader and printed (kiln.css).
 * The Markdown inside each tab is rendered as any other (code fences highlighted).
 */
export function tabsPlugin(md: MarkdownIt): void {
  const firstWord = (info: string) => info.trim().split(/\s+/, 1)[0];
  md.use(containerPlugin, "tabs", {
    validate: (params) => firstWord(params) === "tabs",
    render: (tokens, idx) => (tokens[idx]?.nesting === 1 ? '<div class="tabs">\n' : "</div>\n"),
  });
  md.use(containerPlugin, "tab", {
    validate: (params) => firstWord(params) === "tab",
    render: (tokens, idx) => {
      const token = tokens[idx];
      if (token?.nesting !== 1) return "</details>\n";
      const label = md.utils.escapeHtml(token.info.trim().replace(/^tab\s*/, ""));
      const meta = token.meta as TabMeta | null;
      const group = meta === null ? "" : ` name="tabs-${meta.group}"`;
      return `<details class="tabs__tab"${group}${meta?.first === false ? "" : " open"}>\n<summary>${label}</summary>\n`;
    },
  });
  // Numbers each group and marks its first tab, which the renderer alone cannot see.
  md.core.ruler.after("block", "kiln_tabs", (state: StateCore) => {
    const groups: { group: number; tabs: number }[] = [];
    let count = 0;
    for (const token of state.tokens) {
      if (token.type === "container_tabs_open") {
        count += 1;
        token.meta = { group: count };
        groups.push({ group: count, tabs: 0 });
      } else if (token.type === "container_tabs_close") {
        groups.pop();
      } else if (token.type === "container_tab_open") {
        const open = groups.at(-1);
        if (open === undefined) continue;
        token.meta = { group: open.group, first: open.tabs === 0 } satisfies TabMeta;
        open.tabs += 1;
      }
    }
  });
}

interface TabMeta {
  group: number;
  first: boolean;
}
