// @ts-check
// What the search page and the search dialog both print of a result: text-only elements, Pagefind's excerpt with
// its highlights, the author's day, and the sections (headings) that match best.

/** @typedef {import("./search-ranking.js").SubResult} SubResult */
/** @typedef {import("./search-ranking.js").ResultData} ResultData */

/** Creates an element with a class and optional text (always text: author content is never parsed as HTML). */
export function element(/** @type {string} */ tag, /** @type {string} */ className, /** @type {string} */ text = "") {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

/**
 * Appends a Pagefind excerpt: its text, with Pagefind's `<mark>` highlights kept. The excerpt is parsed in an
 * inert <template> and only text and <mark> are copied, so nothing from an article can run or load here.
 */
export function appendExcerpt(/** @type {HTMLElement} */ target, /** @type {string} */ excerpt) {
  const template = document.createElement("template");
  template.innerHTML = excerpt;
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") target.append(element("mark", "", node.textContent ?? ""));
    else target.append(node.textContent ?? "");
  }
}

/** `2025-11-29T00:00:00+08:00` → the author's day in the page language (the offset is kept, never converted). */
export function formatDay(/** @type {string | undefined} */ datetime, /** @type {string} */ lang) {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(datetime ?? "")?.[0];
  if (!day) return "";
  const format = new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** A result's category and day: `人工智能 · 2025年11月29日` (either may be missing). */
export function resultMeta(/** @type {ResultData} */ data, /** @type {string} */ lang) {
  return [(data.filters["category"] ?? []).join(" · "), formatDay(data.meta["date"], lang)].filter(Boolean).join(" · ");
}

/** The marked words of an excerpt (`<mark>损失</mark>` → `损失`). */
function markedWords(/** @type {string} */ excerpt) {
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => (match[1] ?? "").trim().toLowerCase());
}

/**
 * The sections (sub-results under a heading id) that match best, at most `count`. Pagefind lists them in page
 * order; a section ranks by its highlights, and more when its heading itself holds a matched word.
 */
export function bestSections(/** @type {SubResult[]} */ sections, /** @type {number} */ count) {
  const score = (/** @type {SubResult} */ section) => {
    const words = markedWords(section.excerpt);
    const title = section.title.toLowerCase();
    return words.length + 3 * new Set(words.filter((word) => word && title.includes(word))).size;
  };
  return sections
    .filter((section) => section.anchor)
    .map((section, order) => ({ section, order, score: score(section) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, count)
    .map(({ section }) => section);
}
