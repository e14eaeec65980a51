// Type declaration for markdown-it-footnote 4, which ships none: a plain markdown-it plugin.
declare module "markdown-it-footnote" {
  import type { MarkdownIt } from "markdown-it";

  /** Adds `[^1]` references and `[^1]: …` definitions, rendered as a `section.footnotes` list. */
  export default function footnotePlugin(md: MarkdownIt): void;
}
