// @ts-check
// A combobox with a listbox popup, as the WAI-ARIA APG describes it: the focus stays in the input; ArrowDown and
// ArrowUp move the active option (wrapping round), shown by aria-activedescendant and aria-selected; Enter opens it.
// Home, End and every other key stay the input's (they move the caret). The mouse needs nothing here: hovering an
// option only styles it, so the keyboard's choice stays, and a click follows the option's link.

/**
 * @typedef {object} Combobox
 * @property {(options: HTMLElement[]) => void} setOptions Replaces the options; none is active until an arrow key.
 */

/**
 * Wires `input` (role="combobox") to `listbox` (role="listbox", whose options are links with role="option").
 * @param {HTMLInputElement} input
 * @param {HTMLElement} listbox
 * @returns {Combobox}
 */
export function createCombobox(input, listbox) {
  /** @type {HTMLElement[]} */
  let options = [];
  let active = -1;

  const setActive = (/** @type {number} */ index) => {
    options[active]?.setAttribute("aria-selected", "false");
    active = index;
    const option = options[active];
    if (!option) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    option.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", option.id);
    option.scrollIntoView({ block: "nearest" });
  };

  input.addEventListener("keydown", (event) => {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && options.length > 0) {
      event.preventDefault(); // the caret stays where it is
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
    } else if (event.key === "Enter" && options[active]) {
      event.preventDefault(); // the option's page, not the form's search page
      options[active].click();
    }
  });
  // A changed query makes the chosen option stale: Enter then submits the query until the new options arrive.
  input.addEventListener("input", () => setActive(-1));

  return {
    setOptions(next) {
      setActive(-1);
      options = next;
      listbox.replaceChildren(...next);
      listbox.hidden = next.length === 0;
      input.setAttribute("aria-expanded", String(next.length > 0));
    },
  };
}
