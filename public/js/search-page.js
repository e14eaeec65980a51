// @ts-check
// Search page: runs the reader's query against this site's Pagefind bundle (pagefind-bundle.js, found relative to
// the scripts, so the page works under any path prefix such as `--pathprefix=/docs/`) and lists title, category,
// date, a highlighted excerpt and links to the matching headings. Results come in search-ranking.js's order: pages
// with the exact words first.
import { loadPagefind } from "./pagefind-bundle.js";
import { appendExcerpt, bestSections, element, resultMeta } from "./search-result-parts.js";
import { rankedSearch } from "./search-ranking.js";

/** @typedef {import("./search-ranking.js").ResultData} ResultData */
/** @typedef {import("./search-ranking.js").Result} Result */

/** Milliseconds of typing pause before a query runs. */
const DEBOUNCE = 150;

const PAGE_SIZE = 10;
/** Sub-results (matching sections) shown under a result. */
const SECTIONS = 3;

const input = document.querySelector("[data-search-input]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const more = document.querySelector("[data-search-more]");
const lang = document.documentElement.lang || "zh-CN";

/** Pagefind, or undefined when the site has no index: the page then says search is unavailable. The page is in the
 * site's language, the index's. */
const pagefindReady = loadPagefind(lang);

/** One result: linked title, category · date, excerpt, then the best matching sections linked by heading id. */
function renderResult(/** @type {ResultData} */ data) {
  const item = element("li", "search-result");
  const title = element("h2", "search-result__title");
  const link = /** @type {HTMLAnchorElement} */ (element("a", "", data.meta["title"] ?? data.url));
  link.href = data.url;
  title.append(link);
  const excerpt = element("p", "search-result__excerpt");
  appendExcerpt(excerpt, data.excerpt);
  item.append(title, element("p", "search-result__meta", resultMeta(data, lang)), excerpt);
  const sections = bestSections(data.sub_results, SECTIONS);
  if (sections.length > 0) {
    const sublist = element("ul", "search-result__sections");
    for (const section of sections) {
      const entry = element("li", "search-result__section");
      const anchor = /** @type {HTMLAnchorElement} */ (element("a", "", section.title));
      anchor.href = section.url;
      const sectionExcerpt = element("p", "search-result__excerpt");
      appendExcerpt(sectionExcerpt, section.excerpt);
      entry.append(anchor, sectionExcerpt);
      sublist.append(entry);
    }
    item.append(sublist);
  }
  return item;
}

/** The results of the query on screen, and how many of them are shown. */
let current = { term: "", results: /** @type {Result[]} */ ([]), shown: 0 };

/** Shows the next page of results; the list's `data-query` says which query it shows once it is complete. */
async function showMore() {
  if (!list || !more) return;
  const { term, results } = current;
  const page = results.slice(current.shown, current.shown + PAGE_SIZE);
  const items = await Promise.all(page.map(async (result) => renderResult(await result.data())));
  if (current.term !== term) return;
  list.append(...items);
  current.shown += page.length;
  more.hidden = current.shown >= results.length;
  list.setAttribute("data-query", term);
}

/** Counts queries, so an answer that arrives after a newer query started is dropped. */
let latest = 0;

/** Runs a query and replaces the list; an empty query clears it. */
async function search(/** @type {string} */ raw) {
  if (!status || !list || !more) return;
  const ticket = ++latest;
  const term = raw.trim();
  const url = new URL(location.href);
  if (term) url.searchParams.set("q", term);
  else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  const pagefind = await pagefindReady;
  if (!pagefind) return; // no index: the status says search is unavailable
  await new Promise((resolve) => setTimeout(resolve, DEBOUNCE));
  if (ticket !== latest) return; // the reader kept typing
  const found = !term ? { results: [], exact: true } : await rankedSearch(pagefind, term);
  if (ticket !== latest) return; // a newer query superseded this one
  current = { term, results: found.results, shown: 0 };
  list.replaceChildren();
  list.removeAttribute("data-query");
  // Results that only hold parts of the query (优化 and 器 for 优化器) are shown, but the reader is told.
  const kind = !found.results.length ? "data-text-none" : found.exact ? "data-text-results" : "data-text-partial";
  const template = status.getAttribute(kind) ?? "";
  status.textContent = term ? template.replace("{count}", String(found.results.length)).replace("{term}", term) : "";
  await showMore();
}

if (input instanceof HTMLInputElement) {
  // Without an index no query can succeed: say so at once rather than "nothing found" for every word.
  void pagefindReady.then((pagefind) => {
    if (pagefind || !status) return;
    status.textContent = status.getAttribute("data-text-unavailable") ?? "";
    status.setAttribute("data-search-unavailable", "");
  });
  input.value = new URLSearchParams(location.search).get("q") ?? "";
  input.form?.addEventListener("submit", (event) => event.preventDefault());
  input.addEventListener("input", () => void search(input.value));
  more?.addEventListener("click", () => void showMore());
  if (input.value) void search(input.value);
  input.focus();
}
