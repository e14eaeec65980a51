// Taxonomy terms (tags, categories): readable, unique URL slugs that keep Chinese, the same in dev and production.
import { slugify } from "../markdown/slugify.ts";

/** One tag or category and where its page lives. */
export interface Term {
  /** The name as the author first spelled it. */
  name: string;
  /** URL segment, unique within its taxonomy. */
  slug: string;
  /** Site-relative URL of the term's page (`/tags/百科/`). */
  url: string;
}

/** Symbols that carry meaning in tech terms and would otherwise fold away (`C++` vs `C`). */
const SPOKEN_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/\+/g, " plus "],
  [/#/g, " sharp "],
];

/** The slug a term asks for before de-duplication. */
export function termSlug(name: string): string {
  return slugify(SPOKEN_SYMBOLS.reduce((text, [symbol, word]) => text.replace(symbol, word), name));
}

/** Terms of one taxonomy, looked up by name (case-insensitive: `React` and `react` are one term). */
export class TermIndex {
  readonly #byKey = new Map<string, Term>();

  /**
   * Builds the index from every name in use. Names are sorted first so that which of two
   * colliding names gets the `-2` suffix never depends on file order.
   */
  constructor(basePath: string, names: Iterable<string>) {
    const taken = new Set<string>();
    const unique = new Map<string, string>();
    for (const name of names) if (!unique.has(name.toLowerCase())) unique.set(name.toLowerCase(), name);
    for (const [key, name] of [...unique].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const wanted = termSlug(name);
      let slug = wanted;
      for (let n = 2; taken.has(slug); n++) slug = `${wanted}-${n}`;
      taken.add(slug);
      this.#byKey.set(key, { name, slug, url: `${basePath}${slug}/` });
    }
  }

  /** The term for a name, whatever its case. */
  get(name: string): Term | undefined {
    return this.#byKey.get(name.toLowerCase());
  }

  /** All terms, sorted by name. */
  all(): Term[] {
    return [...this.#byKey.values()].sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  }
}
