// @ts-check
// Search ranking, shared by the search page and the search dialog: Pagefind's order, with the pages that contain the
// reader's exact words moved first (in the title, then a heading, then the text). Pagefind splits a Chinese compound
// term (优化器) into its parts (优化 + 器) and ranks by them, so a page that only mentions the parts can outrank the
// page about the term; reading the top results' text once fixes the order, and tells when no page has the exact term.

/** @typedef {{ title: string, url: string, excerpt: string, anchor?: { id: string } }} SubResult */
/**
 * @typedef {object} ResultData
 * @property {string} url
 * @property {string} excerpt
 * @property {string} content
 * @property {Record<string, string | undefined>} meta
 * @property {Record<string, string[] | undefined>} filters
 * @property {SubResult[]} sub_results
 */
/** @typedef {{ id: string, data(): Promise<ResultData> }} Result */
/**
 * @typedef {object} Pagefind
 * @property {(options: object) => Promise<void>} options
 * @property {(term: string, options?: object) => Promise<{ results: Result[] }>} search
 * @property {(term: string, options?: object, debounceMs?: number) => Promise<{ results: Result[] } | null>} debouncedSearch
 * @property {() => Promise<Record<string, Record<string, number>>>} filters
 */
/**
 * @typedef {object} RankedResults
 * @property {Result[]} results Every result, exact matches first; `data()` is loaded once and kept.
 * @property {boolean} exact Whether any page contains every word of the query as written.
 */

/** Results whose text is read for the exact words: Pagefind ranks a page with the exact term among its first ones. */
export const CHECKED_RESULTS = 30;

/**
 * Text compared as readers see it: compatibility forms folded (全角 ＡＢＣ → abc), lowercase, one space, and without
 * the zero-width spaces Pagefind's Chinese segmentation puts between words in a page's stored text.
 */
export function normalized(/** @type {string} */ text) {
  return text.normalize("NFKC").toLowerCase().replace(/\u200B/g, "").replace(/\s+/g, " ");
}

/** The query's words: Latin words and identifiers match at a word start (`loss` in `loss_fn`), others anywhere. */
export function queryWords(/** @type {string} */ term) {
  return normalized(term)
    .split(" ")
    .filter(Boolean)
    .map((word) => {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return /^[a-z0-9]/.test(word) ? new RegExp(`(?:^|[^a-z0-9])${escaped}`) : new RegExp(escaped);
    });
}

/**
 * How well a page holds the exact words: 0 all in its title, 1 all in one heading, 2 all in its text, 3 not all.
 * @param {ResultData} data
 * @param {RegExp[]} words
 */
export function exactTier(data, words) {
  const holds = (/** @type {string} */ text) => {
    const folded = normalized(text);
    return words.every((word) => word.test(folded));
  };
  if (holds(data.meta["title"] ?? "")) return 0;
  if (data.sub_results.some((section) => holds(section.title))) return 1;
  if (holds(`${data.meta["title"] ?? ""} ${data.content}`)) return 2;
  return 3;
}

/** A result whose `data()` is fetched once, however often the page asks for it. */
function keptData(/** @type {Result} */ result) {
  /** @type {Promise<ResultData> | undefined} */
  let loaded;
  return { id: result.id, data: () => (loaded ??= result.data()) };
}

/**
 * Runs a query and orders its results: among the first {@link CHECKED_RESULTS}, pages with the exact words by tier
 * (title, heading, text), each tier in Pagefind's order; then the rest as Pagefind ranked them.
 * @param {Pagefind} pagefind
 * @param {string} term
 * @param {object} [options] Pagefind search options (`filters`)
 * @returns {Promise<RankedResults>}
 */
export async function rankedSearch(pagefind, term, options = {}) {
  const found = await pagefind.search(term, options);
  const results = found.results.map(keptData);
  const words = queryWords(term);
  if (words.length === 0) return { results, exact: false };
  const checked = results.slice(0, CHECKED_RESULTS);
  const tiers = await Promise.all(checked.map(async (result) => exactTier(await result.data(), words)));
  const order = checked.map((result, index) => ({ result, index, tier: tiers[index] ?? 3 }));
  order.sort((a, b) => a.tier - b.tier || a.index - b.index);
  return {
    results: [...order.map(({ result }) => result), ...results.slice(CHECKED_RESULTS)],
    exact: tiers.some((tier) => tier < 3),
  };
}
