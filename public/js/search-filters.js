// @ts-check
// The dialog's filter chips: one toggle button (aria-pressed) per category and tag of the index, from Pagefind's
// `category` and `tag` filters. Chips of one kind are alternatives (a page in any chosen category); kinds narrow
// each other (a page in a chosen category and with a chosen tag). Categories are few and always shown; tags can be
// many, so they wait behind a disclosure button, the chosen ones staying in view when it is closed.
import { element } from "./search-result-parts.js";

/** Pagefind's filter counts: `{ category: { 人工智能: 3 }, tag: { PyTorch: 1 } }`. */
/** @typedef {Record<string, Record<string, number>>} FilterCounts */

/**
 * Fills the chips of `container` (its `[data-search-filter="<name>"]` elements) and shows it when the index has any.
 * @param {HTMLElement} container
 * @param {FilterCounts} counts
 * @param {string} lang the page language, for sorting names of equal count
 * @param {() => void} onChange called after a chip is pressed or released
 * @returns {() => Record<string, { any: string[] }>} the chosen values, as Pagefind's `filters` search option
 */
export function createFilters(container, counts, lang, onChange) {
  /** @type {Map<string, HTMLButtonElement[]>} */
  const chips = new Map();
  for (const host of container.querySelectorAll("[data-search-filter]")) {
    const name = host.getAttribute("data-search-filter") ?? "";
    // The most frequent first, so the tags worth trying lead.
    const values = Object.entries(counts[name] ?? {})
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, lang))
      .map(([value]) => value);
    const buttons = values.map((value) => {
      const chip = /** @type {HTMLButtonElement} */ (element("button", "search-chip", value));
      chip.type = "button";
      chip.setAttribute("aria-pressed", "false");
      chip.addEventListener("click", () => {
        chip.setAttribute("aria-pressed", String(chip.getAttribute("aria-pressed") !== "true"));
        onChange();
      });
      return chip;
    });
    host.replaceChildren(...buttons);
    const row = host.closest(".search-filter");
    if (row instanceof HTMLElement) row.hidden = buttons.length === 0;
    chips.set(name, buttons);
  }
  container.hidden = [...chips.values()].every((buttons) => buttons.length === 0);

  const toggle = container.querySelector("[data-search-tags-toggle]");
  const tags = chips.get("tag") ?? [];
  /** Closed, the tags row shows only the chosen tags (checked when it closes, so a chip never vanishes when clicked). */
  const showTags = (/** @type {boolean} */ open) => {
    toggle?.setAttribute("aria-expanded", String(open));
    for (const chip of tags) chip.hidden = !open && chip.getAttribute("aria-pressed") !== "true";
  };
  toggle?.addEventListener("click", () => showTags(toggle.getAttribute("aria-expanded") !== "true"));
  showTags(false);

  return () => {
    /** @type {Record<string, { any: string[] }>} */
    const filters = {};
    for (const [name, buttons] of chips) {
      const chosen = buttons.filter((chip) => chip.getAttribute("aria-pressed") === "true").map((chip) => chip.textContent ?? "");
      if (chosen.length > 0) filters[name] = { any: chosen };
    }
    return filters;
  };
}
