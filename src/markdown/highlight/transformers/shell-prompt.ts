// Shell prompts: `$ npm ci` is highlighted as `npm ci`, the `$ ` is drawn apart and never copied.
import type { ShikiTransformer } from "shiki";

const PROMPT = /^\$ /;
/** Per-highlight state: which lines had a prompt (1-based), set in `preprocess`, read in `line`. */
const PROMPT_LINES = Symbol("kiln:prompt-lines");

type PromptMeta = { [PROMPT_LINES]?: Set<number> };

/**
 * For bash blocks where some lines start with `$ `: removes the prompts before tokenizing (so the
 * command, not `$`, is coloured as the command), puts each back as `<span class="line__prompt">`
 * (not selectable, skipped by the copy button), and marks the other lines `line--output` unless
 * they continue a command ending in `\`. The `<pre>` gets `has-prompts`.
 */
export function transformerShellPrompt(): ShikiTransformer {
  return {
    name: "kiln:shell-prompt",
    preprocess(code, options) {
      if (!hasShellPrompts(code, options.lang)) return undefined;
      const lines = code.split("\n");
      const prompts = new Set<number>();
      lines.forEach((line, index) => PROMPT.test(line) && prompts.add(index + 1));
      if (prompts.size === 0) return undefined;
      (this.meta as PromptMeta)[PROMPT_LINES] = prompts;
      return lines.map((line) => line.replace(PROMPT, "")).join("\n");
    },
    pre(node) {
      if ((this.meta as PromptMeta)[PROMPT_LINES]) this.addClassToHast(node, "has-prompts");
    },
    line(node, line) {
      const prompts = (this.meta as PromptMeta)[PROMPT_LINES];
      if (!prompts) return;
      if (prompts.has(line)) {
        node.children.unshift({
          type: "element",
          tagName: "span",
          properties: { class: "line__prompt" },
          children: [{ type: "text", value: "$ " }],
        });
      } else if (!continues(this.lines[line - 2])) {
        this.addClassToHast(node, "line--output");
      }
    },
  };
}

/** True when `code` in `language` has a line this transformer draws a prompt for. */
export function hasShellPrompts(code: string, language: string | undefined): boolean {
  return language === "bash" && code.split("\n").some((line) => PROMPT.test(line));
}

/** True when a rendered line ends with a `\` line continuation. */
function continues(previous: { children: unknown[] } | undefined): boolean {
  return previous !== undefined && /\\\s*$/.test(textOf(previous));
}

function textOf(node: unknown): string {
  if (typeof node !== "object" || node === null) return "";
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node && Array.isArray(node.children)) return node.children.map(textOf).join("");
  return "";
}
