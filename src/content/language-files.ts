// Hugo's multilingual file names (`post.en.md`, `index.zh-cn.md`, `_index.fr.md`): which language a file is in, and
// which files a one-language build keeps.
import { basename } from "node:path";

/**
 * Three-letter languages taken as a file-name suffix. Two-letter ones are every ISO 639-1 code; three letters are
 * mostly English words in file names (`notes.old.md`, `post.new.md`: Newari, `x.bak.md`: Bashkir), so only these,
 * which have no two-letter code and are used on the web, count. The rule needs no site options, so a file's URL
 * is the same wherever it is computed.
 */
const THREE_LETTER_LANGUAGES = new Set(["ast", "ceb", "ckb", "fil", "haw", "yue"]);

/** `name.<tag>.md`: a primary subtag of 2–3 letters, then a script (`Hans`) and/or a region (`CN`, `419`). */
const SUFFIXED = /^(.+)\.([a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?)\.md$/i;

const primaryOf = (tag: string): string => tag.split("-")[0]?.toLowerCase() ?? "";

const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** Whether `tag` is a language Hugo would name a file after: a real code, not a word such as `old` or `v2`. */
function isLanguageTag(tag: string): boolean {
  const primary = primaryOf(tag);
  if (primary.length === 3 && !THREE_LETTER_LANGUAGES.has(primary)) return false;
  try {
    return LANGUAGE_NAMES.of(tag) !== undefined;
  } catch {
    // Intl throws a RangeError for a tag it cannot parse.
    return false;
  }
}

/**
 * A Markdown file name split into its name and language suffix (`post.zh-cn.md` → `post`, `zh-cn`), or `undefined`
 * when it has none: `post.md`, `file.v2.md`, `notes.old.md` (see {@link THREE_LETTER_LANGUAGES}).
 */
export function languageSuffix(fileName: string): { name: string; language: string } | undefined {
  const [, name, language] = SUFFIXED.exec(fileName) ?? [];
  if (name === undefined || language === undefined || !isLanguageTag(language)) return undefined;
  return { name, language };
}

/** The file name without its language suffix (`index.en.md` → `index.md`); other names as they are. */
export function withoutLanguageSuffix(fileName: string): string {
  const suffix = languageSuffix(fileName);
  return suffix === undefined ? fileName : `${suffix.name}.md`;
}

/**
 * Whether a file's language is the site's: equal ignoring case, or one is the other's primary subtag (`zh` and
 * `zh-CN`). Two regions of one language differ (`zh-TW` is not `zh-CN`): they are two translations.
 */
export function isSiteLanguage(language: string, siteLanguage: string): boolean {
  const [file, site] = [language.toLowerCase(), siteLanguage.toLowerCase()];
  return file === site || file === primaryOf(site) || site === file.split("-")[0];
}

/** What {@link splitByLanguage} decided. */
export interface LanguageFiles {
  /** The files of the site's language, in the order given (a file without a suffix counts as the site's). */
  kept: string[];
  /** How many files each other language has (lower-case tag → count), in the order first met. */
  skipped: Map<string, number>;
}

/** Keeps the Markdown files in the site's language and counts the others, which a one-language build leaves out. */
export function splitByLanguage(paths: readonly string[], siteLanguage: string): LanguageFiles {
  const kept: string[] = [];
  const skipped = new Map<string, number>();
  for (const path of paths) {
    const language = languageSuffix(basename(path))?.language.toLowerCase();
    if (language === undefined || isSiteLanguage(language, siteLanguage)) kept.push(path);
    else skipped.set(language, (skipped.get(language) ?? 0) + 1);
  }
  return { kept, skipped };
}

/**
 * The one line that says files in other languages were left out (undefined when none were):
 * `skipped 12 files in other languages (en: 10, fr: 2); Kiln builds one language, the site's (zh-CN)`.
 */
export function skippedLanguagesLine(skipped: ReadonlyMap<string, number>, siteLanguage: string): string | undefined {
  if (skipped.size === 0) return undefined;
  const total = [...skipped.values()].reduce((sum, count) => sum + count, 0);
  const counts = [...skipped].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([language, count]) => `${language}: ${count}`);
  const files = total === 1 ? "1 file in another language" : `${total} files in other languages`;
  return `skipped ${files} (${counts.join(", ")}); Kiln builds one language, the site's (${siteLanguage})`;
}
