// html-validate on every HTML page of the example site (home, the every-feature article, tag pages, 404 included):
// zero errors under html-validate:recommended, with only the rules below changed, each for a stated reason.
import { HtmlValidate, type ConfigData } from "html-validate";
import { readdir } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "./run-kiln.ts";

const config: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    // shiki's light/dark colours (--shiki-light/--shiki-dark) and KaTeX's layout are style attributes by design
    // (README, Security: why the CSP allows inline styles).
    "no-inline-style": "off",
    // Indentation left by Nunjucks includes that print nothing; whitespace between tags is not a markup error.
    "no-trailing-whitespace": "off",
    // One spelling, enforced: the layouts write the lowercase doctype (the parser is case-insensitive).
    "doctype-style": ["error", { style: "lowercase" }],
    // Pages with a local image are re-serialised by posthtml (images.ts), which writes `hidden=""`; the others keep
    // the layouts' `hidden`. Both spellings mean the same to every parser.
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
    // An article prints its contents twice (sticky beside the text, <details> above it) and the stylesheet shows
    // one (ARCHITECTURE: "The contents are printed twice"): both are named "目录". axe-core's landmark-unique,
    // which sees what CSS hides, checks this in the browser (tests/browser/accessibility.test.ts).
    "unique-landmark": "off",
    // The header search is one labelled field in a role="search" form: Enter submits it (implicit submission),
    // and without JavaScript it opens /search/?q=…; a visible button would add nothing but width in the header.
    // The search dialog's form is the same: Enter with no result chosen opens the search page.
    "wcag/h32": "off",
    // The search dialog's results are the listbox popup of a combobox (WAI-ARIA APG): a <select> can hold neither
    // links, excerpts and headings nor take its keys from a text field.
    "prefer-native-element": ["error", { exclude: ["listbox"] }],
  },
};

describe("HTML validity of the example site", () => {
  let site: BuiltSite;
  let pages: string[];

  beforeAll(async () => {
    site = await buildSite("content");
    expect(site.code, site.stderr).toBe(0);
    const files = (await readdir(site.output, { recursive: true })) as string[];
    // Pagefind's own UI fragments are not Kiln's pages.
    pages = files.filter((file) => file.endsWith(".html") && !file.startsWith("pagefind")).sort();
  });

  it("builds the pages the quality bar names", () => {
    for (const page of ["index.html", "ai/gradient-descent/index.html", "404.html"]) expect(pages).toContain(page);
    expect(pages.some((page) => page.startsWith("tags/"))).toBe(true);
    expect(pages.length).toBeGreaterThan(30);
  });

  it("has zero html-validate errors on every page", async () => {
    const validator = new HtmlValidate(config);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(await site.text(page), page);
      for (const message of report.results.flatMap((result) => result.messages)) {
        problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
