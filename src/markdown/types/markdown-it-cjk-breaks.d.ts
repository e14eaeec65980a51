// Type declaration for markdown-it-cjk-breaks 2, which ships none: a plain markdown-it plugin.
declare module "markdown-it-cjk-breaks" {
  import type { MarkdownIt } from "markdown-it";

  /** Drops the soft line break between two East Asian wide characters (CSS Text 3 segment break rules). */
  export default function cjkBreaksPlugin(md: MarkdownIt): void;
}
