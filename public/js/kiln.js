// @ts-check
// kiln.js: the page's one module entry. Each feature starts on import and does nothing where its markup is absent.
import "./theme-toggle.js";
import "./copy-code.js";
import "./toc.js";
