// Which file an <img src> of a page means: relative to the page's source file, or /-rooted at the content
// folder or public/ — the same places `npm run check` looks. Remote and data: images are nobody's file.
import { existsSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve, sep } from "node:path";

/** Formats @11ty/eleventy-img (sharp) can read and Kiln re-encodes. */
const PROCESSED = new Set([".png", ".jpg", ".jpeg", ".webp", ".avif", ".gif", ".svg"]);

/** A scheme (`https:`, `data:`) or a scheme-relative `//host` URL. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Whether an image `src` is a URL (`https:`, `data:`, `//host`) rather than a path to a file. */
export function isRemoteImage(src: string): boolean {
  return REMOTE.test(src.trim());
}

/** Where {@link localImageFile} looks for `/`-rooted paths. */
export interface ImageFolders {
  /** The content folder being built. */
  input: string;
  /** The project's public/ folder (copied to the site root). */
  public: string;
}

/**
 * The absolute path of the image file an `<img src>` refers to, or `undefined` when it is remote, missing,
 * or not a format Kiln processes (left as written: the link check reports a missing file with its line).
 */
export function localImageFile(src: string, inputPath: string | undefined, folders: ImageFolders): string | undefined {
  if (src.trim() === "" || isRemoteImage(src)) return undefined;
  const path = safeDecode(src.split(/[?#]/, 1)[0] ?? "");
  if (!PROCESSED.has(extname(path).toLowerCase())) return undefined;
  const candidates = path.startsWith("/")
    ? [join(folders.input, path), join(folders.public, path)]
    : inputPath === undefined
      ? []
      : [resolve(dirname(inputPath), path)];
  return candidates.map((file) => resolve(file)).find((file) => existsSync(file) && statSync(file).isFile());
}

/** Percent-decoding that never throws (a lone `%` stays as it is). */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A relative image path (`cover.png`, relative to the article's source file) as a path rooted at the content
 * folder (`/guide/cover.png`), so that it means the same file on any page that shows it (lists, tag pages).
 * Remote, `/`-rooted and out-of-folder paths are returned as they are.
 */
export function rootedImagePath(src: string, inputPath: string, inputFolder: string): string {
  if (src.startsWith("/") || isRemoteImage(src)) return src;
  const path = relative(resolve(inputFolder), resolve(dirname(inputPath), src));
  return path.startsWith("..") ? src : `/${path.split(sep).join("/")}`;
}
