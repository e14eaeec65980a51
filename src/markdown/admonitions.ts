// Admonitions: `::: tip|note|info|warning|danger [title]` … `:::` boxes, and `::: details 标题` as a native <details>.
import containerPlugin from "markdown-it-container";
import type { MarkdownIt } from "markdown-it";
import { calloutTitle } from "./callout-text.ts";

/** The boxed kinds; `details` is handled apart. */
export const ADMONITION_KINDS = ["tip", "note", "info", "warning", "danger"] as const;

/**
 * `::: warning 小心数据泄露` renders `<div class="admonition admonition--warning" role="note">`
 * with `<p class="admonition__title">` (the title after the kind, inline Markdown allowed, else
 * the kind's name in the page's language). `::: details 标题` renders a closed
 * `<details class="admonition admonition--details">` with the title as its `<summary>`.
 * Kinds are case-insensitive; containers nest when the outer one uses more colons.
 */
export function admonitionsPlugin(md: MarkdownIt): void {
  const parse = (info: string) => {
    const match = /^(\S+)\s*(.*)$/.exec(info.trim());
    return { kind: (match?.[1] ?? "").toLowerCase(), title: (match?.[2] ?? "").trim() };
  };
  const titleHtml = (title: string, kind: string, env: unknown) =>
    title === "" ? md.utils.escapeHtml(calloutTitle(kind, env)) : md.renderInline(title, env as Record<string, unknown>);

  for (const kind of ADMONITION_KINDS) {
    md.use(containerPlugin, kind, {
      validate: (params) => parse(params).kind === kind,
      render: (tokens, idx, _options, env) => {
        const token = tokens[idx];
        if (token?.nesting !== 1) return "</div>\n";
        const title = titleHtml(parse(token.info).title, kind, env);
        return `<div class="admonition admonition--${kind}" role="note">\n<p class="admonition__title">${title}</p>\n`;
      },
    });
  }
  md.use(containerPlugin, "details", {
    validate: (params) => parse(params).kind === "details",
    render: (tokens, idx, _options, env) => {
      const token = tokens[idx];
      if (token?.nesting !== 1) return "</details>\n";
      const title = titleHtml(parse(token.info).title, "details", env);
      return `<details class="admonition admonition--details">\n<summary>${title}</summary>\n`;
    },
  });
}
