// @ts-check
// The search dialog's search (layouts/partials/search-dialog.njk), started on import: search.js imports it when the
// dialog first opens, and only then is Pagefind loaded. Results come as the reader types, in search-ranking.js's
// order, as options of a combobox's listbox (search-combobox.js, search-options.js), narrowed by the filter chips
// (search-filters.js); a live region says how many were found, and the link below leads to the search page.
import { loadPagefind } from "./pagefind-bundle.js";
import { createCombobox } from "./search-combobox.js";
import { createFilters } from "./search-filters.js";
import { resultOptions } from "./search-options.js";
import { rankedSearch } from "./search-ranking.js";

/** Milliseconds of typing pause before a query runs. */
const DEBOUNCE = 150;
/** Pages listed in the dialog; the search page lists them all. */
const RESULTS = 8;

const dialog = document.querySelector("[data-search-dialog]");
const input = dialog?.querySelector("[data-search-dialog-input]");
const listbox = dialog?.querySelector("[data-search-dialog-results]");
const status = dialog?.querySelector("[data-search-dialog-status]");
const filtersBox = dialog?.querySelector("[data-search-filters]");
const allResults = dialog?.querySelector("[data-search-all]");
const lang = document.documentElement.lang || "zh-CN";

if (
  dialog instanceof HTMLDialogElement && input instanceof HTMLInputElement && listbox instanceof HTMLElement
  && status instanceof HTMLElement && filtersBox instanceof HTMLElement && allResults instanceof HTMLAnchorElement
) {
  const combobox = createCombobox(input, listbox);
  const searchPage = new URL(input.form?.action ?? allResults.href);
  const pagefindReady = loadPagefind(dialog.getAttribute("data-search-language") ?? lang);
  /** The chosen filters; none until Pagefind has listed them. */
  let chosenFilters = () => ({});

  /** The status line: a text of the dialog's data attributes with the count and the query filled in. */
  const say = (/** @type {string} */ kind, /** @type {string} */ term, /** @type {number} */ found) => {
    const template = status.getAttribute(`data-text-${kind}`) ?? "";
    status.textContent = template.replace("{count}", String(found)).replace("{term}", term);
  };

  /** Counts queries, so an answer that arrives after a newer query started is dropped. */
  let latest = 0;
  /** Runs the query in the input with the chosen filters, and shows its first results. */
  const search = async () => {
    const ticket = ++latest;
    const term = input.value.trim();
    listbox.removeAttribute("data-query"); // set again once this query's options are shown (tests wait for it)
    const page = new URL(searchPage);
    if (term) page.searchParams.set("q", term);
    allResults.href = page.href;
    const pagefind = await pagefindReady;
    if (ticket !== latest || !pagefind) return; // without an index the status already says search is unavailable
    const found = term ? await rankedSearch(pagefind, term, { filters: chosenFilters() }) : { results: [], exact: true };
    const shown = await Promise.all(found.results.slice(0, RESULTS).map((result) => result.data()));
    if (ticket !== latest) return; // a newer query superseded this one
    combobox.setOptions(shown.flatMap((data) => resultOptions(data, lang)));
    listbox.setAttribute("data-query", term);
    // Results that only hold parts of the query (优化 and 器 for 优化器) are shown, but the reader is told.
    const kind = !found.results.length ? "none" : found.exact ? "results" : "partial";
    if (term) say(kind, term, found.results.length);
    else status.textContent = "";
  };

  let timer = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void search(), DEBOUNCE);
  });
  // Choosing a result closes the dialog: a heading of this very page is reached without leaving it. A result
  // opened in a new tab (Ctrl, ⌘ or Shift) leaves the dialog as it was.
  listbox.addEventListener("click", (event) => {
    if (!event.ctrlKey && !event.metaKey && !event.shiftKey) dialog.close();
  });

  void pagefindReady.then(async (pagefind) => {
    if (!pagefind) {
      say("unavailable", "", 0);
      status.setAttribute("data-search-unavailable", "");
      return;
    }
    const counts = await pagefind.filters().catch(() => ({})); // no chips: the search works without them
    chosenFilters = createFilters(filtersBox, counts, lang, () => void search());
  });
  // Keys typed before this module arrived are a query already.
  if (input.value.trim()) void search();
}
