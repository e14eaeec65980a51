// A KilnHighlighter that answers from the highlight cache and highlights (and remembers) only what it lacks.
import { HighlightCache, highlightKey } from "./highlight-cache.ts";
import type { KilnHighlighter } from "./highlighter.ts";

/** Wraps `base` so that `codeToHtml` consults `cache` first; everything else is `base`'s. */
export function withHighlightCache(base: KilnHighlighter, cache: HighlightCache): KilnHighlighter {
  return {
    ...base,
    codeToHtml(code, language, meta = "") {
      const key = highlightKey({ code, language, meta });
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      const html = base.codeToHtml(code, language, meta);
      cache.set(key, html);
      return html;
    },
  };
}
