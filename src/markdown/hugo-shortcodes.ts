// Hugo shortcodes, so a Hugo content folder builds unchanged: `figure`, `highlight`, `ref`/`relref` and the
// admonition-style ones (`notice`, `admonition`, `hint`, `alert`, `callout`) become their Kiln equivalents;
// any other stays visible as text and is reported with its file and line.
import type { MarkdownIt, StateCore } from "markdown-it";
import { markdownWarning, type MarkdownWarningHandler } from "./markdown-warning.ts";

/** Options of {@link hugoShortcodesPlugin}. */
export interface HugoShortcodesOptions {
  /** Told about shortcodes Kiln does not render (file and line). */
  onWarning?: MarkdownWarningHandler | undefined;
}

/** `{{< name args >}}` or `{{% name args %}}`, closing ones with `/name`. */
const SHORTCODE = /\{\{([<%])\s*(\/?)\s*([\w-]+)((?:[^}"]|"[^"]*")*?)\s*[>%]\}\}/g;
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
const ADMONITIONS = new Set(["notice", "admonition", "hint", "alert", "callout", "note", "tip", "warning", "info", "danger"]);

interface Parsed {
  named: Map<string, string>;
  positional: string[];
}

function parseArguments(text: string): Parsed {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const match of text.matchAll(ARGUMENT)) {
    const value = match[2] ?? match[3] ?? "";
    if (match[1]) named.set(match[1], value);
    else positional.push(value);
  }
  return { named, positional };
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The replacement for one shortcode, or undefined to leave it as it is. */
function replacement(name: string, closing: boolean, args: Parsed): string | undefined {
  const arg = (key: string, index: number) => args.named.get(key) ?? args.positional[index];
  if (name === "highlight") return closing ? "```" : "```" + (arg("lang", 0) ?? "");
  if (name === "ref" || name === "relref") {
    const target = arg("path", 0) ?? "";
    return target.startsWith(".") || target.startsWith("/") || !target.includes("/") ? target : `/${target}`;
  }
  if (name === "figure" && !closing) {
    const src = arg("src", 0) ?? "";
    const alt = args.named.get("alt") ?? args.named.get("title") ?? "";
    const caption = args.named.get("caption") ?? args.named.get("title");
    const img = `<img src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}" loading="lazy" decoding="async">`;
    return `<figure class="figure">${img}${caption ? `<figcaption>${escapeAttribute(caption)}</figcaption>` : ""}</figure>`;
  }
  if (ADMONITIONS.has(name)) {
    if (closing) return ":::";
    const type = (args.named.get("type") ?? (KINDS[name] ? name : args.positional[0]) ?? "note").toLowerCase();
    const title = args.named.get("title") ?? (KINDS[name] ? args.positional[0] : args.positional[1]) ?? "";
    return `::: ${KINDS[type] ?? "note"}${title ? ` ${title}` : ""}`;
  }
  return undefined;
}

/**
 * Rewrites shortcodes in the Markdown source before it is parsed, outside fenced code and code
 * spans, keeping every line where it was (so warnings still name the right line).
 */
export function hugoShortcodesPlugin(md: MarkdownIt, options: HugoShortcodesOptions = {}): void {
  md.core.ruler.before("block", "kiln_hugo_shortcodes", (state: StateCore) => {
    if (!state.src.includes("{{")) return;
    let fence: string | undefined;
    const reported = new Set<string>();
    state.src = state.src
      .split("\n")
      .map((line, index) => {
        const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
        if (fence !== undefined) {
          if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
          return line;
        }
        if (marker !== undefined) {
          fence = marker;
          return line;
        }
        // Code spans keep their text: split on them and only touch the parts outside.
        return line
          .split(/(`+[^`]*`+)/)
          .map((part) =>
            part.startsWith("`")
              ? part
              : part.replace(SHORTCODE, (whole, _kind: string, slash: string, name: string, rest: string) => {
                  const done = replacement(name.toLowerCase(), slash === "/", parseArguments(rest));
                  if (done !== undefined) return done;
                  if (!reported.has(name)) {
                    reported.add(name);
                    options.onWarning?.(
                      markdownWarning(state.env, [index, index + 1], `Hugo shortcode ${whole} is not supported and shows as text`,
                        `replace the "${name}" shortcode with Markdown (an image, a link, a ::: tip block) or remove it`),
                    );
                  }
                  return whole;
                }),
          )
          .join("");
      })
      .join("\n");
  });
}
