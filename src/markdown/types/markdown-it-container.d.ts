// Type declaration for markdown-it-container 4, which ships none: `::: name` … `:::` block containers.
declare module "markdown-it-container" {
  import type { MarkdownIt, Options, Renderer, Token } from "markdown-it";

  /** Options of one container name. */
  export interface ContainerOptions {
    /** Whether the text after `:::` opens this container; default: its first word is the name. */
    validate?: (params: string, markup: string) => boolean;
    /** Renders the opening (`nesting === 1`) and closing (`-1`) tokens. */
    render?: (tokens: Token[], idx: number, options: Options, env: unknown, self: Renderer) => string;
    /** The marker character(s); default `:`. */
    marker?: string;
  }

  /** Adds the `container_<name>_open`/`_close` block rule for `::: name`. */
  export default function containerPlugin(md: MarkdownIt, name: string, options?: ContainerOptions): void;
}
