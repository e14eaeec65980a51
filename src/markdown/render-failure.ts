// When markdown-it (or a plugin) throws on an article, the author needs the file and the lines that did it, not a
// stack trace: the failing block is found by running each block of the body on its own.
import { markdownWarning, type MarkdownWarning } from "./markdown-warning.ts";

/** An opening or closing code fence (``` or ~~~): blank lines inside a fence do not end a block. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The body's blocks: runs of lines between blank lines (fenced code kept whole), with their 0-based first line. */
function blocksOf(body: string): { start: number; text: string }[] {
  const lines = body.split("\n");
  const blocks: { start: number; text: string }[] = [];
  let start = -1;
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const marker = FENCE.exec(line)?.[1];
    if (marker !== undefined && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined;
    }
    const blank = line.trim() === "" && fence === undefined;
    if (!blank && start < 0) start = index;
    if ((blank || index === lines.length - 1) && start >= 0) {
      blocks.push({ start, text: lines.slice(start, blank ? index : index + 1).join("\n") });
      start = -1;
    }
  });
  return blocks;
}

/** The 0-based first line and the last line (exclusive) of the first block of `body` that throws when run alone. */
export function failingBlock(body: string, run: (text: string) => unknown): [number, number] | undefined {
  for (const block of blocksOf(body)) {
    try {
      run(block.text);
    } catch {
      return [block.start, block.start + block.text.split("\n").length];
    }
  }
  return undefined;
}

/**
 * What to tell the author when rendering an article threw: the file, the first block that throws alone (file line
 * when `env.kilnBodyLine` is given), the error's own words, and how to build meanwhile. Not an author's mistake but
 * a bug in Kiln or a plugin, so it says to report it.
 */
export function renderFailure(env: unknown, body: string, error: unknown, run: (text: string) => unknown): MarkdownWarning {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return markdownWarning(
    env,
    failingBlock(body, run) ?? null,
    `this article could not be rendered (${reason})`,
    "this is a bug in Kiln or one of its Markdown plugins: please report it with the text at this line; meanwhile, rewording or rejoining the lines of that paragraph lets the site build",
  );
}
