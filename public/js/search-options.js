// @ts-check
// A search result as options of the dialog's listbox: the page (title, category · date, excerpt), then up to three
// of its matching headings, each an option of its own so the keyboard reaches a heading directly. Options are links
// (role="option"), so a click, a middle click or Enter follow them as links do. Author text is only ever text.
import { appendExcerpt, bestSections, element, resultMeta } from "./search-result-parts.js";

/** @typedef {import("./search-ranking.js").ResultData} ResultData */

/** Headings (Pagefind sub-results with an anchor) shown under a page. */
const SECTIONS = 3;

/** Numbers the options' ids, unique across queries. */
let count = 0;

/** A link with role="option", out of the tab order (the input keeps the focus), and its id. */
function optionLink(/** @type {string} */ url, /** @type {string} */ className) {
  const link = /** @type {HTMLAnchorElement} */ (element("a", className));
  link.href = url;
  link.id = `search-option-${++count}`;
  link.tabIndex = -1;
  link.setAttribute("role", "option");
  link.setAttribute("aria-selected", "false");
  return link;
}

/** A part of an option with its own id, for aria-labelledby and aria-describedby. */
function part(/** @type {string} */ className, /** @type {string} */ text = "") {
  const node = element("span", className, text);
  node.id = `search-option-${++count}`;
  return node;
}

/**
 * The options of one result. An option's name is its title; its description is what follows (a heading is
 * described by its page's title, then its excerpt), so a screen reader says the title first.
 * @param {ResultData} data
 * @param {string} lang the page language, for the date
 * @returns {HTMLElement[]}
 */
export function resultOptions(data, lang) {
  const page = optionLink(data.url, "search-option");
  const title = part("search-option__title", data.meta["title"] ?? data.url);
  const meta = part("search-option__meta", resultMeta(data, lang));
  const excerpt = part("search-option__excerpt");
  appendExcerpt(excerpt, data.excerpt);
  page.append(title, meta, excerpt);
  page.setAttribute("aria-labelledby", title.id);
  page.setAttribute("aria-describedby", `${meta.id} ${excerpt.id}`);
  const headings = bestSections(data.sub_results, SECTIONS).map((section) => {
    const option = optionLink(section.url, "search-option search-option--heading");
    const heading = part("search-option__title", section.title);
    const sectionExcerpt = part("search-option__excerpt");
    appendExcerpt(sectionExcerpt, section.excerpt);
    option.append(heading, sectionExcerpt);
    option.setAttribute("aria-labelledby", heading.id);
    option.setAttribute("aria-describedby", `${title.id} ${sectionExcerpt.id}`);
    return option;
  });
  return [page, ...headings];
}
