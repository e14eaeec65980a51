// @ts-check
// Header search: the button, `/` and Ctrl-K / ⌘-K open the search dialog (layouts/partials/search-dialog.njk) on any
// page. `/` is a character while the reader types in a field, and on the search page it focuses that page's own
// field; Ctrl-K / ⌘-K always opens the dialog. The dialog's code (search-dialog.js) and Pagefind are loaded on the
// first opening, so a page that is only read loads neither. Without this script the header keeps its plain form,
// which opens the search page.

const form = document.querySelector("[data-search-form]");
const button = document.querySelector("[data-search-open]");
const dialog = document.querySelector("[data-search-dialog]");
const input = document.querySelector("[data-search-dialog-input]");
/** The search page's own field, when this is the search page. */
const pageField = document.querySelector("[data-search-input]");

/** Apple keyboards say ⌘ where others say Ctrl. */
const isApple = /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);

/** True when a key press belongs to a field or editable element, where `/` must stay a character. */
function isTyping(/** @type {EventTarget | null} */ target) {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The dialog's stylesheet, requested as soon as this script runs: a stylesheet added by a script does not hold up
 * the page's first paint (search.css, which draws the header, does), and it is in place long before anyone opens
 * the dialog. Resolves once it has loaded or failed.
 */
function loadStylesheet() {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL("../css/search-dialog.css", import.meta.url).href;
  const loaded = new Promise((resolve) => {
    link.addEventListener("load", resolve, { once: true });
    link.addEventListener("error", resolve, { once: true });
  });
  document.head.append(link);
  return loaded;
}

if (form instanceof HTMLFormElement && button instanceof HTMLButtonElement && dialog instanceof HTMLDialogElement
  && input instanceof HTMLInputElement) {
  const stylesheet = loadStylesheet();
  /** What had the focus before the dialog opened: it gets it back when the dialog closes. */
  let opener = /** @type {HTMLElement | null} */ (null);
  /** Set on the first opening: importing the module starts the dialog's search. */
  let dialogCode = /** @type {Promise<unknown> | undefined} */ (undefined);

  /** Opens the dialog (or, when open, selects its query so the next keys replace it). */
  const open = async (/** @type {HTMLElement | null} */ from) => {
    if (!dialog.open) {
      opener = from;
      await stylesheet;
      if (dialog.open) return;
      dialog.showModal();
      dialogCode ??= import("./search-dialog.js").catch(() => undefined); // offline: Enter still opens the search page
    }
    input.focus();
    input.select();
  };

  dialog.addEventListener("close", () => {
    // Focus goes back where it was (the header button, a field…); preventScroll keeps a jump to a heading in place.
    if (opener?.isConnected) opener.focus({ preventScroll: true });
    opener = null;
  });
  dialog.querySelector("[data-search-close]")?.addEventListener("click", () => dialog.close());

  const key = button.querySelector("[data-search-key]");
  if (key && isApple) key.textContent = "⌘ K";
  form.hidden = true;
  button.hidden = false;
  button.addEventListener("click", () => void open(button));

  document.addEventListener("keydown", (event) => {
    if (event.isComposing || event.altKey) return;
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "k") {
      event.preventDefault();
      void open(active);
      return;
    }
    if (event.key !== "/" || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    event.preventDefault();
    if (pageField instanceof HTMLInputElement && !dialog.open) {
      pageField.focus();
      pageField.select();
    } else {
      void open(active);
    }
  });
}
