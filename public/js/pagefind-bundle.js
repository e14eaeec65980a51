// @ts-check
// The site's Pagefind bundle, loaded once per page and shared by the search page and the search dialog (one module
// instance, so one set of options). It is found relative to this script (`<root>js/pagefind-bundle.js`), so it works
// under any path prefix (`--pathprefix=/docs/`), and result URLs are printed under the same root.

/** @typedef {import("./search-ranking.js").Pagefind} Pagefind */

/** The site root, path prefix included: this script lives in `<root>js/`. */
export const siteRoot = new URL("../", import.meta.url);

/** @type {Promise<Pagefind | undefined> | undefined} */
let loading;

/**
 * Pagefind, loaded on the first call only (a page that never searches fetches none of it). Undefined when the site
 * has no index (no articles, built with --search=off, or Pagefind missing): the caller then says search is
 * unavailable.
 * @returns {Promise<Pagefind | undefined>}
 */
export function loadPagefind() {
  loading ??= (async () => {
    const bundle = new URL("pagefind/pagefind.js", siteRoot).href;
    const pagefind = /** @type {Pagefind} */ (await import(bundle));
    await pagefind.options({ baseUrl: siteRoot.pathname, excerptLength: 30 });
    return pagefind;
  })().catch(() => undefined);
  return loading;
}
