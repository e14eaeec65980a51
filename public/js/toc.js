// @ts-check
// toc.js: marks the table-of-contents entry of the section being read (aria-current), in both the sticky
// sidebar and the collapsible block. An IntersectionObserver wakes it only when a heading crosses the top band.

const links = /** @type {HTMLAnchorElement[]} */ ([...document.querySelectorAll('.toc a[href^="#"]')]);
const ids = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))];
const headings = ids.map((id) => document.getElementById(id)).filter((h) => h !== null);

/** The last heading above the top third of the window is the one being read. */
function update() {
  const line = window.innerHeight / 3;
  let current = headings[0];
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= line) current = heading;
    else break;
  }
  for (const link of links) {
    const active = current !== undefined && decodeURIComponent(link.hash.slice(1)) === current.id;
    if (active) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
}

if (headings.length > 0 && "IntersectionObserver" in window) {
  // The band reaches far above the window, so a heading that jumps past the line in one frame still counts.
  const observer = new IntersectionObserver(update, { rootMargin: "100000px 0px -66% 0px" });
  headings.forEach((heading) => observer.observe(heading));
  update();
}
