// What each supported Hugo shortcode becomes: Markdown or HTML that Kiln's own plugins already render.

/** A shortcode's arguments: `key="value"` pairs and bare `"value"`s/words in order. */
export interface ShortcodeArguments {
  named: Map<string, string>;
  positional: string[];
}

/** What a page's shortcodes remember between lines: the tab names of the open `tabs` (Hextra's `items`). */
export interface ShortcodeState {
  tabNames: string[];
  tabCount: number;
}

/** Shortcodes Kiln drops (their inner text stays), with a warning that says so. */
export const IGNORED_SHORTCODES: ReadonlySet<string> = new Set(["style"]);

/** The names this module renders, for hints. */
export const SUPPORTED_SHORTCODES = [
  "figure", "image", "link", "ref", "relref", "highlight", "mermaid", "tabs", "tab", "version",
  "notice", "admonition", "hint", "alert", "callout", "note", "tip", "warning", "info", "danger",
] as const;

/** `key="value"` or a bare `"value"`/word, in order. */
const ARGUMENT = /(?:([\w-]+)=)?(?:"([^"]*)"|(\S+))/g;

/** Hugo admonition kinds → Kiln's (`::: tip` …). */
const KINDS: Readonly<Record<string, string>> = {
  tip: "tip", hint: "tip", success: "tip",
  note: "note", abstract: "note", summary: "note", quote: "note", example: "note",
  info: "info", todo: "info", question: "info", faq: "info",
  warning: "warning", caution: "warning", important: "warning", attention: "warning",
  danger: "danger", error: "danger", failure: "danger", bug: "danger",
};
const ADMONITIONS: ReadonlySet<string> = new Set(["notice", "admonition", "hint", "alert", "callout", "note", "tip",
  "warning", "info", "danger"]);

// More colons than an admonition's `:::`, so a `::: tip` … `:::` inside a tab does not close it (tabs.ts).
const TABS_MARKER = "::::::";
const TAB_MARKER = ":::::";

/** Reads `src="/a.png" "标题" 1.2.0` into named and positional arguments (quotes removed). */
export function parseShortcodeArguments(text: string): ShortcodeArguments {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const match of text.matchAll(ARGUMENT)) {
    const value = match[2] ?? match[3] ?? "";
    if (match[1]) named.set(match[1], value);
    else positional.push(value);
  }
  return { named, positional };
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Any ASCII punctuation backslash-escaped, so author text stays text inside generated Markdown. */
const escapeMarkdown = (value: string) => value.replace(/[!-/:-@[-`{-~]/g, "\\$&");

/**
 * The Markdown (or HTML) that replaces one shortcode, or undefined to leave it as it is.
 * `name` is lowercased; `closing` is true for `{{< /name >}}`. A replacement that must stand on
 * lines of its own is wrapped in `\n`s; the caller splits the line there.
 */
export function hugoShortcodeReplacement(
  name: string,
  closing: boolean,
  args: ShortcodeArguments,
  state: ShortcodeState,
): string | undefined {
  const arg = (key: string, index: number) => args.named.get(key) ?? args.positional[index];
  if (IGNORED_SHORTCODES.has(name)) return "";
  if (name === "highlight") return closing ? "```" : "```" + (arg("lang", 0) ?? "");
  // A ```mermaid fence: code-fence.ts shows it as plain text, mermaid-note.ts says what it is.
  if (name === "mermaid") return closing ? "```" : "```mermaid";
  if (name === "ref" || name === "relref") {
    const target = arg("path", 0) ?? "";
    return target.startsWith(".") || target.startsWith("/") || !target.includes("/") ? target : `/${target}`;
  }
  if ((name === "figure" || name === "image") && !closing) {
    const src = arg("src", 0) ?? "";
    const alt = args.named.get("alt") ?? args.named.get("title") ?? "";
    const caption = args.named.get("caption") ?? args.named.get("title");
    const img = `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" loading="lazy" decoding="async">`;
    return `<figure class="figure">${img}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ""}</figure>`;
  }
  if (name === "link" && !closing) {
    // A Markdown link, so markdown-it refuses `javascript:` and Kiln marks external and `.md` links as usual.
    const href = arg("href", 0) ?? "";
    const text = arg("content", 1) ?? href;
    const title = arg("title", 2);
    const destination = `<${href.replace(/[<>\s]/g, (char) => encodeURIComponent(char))}>`;
    return `[${escapeMarkdown(text)}](${destination}${title ? ` "${escapeMarkdown(title)}"` : ""})`;
  }
  if (name === "version" && !closing) {
    // LoveIt: `{{< version 0.2.0 >}}` (new), `{{< version 0.2.0 changed >}}`, `… deleted >}}`.
    const kind = arg("type", 1);
    const modifier = kind === "changed" || kind === "deleted" ? ` version-badge--${kind}` : "";
    const version = arg("version", 0) ?? "";
    // No version given: no empty badge.
    return version === "" ? "" : `<span class="version-badge${modifier}">${escapeHtml(version)}</span>`;
  }
  if (name === "tabs") {
    if (closing) return TABS_MARKER;
    // Hextra names its tabs on the parent: `{{< tabs items="JSON,YAML" >}}` then bare `{{< tab >}}`s.
    state.tabNames = (args.named.get("items") ?? "").split(",").map((item) => item.trim());
    state.tabCount = 0;
    return `${TABS_MARKER} tabs`;
  }
  if (name === "tab") {
    // Each marker on a line of its own, for Hextra's one-line `{{< tab >}}**JSON**: …{{< /tab >}}`.
    if (closing) return `\n${TAB_MARKER}\n`;
    state.tabCount += 1;
    const label =
      arg("name", 0) ?? args.named.get("title") ?? args.named.get("header") ?? state.tabNames[state.tabCount - 1];
    return `\n${TAB_MARKER} tab ${(label || `Tab ${state.tabCount}`).replace(/\s+/g, " ")}\n`;
  }
  if (ADMONITIONS.has(name)) {
    if (closing) return ":::";
    const type = (args.named.get("type") ?? (KINDS[name] ? name : args.positional[0]) ?? "note").toLowerCase();
    const title = args.named.get("title") ?? (KINDS[name] ? args.positional[0] : args.positional[1]) ?? "";
    return `::: ${KINDS[type] ?? "note"}${title ? ` ${title}` : ""}`;
  }
  return undefined;
}
