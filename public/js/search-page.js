// @ts-check
// Search page: runs the reader's query against this site's Pagefind bundle and lists title, category, date,
// a highlighted excerpt and links to the matching headings. The bundle and the site root are found relative to
// this script (`<root>js/search-page.js`), so the page works under any path prefix (`--pathprefix=/docs/`).
// Results come in search-ranking.js's order: pages with the exact words first.
import { rankedSearch } from "./search-ranking.js";

/** @typedef {import("./search-ranking.js").SubResult} SubResult */
/** @typedef {import("./search-ranking.js").ResultData} ResultData */
/** @typedef {import("./search-ranking.js").Result} Result */
/** @typedef {import("./search-ranking.js").Pagefind} Pagefind */

/** Milliseconds of typing pause before a query runs. */
const DEBOUNCE = 150;

const PAGE_SIZE = 10;
/** Sub-results (matching sections) shown under a result. */
const SECTIONS = 3;

const root = new URL("../", import.meta.url);
const input = document.querySelector("[data-search-input]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const more = document.querySelector("[data-search-more]");
const lang = document.documentElement.lang || "zh-CN";

/**
 * Loads Pagefind once, set to print result URLs under the site root (with its path prefix). Undefined when the
 * site has no index (no articles, built with --search=off, or Pagefind missing): the page then says so.
 */
const pagefindReady = (async () => {
  const bundle = new URL("pagefind/pagefind.js", root).href;
  const pagefind = /** @type {Pagefind} */ (await import(bundle));
  await pagefind.options({ baseUrl: root.pathname, excerptLength: 30 });
  return pagefind;
})().catch(() => undefined);

/** Creates an element with a class and optional text (always text: author content is never parsed as HTML). */
function element(/** @type {string} */ tag, /** @type {string} */ className, /** @type {string} */ text = "") {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

/**
 * Appends a Pagefind excerpt: its text, with Pagefind's `<mark>` highlights kept. The excerpt is parsed in an
 * inert <template> and only text and <mark> are copied, so nothing from an article can run or load here.
 */
function appendExcerpt(/** @type {HTMLElement} */ target, /** @type {string} */ excerpt) {
  const template = document.createElement("template");
  template.innerHTML = excerpt;
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") target.append(element("mark", "", node.textContent ?? ""));
    else target.append(node.textContent ?? "");
  }
}

/** `2025-11-29T00:00:00+08:00` → the author's day in the page language (the offset is kept, never converted). */
function formatDay(/** @type {string | undefined} */ datetime) {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(datetime ?? "")?.[0];
  if (!day) return "";
  const format = new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** The marked words of an excerpt (`<mark>损失</mark>` → `损失`). */
function markedWords(/** @type {string} */ excerpt) {
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => (match[1] ?? "").trim().toLowerCase());
}

/**
 * The sections (sub-results under a heading id) that match best. Pagefind lists them in page order; a section
 * ranks by its highlights, and more when its heading itself holds a matched word.
 */
function bestSections(/** @type {SubResult[]} */ sections) {
  const score = (/** @type {SubResult} */ section) => {
    const words = markedWords(section.excerpt);
    const title = section.title.toLowerCase();
    return words.length + 3 * new Set(words.filter((word) => word && title.includes(word))).size;
  };
  return sections
    .filter((section) => section.anchor)
    .map((section, order) => ({ section, order, score: score(section) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, SECTIONS)
    .map(({ section }) => section);
}

/** One result: linked title, category · date, excerpt, then the best matching sections linked by heading id. */
function renderResult(/** @type {ResultData} */ data) {
  const item = element("li", "search-result");
  const title = element("h2", "search-result__title");
  const link = /** @type {HTMLAnchorElement} */ (element("a", "", data.meta["title"] ?? data.url));
  link.href = data.url;
  title.append(link);
  const meta = [(data.filters["category"] ?? []).join(" · "), formatDay(data.meta["date"])].filter(Boolean);
  const excerpt = element("p", "search-result__excerpt");
  appendExcerpt(excerpt, data.excerpt);
  item.append(title, element("p", "search-result__meta", meta.join(" · ")), excerpt);
  const sections = bestSections(data.sub_results);
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
