// @ts-check
// The site's Pagefind bundle, loaded once per page and shared by the search page and the search dialog (one module
// instance, so one set of options). It is found relative to this script (`<root>js/pagefind-bundle.js`), so it works
// under any path prefix (`--pathprefix=/docs/`), and result URLs are printed under the same root.

/** @typedef {import("./search-ranking.js").Pagefind} Pagefind */
/** @typedef {Pagefind & { init(): Promise<void> }} PagefindModule */

/** The site root, path prefix included: this script lives in `<root>js/`. */
export const siteRoot = new URL("../", import.meta.url);

/** @type {Promise<Pagefind | undefined> | undefined} */
let loading;

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
    await pagefind.options({ baseUrl: siteRoot.pathname, excerptLength: 30 });
    const root = document.documentElement;
    const pageLanguage = root.getAttribute("lang");
    root.setAttribute("lang", indexLanguage);
    const started = pagefind.init();
    if (pageLanguage === null) root.removeAttribute("lang");
    else root.setAttribute("lang", pageLanguage);
    await started;
    return pagefind;
  })().catch(() => undefined);
  return loading;
}
