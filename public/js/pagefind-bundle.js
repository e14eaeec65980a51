// @ts-check
// The site's Pagefind bundle, loaded once per page and shared by the search page and the search dialog (one module
// instance, so one set of options). It is found relative to this script (`<root>js/pagefind-bundle.js`), so it works
// under any path prefix (`--pathprefix=/docs/`), and result URLs are printed under the same root.

/** @typedef {import("./search-ranking.js").Pagefind} Pagefind */
/** @typedef {Pagefind & { init(): Promise<void>, mergeIndex(path: string, options: object): Promise<void> }} PagefindModule */

/** The site root, path prefix included: this script lives in `<root>js/`. */
export const siteRoot = new URL("../", import.meta.url);

/** Pagefind's options for every bundle: results under the site root, short excerpts. */
const PAGEFIND_OPTIONS = { baseUrl: siteRoot.pathname, excerptLength: 30 };

/** @type {Promise<Pagefind | undefined> | undefined} */
let loading;

/**
 * Adds the other bundles of a large site (search-index.ts indexes more than 2,000 pages in several Pagefind runs,
 * listed in `kiln-shards.json`) to the search: one list of results, ranked together, and filters counted across
 * all. They take the language Pagefind started with, and the same options. Nothing to merge when the list is empty
 * or missing (a site built by an older Kiln).
 * @param {PagefindModule} pagefind
 */
async function mergeShards(pagefind) {
  const response = await fetch(new URL("pagefind/kiln-shards.json", siteRoot)).catch(() => undefined);
  /** @type {unknown} */
  const shards = response?.ok ? await response.json().catch(() => []) : [];
  if (!Array.isArray(shards)) return;
  await Promise.all(
    shards.map((folder) =>
      // A bundle that fails to load leaves the others searchable.
      pagefind.mergeIndex(new URL(`pagefind/${String(folder)}`, siteRoot).pathname, PAGEFIND_OPTIONS).catch((error) => {
        console.warn(`search: the index pagefind/${String(folder)} could not be loaded`, error);
      }),
    ),
  );
}

/**
 * Pagefind, loaded on the first call only (a page that never searches fetches none of it). Undefined when the site
 * has no index (no articles, built with --search=off, or Pagefind missing): the caller then says search is
 * unavailable.
 *
 * Pagefind segments a query in the language of `<html lang>` as it starts, and the index is in the site's language
 * whatever the page's (search-index.ts): on an English article of a Chinese site, 优化器 must still be cut as
 * Chinese. So Pagefind starts while `<html lang>` says the index's language, put back at once (synchronously: the
 * page is never drawn in between).
 * @param {string} indexLanguage the site's language, in which the index was built (`zh-CN`)
 * @returns {Promise<Pagefind | undefined>}
 */
export function loadPagefind(indexLanguage) {
  loading ??= (async () => {
    const bundle = new URL("pagefind/pagefind.js", siteRoot).href;
    const pagefind = /** @type {PagefindModule} */ (await import(bundle));
    await pagefind.options(PAGEFIND_OPTIONS);
    const root = document.documentElement;
    const pageLanguage = root.getAttribute("lang");
    root.setAttribute("lang", indexLanguage);
    const started = pagefind.init();
    if (pageLanguage === null) root.removeAttribute("lang");
    else root.setAttribute("lang", pageLanguage);
    await started;
    await mergeShards(pagefind);
    return pagefind;
  })().catch(() => undefined);
  return loading;
}
