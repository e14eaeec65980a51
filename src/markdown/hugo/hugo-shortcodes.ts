// Hugo shortcodes, so a Hugo content folder builds unchanged: the supported ones become Kiln's own constructs
// (hugo-shortcode-replacement.ts); any other stays visible as text and is reported once per file with its lines.
import type { MarkdownIt, StateCore } from "markdown-it";
import {
  hugoShortcodeReplacement,
  IGNORED_SHORTCODES,
  parseShortcodeArguments,
  SUPPORTED_SHORTCODES,
  type ShortcodeState,
} from "./hugo-shortcode-replacement.ts";
import { fileLine, markdownWarning, type MarkdownWarning, type MarkdownWarningHandler } from "../markdown-warning.ts";

/** Options of {@link hugoShortcodesPlugin}. */
export interface HugoShortcodesOptions {
  /** Told about shortcodes Kiln does not render or ignores: once per file and name, with every line. */
  onWarning?: MarkdownWarningHandler | undefined;
}

const SUPPORTED = SUPPORTED_SHORTCODES.join(", ");

/** `{{< name args >}}` or `{{% name args %}}`, closing ones with `/name`. */
const SHORTCODE = /\{\{([<%])\s*(\/?)\s*([\w-]+)((?:[^}"]|"[^"]*")*?)\s*[>%]\}\}/g;

/** Where one shortcode name was ignored or left as text: 0-based body lines of its opening and closing tags. */
interface Occurrences {
  name: string;
  ignored: boolean;
  opening: number[];
  closing: number[];
}

/**
 * Rewrites shortcodes in the Markdown source before it is parsed, outside fenced code and code
 * spans. Lines keep their numbers (so warnings name the author's line): a line that a tab marker
 * splits in parts has every part's source map pointed back at it.
 */
export function hugoShortcodesPlugin(md: MarkdownIt, options: HugoShortcodesOptions = {}): void {
  md.core.ruler.after("block", "kiln_hugo_shortcode_lines", restoreLineNumbers);
  md.core.ruler.before("block", "kiln_hugo_shortcodes", (state: StateCore) => {
    if (!state.src.includes("{{")) return;
    let fence: string | undefined;
    const shortcodes: ShortcodeState = { tabNames: [], tabCount: 0 };
    const found = new Map<string, Occurrences>();
    const note = (name: string, ignored: boolean, closing: boolean, index: number) => {
      const occurrences = found.get(name) ?? { name, ignored, opening: [], closing: [] };
      (closing ? occurrences.closing : occurrences.opening).push(index);
      found.set(name, occurrences);
    };
    const lines = state.src.split("\n");
    /** The source line of each line of the rewritten text. */
    const origin: number[] = [];
    state.src = lines
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
              : part.replace(SHORTCODE, (whole, _kind: string, slash: string, written: string, rest: string) => {
                  const name = written.toLowerCase();
                  const closing = slash === "/";
                  const done = hugoShortcodeReplacement(name, closing, parseShortcodeArguments(rest), shortcodes);
                  if (done === undefined || IGNORED_SHORTCODES.has(name)) note(name, done !== undefined, closing, index);
                  return done ?? whole;
                }),
          )
          .join("");
      })
      .flatMap((rewritten, index) => {
        if (!rewritten.includes("\n")) {
          origin.push(index);
          return [rewritten];
        }
        // A tab marker split the line: each part keeps the line's indent (a list item's, say) and its line.
        const indent = /^[ \t]*/.exec(lines[index] ?? "")?.[0] ?? "";
        const parts = rewritten.split("\n").map((part) => part.trim()).filter((part) => part !== "");
        origin.push(...parts.map(() => index));
        return parts.map((part) => indent + part);
      })
      .join("\n");
    if (origin.length !== lines.length) lineOrigins.set(state, origin);

    // One warning per name and file, in the order of their first line.
    const byLine = [...found.values()].sort((a, b) => (counted(a)[0] ?? 0) - (counted(b)[0] ?? 0));
    for (const occurrences of byLine) options.onWarning?.(shortcodeWarning(state.env, occurrences));
  });
}

/** The source line of each rewritten line, for texts where a shortcode split a line. */
const lineOrigins = new WeakMap<StateCore, number[]>();

/** Points every block token's source map back at the author's lines, after a split line moved them. */
function restoreLineNumbers(state: StateCore): void {
  const origin = lineOrigins.get(state);
  if (origin === undefined) return;
  const last = origin.at(-1) ?? 0;
  for (const token of state.tokens) {
    if (token.map === null) continue;
    const [start, end] = token.map;
    token.map = [origin[start] ?? last, (origin[end - 1] ?? last) + 1];
  }
}

function shortcodeWarning(env: unknown, occurrences: Occurrences): MarkdownWarning {
  const { name, ignored } = occurrences;
  const indexes = counted(occurrences);
  const first = indexes[0] ?? 0;
  // File lines when the caller gave env.kilnBodyLine, else body lines (markdownWarning then says so).
  const lines = [...new Set(indexes)].map((index) => fileLine(env, index + 1) ?? index + 1);
  const times = ` (${indexes.length} times, ${lines.length === 1 ? "line" : "lines"} ${lines.join(", ")})`;
  const where = indexes.length < 2 ? "" : times;
  const map: [number, number] = [first, first + 1];
  if (ignored) {
    return markdownWarning(env, map, `Hugo shortcode "${name}" was ignored${where}: the text inside is shown without it`,
      `Kiln applies no CSS from an article: remove the "${name}" shortcode, or keep it and its text shows unstyled`);
  }
  return markdownWarning(env, map, `Hugo shortcode "${name}" is not supported${where}; it is shown as text`,
    `replace it with Markdown (an image, a link, a ::: tip block) or remove it; Kiln renders ${SUPPORTED}`);
}

/** The tags counted for a name: its opening ones, or its closing ones when it has none. */
function counted(occurrences: Occurrences): number[] {
  return occurrences.opening.length > 0 ? occurrences.opening : occurrences.closing;
}
