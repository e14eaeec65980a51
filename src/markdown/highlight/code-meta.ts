// Fence meta: what follows the language on a ```` ``` ```` line (`title="train.py" {1,3-5} showLineNumbers`).

/** What Kiln reads from a fence's meta string. Line ranges (`{1,3-5}`) are read by shiki's own transformer. */
export interface CodeMeta {
  /** `title="train.py"` (or single quotes): a file name or caption shown above the block. */
  title?: string;
  /** `showLineNumbers`: number the lines. */
  showLineNumbers: boolean;
}

const TITLE = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/;
const LINE_NUMBERS = /(?:^|\s)showLineNumbers(?=\s|$)/;

/** Reads the title and the line-number switch from a fence's meta string. */
export function parseCodeMeta(meta: string): CodeMeta {
  const match = TITLE.exec(meta);
  const title = (match?.[1] ?? match?.[2])?.trim();
  const showLineNumbers = LINE_NUMBERS.test(meta);
  return title === undefined || title === "" ? { showLineNumbers } : { title, showLineNumbers };
}
