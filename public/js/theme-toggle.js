// @ts-check
// theme-toggle.js: the header button cycling system → light → dark, remembered in localStorage ("kiln-theme").
// theme-init.js applies the saved choice before the first paint; this only reacts to clicks.

const KEY = "kiln-theme";
/** @type {readonly string[]} */
const ORDER = ["auto", "light", "dark"];
const root = document.documentElement;
const button = /** @type {HTMLButtonElement | null} */ (document.querySelector("[data-theme-toggle]"));

/** @returns {string} the saved choice, "auto" when none */
function saved() {
  try {
    const value = localStorage.getItem(KEY);
    return value === "light" || value === "dark" ? value : "auto";
  } catch {
    return "auto";
  }
}

/** @param {string} choice "auto", "light" or "dark" */
function apply(choice) {
  if (choice === "auto") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", choice);
  try {
    if (choice === "auto") localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Not remembered when storage is blocked; the page still switches.
  }
}

/** @param {HTMLButtonElement} toggle @param {string} choice */
function label(toggle, choice) {
  const text = toggle.querySelector("[data-theme-label]");
  if (text) text.textContent = toggle.dataset[`label${choice[0]?.toUpperCase()}${choice.slice(1)}`] ?? choice;
  toggle.dataset["choice"] = choice;
}

// A forced theme (front matter) wins on its page: the toggle stays hidden there.
if (button && !root.hasAttribute("data-theme-forced")) {
  label(button, saved());
  button.hidden = false;
  button.addEventListener("click", () => {
    const next = ORDER[(ORDER.indexOf(saved()) + 1) % ORDER.length] ?? "auto";
    apply(next);
    label(button, next);
  });
}
