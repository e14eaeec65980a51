// Front matter Kiln rejected, known by its text. Eleventy reads every file's front matter itself and stops on what
// it cannot take (bad YAML, a mapping for `tags`), while a build goes on past a broken article to find every
// problem: Eleventy's engine (front-matter.ts) hands it no fields for such a file, which is left out anyway.
import { textAboveBody } from "../schema/parse-front-matter.ts";

/** The front matter languages Eleventy's engine is given (front-matter.ts); gray-matter stops on any other. */
export const ENGINE_LANGUAGES = ["yaml", "yml", "toml", "json"] as const;

/** The language named after an opening `---` (`---toml`), lower-cased; "" for plain `---`. */
function openingLanguage(source: string): string {
  return /^\uFEFF?---[ \t]*([^\s-][^\s]*)?/.exec(source)?.[1]?.toLowerCase() ?? "";
}

/** Front matter text without its fences and surrounding blank space: gray-matter and Kiln cut it alike. */
function key(text: string): string {
  return text.replace(/^\uFEFF?-{3}[^\n]*\n?/, "").replace(/\n-{3}\s*$/, "").trim();
}

/** The front matter of the files one load rejected. Text alone decides: the same text is rejected wherever it is. */
export class RejectedFrontMatter {
  #texts = new Set<string>();

  /** True when a rejected file names a front matter language Eleventy has no engine for: nothing stops it failing. */
  stopsEleventy = false;

  /** Notes the front matter of a rejected file, from its source and the line its body starts on. */
  add(source: string, bodyLine: number): void {
    this.#texts.add(key(textAboveBody(source, bodyLine)));
    const language = openingLanguage(source);
    if (language !== "" && !(ENGINE_LANGUAGES as readonly string[]).includes(language)) this.stopsEleventy = true;
  }

  /** Whether front matter text as Eleventy's engine receives it belongs to a rejected file. */
  has(text: string): boolean {
    return this.#texts.size > 0 && this.#texts.has(key(text));
  }
}
