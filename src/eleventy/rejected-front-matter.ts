// Front matter Kiln rejected, known by its text. Eleventy reads every file's front matter itself and stops on what
// it cannot take (bad YAML, a mapping for `tags`), while a build goes on past a broken article to find every
// problem: Eleventy's engine (front-matter.ts) hands it no fields for such a file, which is left out anyway.
import { textAboveBody } from "../schema/parse-front-matter.ts";

/** Front matter text without its fences and surrounding blank space: gray-matter and Kiln cut it alike. */
function key(text: string): string {
  return text.replace(/^\uFEFF?-{3}[^\n]*\n?/, "").replace(/\n-{3}\s*$/, "").trim();
}

/** The front matter of the files one load rejected. Text alone decides: the same text is rejected wherever it is. */
export class RejectedFrontMatter {
  #texts = new Set<string>();

  /** Notes the front matter of a rejected file, from its source and the line its body starts on. */
  add(source: string, bodyLine: number): void {
    this.#texts.add(key(textAboveBody(source, bodyLine)));
  }

  /** Whether front matter text as Eleventy's engine receives it belongs to a rejected file. */
  has(text: string): boolean {
    return this.#texts.size > 0 && this.#texts.has(key(text));
  }
}
