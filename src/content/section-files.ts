// Which Markdown files describe a folder (a section) instead of being articles: `_index.md`, and `index.md` unless
// its folder is a page bundle (Hugo's rule: an `index.md` with no other Markdown at or below its folder).
import { basename, dirname, relative, resolve, sep } from "node:path";
import type { Problem } from "../errors.ts";
import { withoutLanguageSuffix } from "./language-files.ts";

/** The file that always describes its folder (Hugo's branch bundle). */
export const SECTION_FILE = "_index.md";

/** The file that describes its folder unless the folder is a page bundle. */
export const BUNDLE_OR_SECTION_FILE = "index.md";

/** A file's name as the rules read it: Hugo's language suffix dropped (`_index.zh-cn.md` is an `_index.md`). */
const roleName = (path: string): string => withoutLanguageSuffix(basename(path));

/** What {@link sectionFiles} decided. */
export interface SectionFiles {
  /** Absolute paths of the files that describe a folder (at most one per folder). */
  files: Set<string>;
  /** Absolute paths of files that are neither an article nor a folder's description (the second of two). */
  ignored: Set<string>;
  /** A folder described twice (`_index.md` beside a section's `index.md`): one problem each. */
  problems: Problem[];
}

/**
 * Sorts the Markdown files of an input folder into section descriptions and articles. An `index.md` is a page
 * bundle (an article at its folder's URL) when it is the only Markdown file at or below its folder, and the
 * description of its folder otherwise; the input folder's own `index.md` is always left to be an article, as before.
 * `display` turns a path into what authors see in messages. A language suffix does not change a file's role
 * (`_index.en.md`, `index.zh-cn.md`): pass only the files of the language being built (see language-files.ts).
 */
export function sectionFiles(inputFolder: string, paths: readonly string[], display: (path: string) => string): SectionFiles {
  const root = resolve(inputFolder);
  /** Markdown files at or below each folder, the folder's own `_index.md` and `index.md` included. */
  const below = new Map<string, number>();
  for (const path of paths) {
    for (let folder = dirname(resolve(path)); ; folder = dirname(folder)) {
      below.set(folder, (below.get(folder) ?? 0) + 1);
      if (folder === root || folder === dirname(folder)) break;
    }
  }
  const files = new Set<string>();
  const ignored = new Set<string>();
  const problems: Problem[] = [];
  const described = new Map<string, string>();
  // `_index.md` first, so it is the description when a folder also has a section `index.md`.
  const candidates = paths.map((path) => resolve(path)).filter((path) => {
    const name = roleName(path);
    return name === SECTION_FILE || (name === BUNDLE_OR_SECTION_FILE && dirname(path) !== root && (below.get(dirname(path)) ?? 0) > 1);
  });
  candidates.sort((a, b) => Number(roleName(b) === SECTION_FILE) - Number(roleName(a) === SECTION_FILE));
  for (const path of candidates) {
    const folder = dirname(path);
    const first = described.get(folder);
    if (first === undefined) {
      described.set(folder, path);
      files.add(path);
      continue;
    }
    ignored.add(path);
    const twoSectionFiles = roleName(path) === SECTION_FILE;
    problems.push({
      location: { file: display(path) },
      message: `the folder already has ${display(first)}, which gives its section page; this ${twoSectionFiles ? basename(path) : BUNDLE_OR_SECTION_FILE} would be written to the same URL`,
      hint: twoSectionFiles
        ? `keep one: both are in the site's language (a file without a language suffix counts as the site's)`
        : `keep one: move this text into ${SECTION_FILE} and delete ${BUNDLE_OR_SECTION_FILE}, or move ${BUNDLE_OR_SECTION_FILE} into a folder of its own (a page bundle)`,
    });
  }
  return { files, ignored, problems };
}

/** The folder whose section an article belongs to: its own, or for a page bundle (`x/index.md`) the one above. */
export function sectionFolderOf(inputFolder: string, articlePath: string): string {
  const root = resolve(inputFolder);
  const folder = dirname(resolve(articlePath));
  return roleName(articlePath) === BUNDLE_OR_SECTION_FILE && folder !== root ? dirname(folder) : folder;
}

/** Site path of a folder below the input folder (`/ai/llm/`); `/` for the input folder itself. */
export function folderUrl(inputFolder: string, folder: string): string {
  const path = relative(resolve(inputFolder), folder).split(sep).join("/");
  return path === "" ? "/" : `/${path}/`;
}

/** The URLs of the section pages the articles give their folders and the folders above them (never `/`). */
export function sectionFolderUrls(inputFolder: string, articlePaths: readonly string[]): { url: string }[] {
  const root = resolve(inputFolder);
  const urls = new Set<string>();
  for (const path of articlePaths) {
    for (let folder = sectionFolderOf(root, path); folder !== root && folder !== dirname(folder); folder = dirname(folder)) {
      urls.add(folderUrl(root, folder));
    }
  }
  return [...urls].map((url) => ({ url }));
}
