// Fenced code: shiki dual-theme HTML in a labelled <figure>; unknown languages warn once and stay plain.
import type { MarkdownIt, RendererRule, StateCore } from "markdown-it";
import { parseCodeMeta } from "./highlight/code-meta.ts";
import type { KilnHighlighter } from "./highlight/highlighter.ts";
import { markdownWarning } from "./markdown-warning.ts";
import type { MarkdownWarningHandler } from "./markdown-warning.ts";

// Why not @shikijs/markdown-it's `fromHighlighter`: it passes the fence's first word to shiki as
// is (no case folding, no Kiln aliases such as `console`), has no hook to report an unknown
// language with its file and line, and its fallback still runs shiki over plain text.

/** Options of {@link codeFencePlugin}. */
export interface CodeFenceOptions {
  /** The build's one highlighter. */
  highlighter: KilnHighlighter;
  /** Told once per language per render about a fence language Kiln does not know. */
  onWarning?: MarkdownWarningHandler | undefined;
}

/** A fence info string split into the language and whatever follows it. */
export interface FenceInfo {
  /** The first word, as the author wrote it (`""` when none). */
  language: string;
  /** The rest (`title="train.py" {1,3}`), read by parseCodeMeta and the highlighter. */
  meta: string;
}

/**
 * Splits ```` ```python title="a.py" {1,3} ```` (also `python{1,3}`) into language and meta. A
 * first word with `=` (```` ```title="out.txt" ````) is meta: the block has no language.
 */
export function parseFenceInfo(info: string): FenceInfo {
  const match = /^([^\s{]*)([\s\S]*)$/.exec(info.trim());
  const first = match?.[1] ?? "";
  if (first.includes("=")) return { language: "", meta: info.trim() };
  return { language: first, meta: (match?.[2] ?? "").trim() };
}

/**
 * Highlights every fenced block with shiki (both themes as CSS variables) and wraps it in
 * `<figure class="code-block" data-lang="…">` with a visible `<figcaption>` holding the meta's
 * `title="…"` (`.code-block__title`) and the language as written (`.code-block__lang`); bash
 * blocks add `code-block--terminal`. The meta goes to the highlighter (line highlights, numbers).
 * A fence with no language, `text`, or an unknown language is plain escaped text in
 * `<pre class="shiki shiki--plain">`; an unknown language is reported through `onWarning`.
 */
export function codeFencePlugin(md: MarkdownIt, options: CodeFenceOptions): void {
  const { highlighter, onWarning } = options;
  const escape = md.utils.escapeHtml;

  // markdown-it's own fence rule calls `highlight` and keeps its output when it starts with `<pre`.
  md.set({
    // markdown-it splits the info string at the first space: `python{1,3}` arrives whole as `langName`.
    highlight: (code, langName, langAttrs) => {
      const info = parseFenceInfo(`${langName} ${langAttrs}`);
      const language = highlighter.resolveLanguage(info.language);
      const body = code.endsWith("\n") ? code.slice(0, -1) : code;
      if (language === undefined || language === "text") {
        return `<pre class="shiki shiki--plain" tabindex="0"><code>${escape(body)}</code></pre>`;
      }
      return highlighter.codeToHtml(body, language, info.meta);
    },
  });

  const previous: RendererRule =
    md.renderer.rules["fence"] ?? ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));
  md.renderer.rules["fence"] = (tokens, idx, opts, env, self) => {
    const inner = previous(tokens, idx, opts, env, self).trimEnd();
    const { language, meta } = parseFenceInfo(md.utils.unescapeAll(tokens[idx]?.info ?? ""));
    const resolved = language === "" ? undefined : (highlighter.resolveLanguage(language) ?? language);
    const { title } = parseCodeMeta(meta);
    // A shell block looks like a terminal (see kiln.css); its copy button leaves out `$ ` prompts.
    let attrs = resolved === "bash" ? ' class="code-block code-block--terminal"' : ' class="code-block"';
    if (resolved !== undefined) attrs += ` data-lang="${escape(resolved)}"`;
    if (meta !== "") attrs += ` data-meta="${escape(meta)}"`;
    let caption = title === undefined ? "" : `<span class="code-block__title">${escape(title)}</span>`;
    if (language !== "") caption += `<span class="code-block__lang">${escape(language)}</span>`;
    if (caption !== "") caption = `<figcaption class="code-block__caption">${caption}</figcaption>`;
    return `<figure${attrs}>${caption}${inner}</figure>\n`;
  };

  if (onWarning === undefined) return;
  const hint = `use one of: ${highlighter.languages.join(", ")} (or "text" for plain text)`;
  // Checked once per parse (not while rendering) so each unknown language warns once per page.
  md.core.ruler.push("kiln_code_language", (state: StateCore) => {
    const reported = new Set<string>();
    for (const token of state.tokens) {
      if (token.type !== "fence") continue;
      const { language } = parseFenceInfo(md.utils.unescapeAll(token.info));
      const key = language.toLowerCase();
      if (language === "" || reported.has(key) || highlighter.resolveLanguage(language)) continue;
      reported.add(key);
      onWarning(markdownWarning(state.env, token.map, `unknown code language "${language}"`, hint));
    }
  });
}
