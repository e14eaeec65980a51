// Line numbers for ```` ```js showLineNumbers ````: a class on <pre>, numbers drawn by CSS counters.
import type { ShikiTransformer } from "shiki";
import { parseCodeMeta } from "../code-meta.ts";

/**
 * Adds `class="line-numbers"` to the `<pre>` of a block whose meta says `showLineNumbers`; the
 * stylesheet numbers each `.line` with a CSS counter. Not shiki's `transformerRenderLineNumber`:
 * it writes the numbers as text, so selecting the code by hand would copy them too.
 */
export function transformerLineNumbers(): ShikiTransformer {
  return {
    name: "kiln:line-numbers",
    pre(node) {
      if (parseCodeMeta(this.options.meta?.__raw ?? "").showLineNumbers) this.addClassToHast(node, "line-numbers");
    },
  };
}
