// Math: `$…$` and `$$…$$` rendered by KaTeX at build time (HTML + MathML, no client JavaScript).
import katexModule from "@vscode/markdown-it-katex";
import type { MarkdownIt, RendererRule, StateInline } from "markdown-it";
import { calloutTitle } from "../callout-text.ts";
import { markdownWarning } from "../markdown-warning.ts";
import type { MarkdownWarningHandler } from "../markdown-warning.ts";
import { repairMathml } from "./mathml-repair.ts";

/** Options of {@link mathPlugin}. */
export interface MathOptions {
  /** Told about each formula KaTeX cannot parse (it is shown in red, as its source). */
  onWarning?: MarkdownWarningHandler | undefined;
}

// The package is CommonJS with `exports.default`: Node hands ES modules the whole `module.exports`, while
// Vite (which runs the tests) unwraps it to the function. Take whichever is the function.
const katexPlugin: typeof katexModule.default =
  typeof (katexModule as unknown) === "function" ? (katexModule as unknown as typeof katexModule.default) : katexModule.default;

/**
 * Inline `$E=mc^2$` and display `$$…$$` become KaTeX HTML (the page needs KaTeX's stylesheet and
 * fonts: see `hasMath`). A `$` only opens math when the next `$` can close it (not followed by a
 * digit or letter, not escaped), so prices (`$5 到 $10`) and prompts stay text; `\$` is a dollar.
 * KaTeX's MathML is repaired where KaTeX writes it wrong (`repairMathml`), and a display formula is a
 * keyboard stop named "公式"/"Formula" in the page's language (`env.pageLang`).
 */
export function mathPlugin(md: MarkdownIt, options?: MathOptions): void {
  // `strict: false`: Chinese inside `\text{…}` is fine; KaTeX would otherwise log a warning per character.
  const katexOptions = { throwOnError: false, strict: false };
  md.use(katexPlugin, katexOptions);
  md.inline.ruler.before("math_inline", "kiln_lone_dollar", loneDollar);
  const onWarning = options?.onWarning;
  for (const rule of ["math_inline", "math_block", "math_inline_block"]) {
    const katexRule = md.renderer.rules[rule] as RendererRule;
    md.renderer.rules[rule] = (tokens, idx, opts, env, self) => {
      const html = repairMathml(katexRule(tokens, idx, opts, env, self));
      if (onWarning && html.includes("katex-error")) {
        const source = tokens[idx]?.content.trim() ?? "";
        const map = tokens[idx]?.map ?? null;
        onWarning(
          markdownWarning(env, map, `KaTeX cannot render the formula "${source}"`, "fix the LaTeX, or write \\$ for a literal dollar sign"),
        );
      }
      return rule === "math_inline" ? html : focusableBlock(html, env);
    };
  }
}

/**
 * A display formula scrolls sideways when it is wider than the column (`.katex-block { overflow-x: auto }`), so it
 * takes keyboard focus as a code block does (arrow keys scroll it). Focus needs a name to announce: "公式" says what
 * was reached, and the MathML inside says the formula itself. `group` names it without adding a landmark per
 * formula (a `region` would, and axe wants landmarks' names unique).
 */
function focusableBlock(html: string, env: unknown): string {
  return html.replace(/^<p (class="katex-block[^"]*")/, `<p $1 tabindex="0" role="group" aria-label="${calloutTitle("formula", env)}"`);
}

/**
 * Pandoc's rule, which the KaTeX plugin lacks: `$` opens inline math only when a non-space
 * follows it and the next unescaped `$` has a non-space before it and no digit after it. Any
 * other single `$` is text: `价格 $10 之间，提示符 $ 后` is not a formula.
 */
function loneDollar(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src[pos] !== "$" || src[pos + 1] === "$" || src[pos - 1] === "$" || src[pos - 1] === "\\") return false;
  let close = pos + 1;
  while ((close = src.indexOf("$", close)) !== -1 && src[close - 1] === "\\") close += 1;
  const opens = src[pos + 1] !== undefined && !/\s/.test(src[pos + 1] ?? "");
  const closes = close !== -1 && !/\s/.test(src[close - 1] ?? "") && !/\d/.test(src[close + 1] ?? "");
  if (opens && closes) return false;
  if (!silent) state.pending += "$";
  state.pos += 1;
  return true;
}
