// @ts-check
// theme-init.js: a tiny blocking script in <head> that applies the reader's saved theme before the first paint,
// so the page never flashes the wrong colours. An external file (not inline) so a strict CSP allows it.
// A page whose front matter forces a theme already has data-theme from the server: it wins, and is marked.
(function () {
  var root = document.documentElement;
  if (root.hasAttribute("data-theme")) {
    root.setAttribute("data-theme-forced", "");
    return;
  }
  // Lets the stylesheet lay the (server-hidden) theme switch out from the first paint: shown later by
  // theme-toggle.js, it would push the header's search box aside (a layout shift).
  root.setAttribute("data-theme-switch", "");
  try {
    var choice = localStorage.getItem("kiln-theme");
    if (choice === "light" || choice === "dark") root.setAttribute("data-theme", choice);
  } catch (error) {
    // Storage can be blocked (privacy settings): the page follows the system.
  }
})();
