// Source text: an article's bytes read as UTF-8, refusing binary files and bytes that are not UTF-8 rather than
// printing replacement characters (�) on the built site.
import type { Problem } from "../errors.ts";

/** What {@link decodeSource} made of a file's bytes. */
export interface SourceText {
  /** The file as text; empty when it could not be read as UTF-8. */
  text: string;
  /** Why the file is not Markdown text; empty when it is. */
  problems: Problem[];
}

const strict = new TextDecoder("utf-8", { fatal: true });
const LINE_FEED = 0x0a;

/** 1-based line of the first byte sequence that is not UTF-8. */
function firstInvalidLine(bytes: Uint8Array): number {
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(LINE_FEED, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      strict.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    start = stop + 1;
  }
  return 1;
}

/**
 * Reads a Markdown file's bytes as UTF-8 text. A NUL byte means a binary file (an image or archive
 * saved as `.md`); any other invalid sequence is a file saved in another encoding (GBK, Latin-1…).
 */
export function decodeSource(file: string, bytes: Uint8Array): SourceText {
  if (bytes.includes(0)) {
    const problem: Problem = {
      location: { file },
      message: "is a binary file, not Markdown text",
      hint: "remove it from the content folder, or give it an extension other than .md",
    };
    return { text: "", problems: [problem] };
  }
  try {
    return { text: strict.decode(bytes), problems: [] };
  } catch {
    const problem: Problem = {
      location: { file, line: firstInvalidLine(bytes) },
      message: "is not valid UTF-8 text (saved in another encoding, such as GBK or Latin-1?)",
      hint: 'save the file as UTF-8 in your editor (VS Code: "Save with Encoding", then UTF-8)',
    };
    return { text: "", problems: [problem] };
  }
}
