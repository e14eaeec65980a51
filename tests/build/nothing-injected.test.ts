// Nothing injected: front matter values and code in Markdown full of hostile strings are built into a real site, and
// on every page, feed, sitemap, JSON-LD block and search index fragment they stay text — never an element, an
// attribute or a script.
import { load, type CheerioAPI } from "cheerio";
import fc from "fast-check";
import { mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { indexedText, readFragments } from "./pagefind-fragments.ts";
import { buildSite } from "./run-kiln.ts";

/** Strings that break out of HTML text, attributes, scripts, JSON, XML or templates when not escaped. */
const HOSTILE = [
  '"</script><script>alert(1)</script>',
  "<img src=x onerror=alert(1)>",
  "' onmouseover='alert(1)",
  '" autofocus onfocus="alert(1)',
  "</title><svg onload=alert(1)>",
  "]]></description><script>alert(1)</script>",
  "{{ 7 * 7 }} {% raw %}${7*7}",
  "\u2028\u2029",
  "\u202Eevil\u202C \u200F",
  "&amp; &lt;b&gt; &#x3C;",
  "\\u003c/script\\u003e",
  "<!-- comment --> <![CDATA[ x ]]>",
  "javascript:alert(1)",
];

/** A piece of hostile text: a known attack, or any printable ASCII (fast-check's default string). */
const piece = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 }));
/** A value: a few pieces, never blank once trimmed (the schema rejects a blank title). */
const value = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => `x ${parts.join(" ")}`.trim());

/** One generated article: front matter values and code that the build must keep as text. */
interface GeneratedArticle {
  title: string;
  description: string;
  author: string;
  tags: string[];
  category: string;
  cover: string;
  code: string;
}

const generatedArticle = fc.record({
  title: value,
  description: value,
  author: value,
  tags: fc.array(value, { minLength: 1, maxLength: 3 }),
  category: value,
  // An external cover: a local path must exist (the link check), and a URL's query may hold anything.
  cover: value.map((text) => `https://images.example.com/cover.png?alt=${text.replace(/[\s#]/g, "-")}`),
  code: value,
});

/** The article's source: values written as JSON strings (valid YAML), code in a fence and inline. */
function source(article: GeneratedArticle, index: number): string {
  const tags = article.tags.map((tag, i) => `${tag} ${index}-${i}`);
  return [
    "---",
    `title: ${JSON.stringify(article.title)}`,
    "date: 2025-01-01",
    `description: ${JSON.stringify(article.description)}`,
    `author: ${JSON.stringify(article.author)}`,
    `tags: ${JSON.stringify(tags)}`,
    `categories: ${JSON.stringify([article.category])}`,
    `cover: ${JSON.stringify(article.cover)}`,
    "---",
    "",
    "```html",
    article.code,
    "```",
    "",
    `Inline: \`\` ${article.code.replace(/`/g, "'")} \`\``,
    "",
  ].join("\n");
}

/** Text with its character references decoded as an HTML parser decodes them (`&lt;b&gt;` → `<b>`). */
function decodeOnceMore(text: string): string {
  return load(`<p>${text.replace(/</g, "&lt;")}</p>`)("p").text();
}

/** Every element that could run script or carry an event handler, on one page. */
function injected($: CheerioAPI): string[] {
  const found: string[] = [];
  $("*").each((_, element) => {
    if (!("attribs" in element)) return;
    for (const name of Object.keys(element.attribs)) if (/^on/i.test(name)) found.push(`${element.tagName}[${name}]`);
  });
  $("script").each((_, script) => {
    const src = $(script).attr("src");
    const type = $(script).attr("type");
    if (src !== undefined && /^\/(js|pagefind)\//.test(src)) return;
    if (type === "application/ld+json") {
      try {
        JSON.parse($(script).text());
        return;
      } catch {
        found.push("script[type=application/ld+json] that is not JSON");
        return;
      }
    }
    found.push(`script ${src ?? $(script).text().slice(0, 40)}`);
  });
  $("svg, iframe, object, embed").each((_, element) => {
    if (element.tagName !== "svg" || $(element).find("script").length > 0) found.push(element.tagName);
  });
  $("[href], [src]").each((_, element) => {
    const url = ($(element).attr("href") ?? $(element).attr("src") ?? "").replace(/\s/g, "");
    if (/^(javascript|data:text)/i.test(url)) found.push(`${element.tagName} ${url}`);
  });
  return found;
}

describe("hostile front matter and code stay text", () => {
  it("on every page, feed, sitemap, JSON-LD block and in the search index", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(generatedArticle, { minLength: 3, maxLength: 3 }), async (articles) => {
        const folder = join(await mkdtemp(join(tmpdir(), "kiln-injected-")), "content");
        await mkdir(folder);
        for (const [index, article] of articles.entries()) await writeFile(join(folder, `a${index}.md`), source(article, index));
        const site = await buildSite(folder, [], 240_000);
        expect(site.code, site.stderr).toBe(0);

        for (const file of (await readdir(site.output, { recursive: true })).filter((path) => path.endsWith(".html"))) {
          expect(injected(load(await site.text(relative(site.output, join(site.output, file))))), file).toEqual([]);
        }

        for (const [index, article] of articles.entries()) {
          const $ = await site.page(`a${index}/index.html`);
          expect($("h1").text()).toBe(article.title);
          expect($("title").text().startsWith(article.title)).toBe(true);
          expect($('meta[name="description"]').attr("content")).toBe(article.description);
          expect($("body").text()).toContain(article.author);
          expect($(".article__body pre code").text()).toBe(article.code);
          expect($(".article__body p code").text()).toBe(article.code.replace(/`/g, "'").trim());
          for (const [i, tag] of article.tags.entries()) expect($("body").text()).toContain(`${tag} ${index}-${i}`);
          expect($("body").text()).toContain(article.category);
          const ld = $('script[type="application/ld+json"]').map((_, script) => JSON.parse($(script).text()) as { headline?: string }).get();
          expect(ld.map((entry) => entry.headline).filter(Boolean)).toEqual([article.title]);
        }

        const json = JSON.parse(await site.text("feed.json")) as { items: { title: string; summary?: string }[] };
        expect(json.items.map((item) => item.title).sort()).toEqual(articles.map((article) => article.title).sort());
        const xml = load(await site.text("feed.xml"), { xml: true });
        const titles = xml("entry > title, item > title").map((_, title) => xml(title).text()).get();
        expect(titles.sort()).toEqual(articles.map((article) => article.title).sort());
        expect(xml("script").length).toBe(0);
        const sitemap = load(await site.text("sitemap.xml"), { xml: true });
        expect(sitemap("url > loc").length).toBeGreaterThanOrEqual(3);
        expect(sitemap("script").length).toBe(0);
        const raw = await readFile(join(site.output, "feed.xml"), "utf8");
        expect(raw).not.toContain("<script>alert(1)</script>");

        // The search index: Pagefind read every value as text from the page (had one become an element, its
        // characters would be missing), and stores it as plain strings that search-page.js prints as text.
        const fragments = await readFragments(site.output);
        expect(fragments.map((fragment) => fragment.url).sort()).toEqual(articles.map((_, index) => `/a${index}/`));
        for (const [index, article] of articles.entries()) {
          const fragment = fragments.find((candidate) => candidate.url === `/a${index}/`);
          expect(indexedText(fragment?.meta["title"] ?? "")).toBe(indexedText(article.title));
          // Pagefind 1.6 decodes character references in filter values once more than HTML does (`&amp;lt;` is
          // stored as `<`): a value like `&lt;b&gt;` comes back as text `<b>`, still a string, never markup.
          expect(fragment?.filters["category"]?.map(indexedText)).toEqual([indexedText(decodeOnceMore(article.category))]);
          const tags = article.tags.map((tag, i) => indexedText(decodeOnceMore(`${tag} ${index}-${i}`))).sort();
          expect([...(fragment?.filters["tag"] ?? [])].map(indexedText).sort()).toEqual(tags);
          const content = indexedText(fragment?.content ?? "");
          for (const text of [article.title, article.description, article.code]) expect(content).toContain(indexedText(text));
        }
      }),
      { numRuns: 5, endOnFailure: true },
    );
  }, 1_500_000);
});
