// @ts-check
// Header search box: `/` focuses the search field (the search page's own field when there is one), unless the
// reader is already typing somewhere. Without this script the box is still a plain form that opens /search/.

/** True when a key press belongs to a field or editable element, where `/` must stay a character. */
function isTyping(/** @type {EventTarget | null} */ target) {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const field = document.querySelector("[data-search-input]") ?? document.querySelector("[data-search-shortcut]");
  if (!(field instanceof HTMLInputElement)) return;
  event.preventDefault();
  field.focus();
  field.select();
});
