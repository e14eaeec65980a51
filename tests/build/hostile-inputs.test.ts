// Hostile and broken inputs: every broken file gets its own clear problem (file, line, field, fix) in one failed
// build, every odd-but-valid file builds into safe output, and nothing prints a stack trace or hangs.
import { load } from "cheerio";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BROKEN_FILES, BUILDING_FILES, writeFiles } from "./hostile-cases.ts";
import { buildSite, runKiln, type BuiltSite, type CommandResult } from "./run-kiln.ts";

/** A child build that runs longer than this is killed: a hang fails the test, it never blocks the suite. */
const BUILD_TIMEOUT = 280_000;

/** Lines of a stack trace (`    at fn (file:1:2)`): an author's mistake never prints one. */
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

const FIX_DATE = "date: 2025-11-29 or date: 2025-11-29T08:30:00+08:00";
const FIX_REAL_DATE = "check the month (01–12), the day (it must exist in that month) and the time (00:00:00–23:59:59)";
const FIX_UTF8 = 'save the file as UTF-8 in your editor (VS Code: "Save with Encoding", then UTF-8)';
const FIX_EMPTY = 'write the article, starting with its front matter (---, title: "My tutorial", date: 2025-11-29, ---), or delete the file';
const FIX_PERMALINK = "permalink: /about/ or permalink: false";
const FIX_SLUG = "use letters (Chinese too), numbers, - and _, e.g. slug: intro-to-python";
const FIX_DUPLICATE = "give one of them another slug in its front matter (slug: another-name) or rename its file";
const NOT_UTF8 = "is not valid UTF-8 text (saved in another encoding, such as GBK or Latin-1?)";

/** Every problem of the broken folder: `where: what` (path relative to the folder), then the fix. */
const EXPECTED_PROBLEMS: readonly (readonly [string, string])[] = [
  ["binary.md: is a binary file, not Markdown text", "remove it from the content folder, or give it an extension other than .md"],
  ["blank-lines.md:1: the file is empty", FIX_EMPTY],
  ['bom-bad-date.md:3 front matter "date": expected a real calendar day and time, got the string "2025-13-01"', FIX_REAL_DATE],
  [
    'cover-data.md:4 front matter "cover": expected an http(s) URL or a path, got the string "data:text/html,<script>alert(1)</script>" (data: links are not allowed)',
    "cover: https://example.com/cover.jpg or cover: /images/cover.jpg",
  ],
  ['crlf-bad-draft.md:4 front matter "draft": expected true or false, got the string "false"', "write draft: true or draft: false without quotes"],
  ['date-feb-30.md:3 front matter "date": expected a real calendar day and time, got the string "2025-02-30"', FIX_REAL_DATE],
  [`date-five-digit-year.md:3 front matter "date": expected a date like 2025-11-29 or 2025-11-29T08:30:00+08:00, got the string "99999-01-01"`, FIX_DATE],
  ['date-hour-25.md:3 front matter "date": expected a real calendar day and time, got the string "2025-11-29T25:00:00+08:00"', FIX_REAL_DATE],
  ['date-slashes.md:3 front matter "date": expected a date like 2025-11-29 or 2025-11-29T08:30:00+08:00, got the string "2025/11/29"', FIX_DATE],
  ['date-words.md:3 front matter "date": expected a date like 2025-11-29 or 2025-11-29T08:30:00+08:00, got the string "last tuesday"', FIX_DATE],
  ["empty.md:1: the file is empty", FIX_EMPTY],
  [`gbk.md:5: ${NOT_UTF8}`, FIX_UTF8],
  [`latin1.md:2: ${NOT_UTF8}`, FIX_UTF8],
  ['no-front-matter.md:1 front matter "title": is required but missing', 'add title: "My tutorial" to the front matter'],
  [
    'permalink-escape-deep.md:4 front matter "permalink": expected a URL path like /about/ or false, got the string "/a/../../../escaped/index.html" (it contains "..", which would write outside the site)',
    FIX_PERMALINK,
  ],
  [
    'permalink-escape.md:4 front matter "permalink": expected a URL path like /about/ or false, got the string "../../escaped/" (it contains "..", which would write outside the site)',
    FIX_PERMALINK,
  ],
  [
    'permalink-url.md:4 front matter "permalink": expected a URL path like /about/ or false, got the string "https://evil.example/" (it is a full URL, not a path on this site)',
    FIX_PERMALINK,
  ],
  ['slug-emoji.md:4 front matter "slug": expected a URL-safe slug, got the string "rocket-🚀" (it contains "🚀")', FIX_SLUG],
  ['slug-space.md:4 front matter "slug": expected a URL-safe slug, got the string "has space" (it contains a space)', FIX_SLUG],
  ['title-blank.md:2 front matter "title": expected a non-empty string, got an empty string', 'title: "My tutorial"'],
  ['toml-dashes.md:1: front matter language "toml" is not supported', "write the front matter in YAML, opening it with a plain --- line"],
  [
    "toml-plus.md:2: invalid TOML: control characters are not allowed in strings",
    'check this line: fields are written key = value, strings in "quotes", lists in [ ]',
  ],
  ["unclosed.md:1: front matter starts with --- but is never closed", "add a line with --- after the last field"],
  ['wrong-types.md:2 front matter "title": expected a non-empty string, got the number 12', 'title: "My tutorial"'],
  [`wrong-types.md:3 front matter "date": expected a date like 2025-11-29 or 2025-11-29T08:30:00+08:00, got the number 20251129`, FIX_DATE],
  [
    'wrong-types.md:4 front matter "updated": expected a date like 2025-11-29 or 2025-11-29T08:30:00+08:00, got a list',
    "updated: 2025-11-30 or updated: 2025-11-30T08:30:00+08:00",
  ],
  ['wrong-types.md:5 front matter "description": expected a string, got the number 5', 'description: "One sentence about the article"'],
  [
    'wrong-types.md:6 front matter "author": link: expected an http(s) URL, got the string "javascript:alert(1)"',
    'author: "Your Name" or author: {name: "Your Name", link: "https://example.com/"}',
  ],
  ['wrong-types.md:7 front matter "lang": expected a language tag like zh-CN or en, got the string "!!"', "lang: zh-CN or lang: en"],
  ['wrong-types.md:8 front matter "draft": expected true or false, got the string "yes"', "write draft: true or draft: false without quotes"],
  [
    'wrong-types.md:9 front matter "cover": expected an http(s) URL or a path, got the string "javascript:alert(1)" (javascript: links are not allowed)',
    "cover: https://example.com/cover.jpg or cover: /images/cover.jpg",
  ],
  [
    'wrong-types.md:10 front matter "tags": expected a list of strings or a single string, got a mapping (key: value fields)',
    'tags: [python, 入门] or tags: python (quote tags that look like numbers: "2025")',
  ],
  ['wrong-types.md:11 front matter "categories": item 1: expected a string, got the number 1', "categories: [tutorials] or categories: tutorials"],
  ['wrong-types.md:11 front matter "categories": item 2: expected a string, got true', "categories: [tutorials] or categories: tutorials"],
  ['wrong-types.md:12 front matter "theme": expected light, dark or auto, got the string "blue"', "theme: light, theme: dark or theme: auto"],
  ['wrong-types.md:13 front matter "slug": expected a URL-safe slug, got the string "../../x" (it contains "/")', FIX_SLUG],
  ['wrong-types.md:14 front matter "layout": expected a layout file name like article.njk, got the number 3', "layout: article.njk"],
  ['wrong-types.md:15 front matter "permalink": expected a URL path like /about/ or false, got true', FIX_PERMALINK],
  [
    "yaml-bad-indent.md:3: invalid YAML: bad indentation of a mapping entry",
    'check this line: fields start at the left margin as key: value, list items are indented under their key, and a value containing ": " or " #" needs quotes',
  ],
  ["yaml-list.md:2: expected front matter fields written as key: value, got a list", 'write one field per line, e.g. title: "My tutorial"'],
  ["yaml-malformed.md:4: invalid YAML: unexpected end of the stream within a double quoted scalar", "close the quote on the same line, or remove it"],
  ["yaml-tabs.md:5: invalid YAML: tab characters must not be used in indentation", "indent with spaces, not tabs"],
  ["yaml-unknown-tag.md:2: invalid YAML: unknown tag !<tag:yaml.org,2002:binary>", "remove the !tag: Kiln reads plain YAML values only"],
];

/** Duplicate URLs name the second file and the first (file order), so they need the folder in the message. */
const duplicateProblems = (folder: string): (readonly [string, string])[] => [
  [`dup/dated.md: its URL /dup/dated/ is also the URL of ${folder}/dup/2025-01-01-dated.md; one would overwrite the other`, FIX_DUPLICATE],
  [`dup/first.md: its URL /dup/same/ is also the URL of ${folder}/dup/by-permalink.md; one would overwrite the other`, FIX_DUPLICATE],
  [`dup/second.md: its URL /dup/same/ is also the URL of ${folder}/dup/by-permalink.md; one would overwrite the other`, FIX_DUPLICATE],
];

describe("broken inputs: one build lists every problem", () => {
  let folder: string;
  let output: string;
  let result: CommandResult;
  let lines: string[];

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), "kiln-hostile-broken-"));
    folder = join(root, "content");
    output = join(root, "site");
    await writeFiles(folder, BROKEN_FILES);
    result = await runKiln("build", [`--input=${folder}`, `--output=${output}`], {}, BUILD_TIMEOUT);
    lines = result.stderr.split("\n");
  });

  it("fails once, counting every problem", () => {
    const count = EXPECTED_PROBLEMS.length + duplicateProblems(folder).length;
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`\\[kiln\\] The site was not built: \\d+ files have problems \\(${count} problems\\):`));
    expect(result.stderr).toContain(`[kiln] failed with ${count} problem(s), listed above; nothing was written`);
  });

  it("only warns about a repeated key (the last value wins, as in Hugo)", () => {
    expect(lines).toContain(
      `[kiln] warning: ${folder}/yaml-duplicate-key.md:4 front matter "title": "title" is written twice; the last value wins, as in Hugo`,
    );
  });

  it.each(EXPECTED_PROBLEMS.map(([what, fix]) => [what, fix] as const))("%s", (what, fix) => {
    const index = lines.indexOf(`${folder}/${what}`);
    expect(index, result.stderr).toBeGreaterThanOrEqual(0);
    expect(lines[index + 1]).toBe(`  fix: ${fix}`);
  });

  it("names both files of every duplicate URL (a file name's date is dropped, as Eleventy does)", () => {
    for (const [what, fix] of duplicateProblems(folder)) {
      const index = lines.indexOf(`${folder}/${what}`);
      expect(index, result.stderr).toBeGreaterThanOrEqual(0);
      expect(lines[index + 1]).toBe(`  fix: ${fix}`);
    }
  });

  it("prints no stack trace and writes nothing, not even outside the output folder", async () => {
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toContain("Original error stack trace");
    expect((await readdir(join(folder, ".."))).sort()).toEqual(["content"]);
  });
});

describe("odd but valid inputs build into safe pages", () => {
  let site: BuiltSite;

  beforeAll(async () => {
    const folder = join(await mkdtemp(join(tmpdir(), "kiln-hostile-valid-")), "content");
    await writeFiles(
      folder,
      BUILDING_FILES.filter((file) => !["five-megabytes.md", "long-code.md"].includes(file.path)),
    );
    site = await buildSite(folder, [], BUILD_TIMEOUT);
  });

  it("succeeds without a stack trace, warning about the unknown language, deep nesting and the clock time without offset only", () => {
    expect(site.code, site.stderr).toBe(0);
    expect(site.stderr).not.toMatch(STACK_LINE);
    const warnings = site.stderr.split("\n").filter((line) => line.startsWith("[kiln] warning:"));
    // The site's time zone defaults to the machine's: the warning names it.
    const shown = warnings.map((line) => line.replace(/^\[kiln\] warning: .*\/content\//, "").replace(/time zone \S+/, "time zone TZ"));
    expect(shown).toEqual([
      'date-space.md front matter "updated": a date without a UTC offset is read in the time zone TZ (and so are the others like it)',
      'code.md:5: unknown code language "nosuchlang"',
      "nested-lists.md:5: lists or quotes are nested 100 levels deep or more: the text inside the deepest levels is left out",
      "nested-quotes.md:5: lists or quotes are nested 100 levels deep or more: the text inside the deepest levels is left out",
    ]);
  });

  it.each([
    ["bom/index.html", "BOM", "Body after a BOM."],
    ["crlf/index.html", "CRLF", "line one\n小节 #"],
    ["mixed-endings/index.html", "Mixed", "A\nB\nC"],
    ["only-front-matter/index.html", "Only front matter", ""],
    ["only-front-matter-unterminated/index.html", "Unterminated last line", ""],
    ["has space/index.html", "Space in the file name", "hi"],
    ["emoji-🚀/index.html", "Emoji in the file name", "hi"],
    ["a..b/index.html", "Dots in the file name", "hi"],
    ["rtl-עברית/index.html", "RTL \u202Eevil\u202C name", "שלום עולם"],
    ["date-year-1/index.html", "Year one", "x"],
  ])("%s has the title and body as text", async (path, title, body) => {
    const $ = await site.page(path);
    expect($("h1").text()).toBe(title);
    expect($(".article__body").text().trim()).toBe(body);
  });

  it("keeps the author's dates, odd forms included", async () => {
    expect((await site.page("date-leap/index.html"))(".article__date").attr("datetime")).toBe("2024-02-29T08:30:00+08:00");
    expect((await site.page("date-space/index.html"))(".article__updated").attr("datetime")).toMatch(/^2025-11-29T08:30:00(Z|[+-]\d\d:\d\d)$/);
    expect((await site.page("date-year-1/index.html"))(".article__date").attr("datetime")).toBe("0001-01-01");
  });

  it("gives CRLF headings the same ids as LF ones", async () => {
    expect((await site.page("crlf/index.html"))(".article__body h2").attr("id")).toBe("小节");
  });

  it("gives tags with /, .., spaces, emoji, RTL and markup safe URLs inside /tags/, one per name whatever its case", async () => {
    const $ = await site.page("terms/index.html");
    // Term links print the name as text (a layout may put a "#" before a tag's name).
    const links = $('a[href^="/tags/"], a[href^="/categories/"]')
      .map((_, a) => `${$(a).attr("href")} ${$(a).text().trim().replace(/^#/, "")}`)
      .get()
      .filter((link) => !/^\/(tags|categories)\/ /.test(link));
    expect([...new Set(links)].sort()).toEqual([
      "/categories/c-sharp/ C#",
      "/categories/up/ ../up",
      "/tags/a-b/ a/b",
      "/tags/b-bold-b/ <b>bold</b>",
      "/tags/etc/ ../../etc",
      "/tags/has-space/ has space",
      "/tags/python/ Python",
      "/tags/rocket/ 🚀 rocket",
      "/tags/section/ ..",
      "/tags/עברית/ עברית",
    ]);
    expect((await readdir(site.output)).sort()).not.toContain("etc");
    expect((await site.page("tags/b-bold-b/index.html"))("b").length).toBe(0);
  });

  it("never turns javascript:, vbscript: or data:text links into links or images", async () => {
    const $ = await site.page("links/index.html");
    const urls = $("[href], [src]").map((_, el) => $(el).attr("href") ?? $(el).attr("src")).get();
    expect(urls.filter((url) => /^\s*(java|vb)\s*script:|^data:text/i.test(url.replace(/\s/g, "")))).toEqual([]);
    expect($(".article__body a").map((_, a) => $(a).attr("href")).get()).toEqual(["https://example.com/"]);
    expect($(".article__body a").attr("rel")).toBe("noopener");
    expect($(".article__body img").map((_, img) => $(img).attr("src")).get()).toEqual(["data:image/gif;base64,R0lGODlhAQABAAAAACw="]);
    expect($(".article__body").text()).toContain("[js](javascript:alert(1))");
  });

  it("passes the author's raw HTML through as written (authors are trusted; see README, Security)", async () => {
    const $ = await site.page("raw-html/index.html");
    expect($(".article__body script").text()).toBe("window.kilnRaw = 1");
    expect($(".article__body p.note").attr("onclick")).toBe("x()");
  });

  it("shows unknown, empty and unclosed code fences as escaped code, {{ }} untouched", async () => {
    const $ = await site.page("code/index.html");
    expect($("figure.code-block").map((_, figure) => $(figure).attr("data-lang") ?? "").get()).toEqual(["nosuchlang", "", "javascript"]);
    expect($("figure.code-block code").eq(1).text()).toBe("<b>{{ x }}</b> {% raw %}");
    expect($("figure.code-block code").eq(2).text()).toBe("const open = '<script>';");
    expect($(".article__body script, .article__body b").length).toBe(0);
  });

  it("renders 10,000 nested list items and quotes up to markdown-it's limit of 100 levels", async () => {
    for (const [path, selector] of [["nested-lists/index.html", "ul"], ["nested-quotes/index.html", "blockquote"]] as const) {
      const $ = await site.page(path);
      expect($(`.article__body ${selector}`).length).toBeGreaterThanOrEqual(49);
      expect($(`.article__body ${selector}`).length).toBeLessThanOrEqual(100);
    }
    for (const file of ["nested-lists.md", "nested-quotes.md"]) {
      expect(site.stderr).toMatch(
        new RegExp(`${file}:\\d+: lists or quotes are nested 100 levels deep or more: the text inside the deepest levels is left out`),
      );
    }
  });
});

describe("very large inputs build", () => {
  let site: BuiltSite;
  const big = BUILDING_FILES.filter((file) => ["five-megabytes.md", "long-code.md"].includes(file.path));

  beforeAll(async () => {
    const folder = join(await mkdtemp(join(tmpdir(), "kiln-hostile-big-")), "content");
    await writeFiles(folder, big);
    site = await buildSite(folder, [], BUILD_TIMEOUT);
  }, BUILD_TIMEOUT + 20_000);

  it("inputs are as big as promised", () => {
    const sizes = Object.fromEntries(big.map((file) => [file.path, Buffer.byteLength(file.content as string)]));
    expect(sizes["five-megabytes.md"]).toBeGreaterThan(5_000_000);
    expect((big.find((file) => file.path === "long-code.md")?.content as string).split("\n").length).toBeGreaterThan(20_000);
  });

  it("succeeds without a stack trace", () => {
    expect(site.code, site.stderr).toBe(0);
    expect(site.stderr).not.toMatch(STACK_LINE);
  });

  it("renders a 20,000-line code block whole, escaped, {{ }} untouched", async () => {
    const html = await site.text("long-code/index.html");
    const $ = load(html);
    const lines = $("figure.code-block code .line");
    expect(lines.length).toBe(20_000);
    expect(lines.last().text()).toBe("x_19999 = 19999  # <tag> {{ 19999 }}");
    expect($(".article__body tag").length).toBe(0);
  });

  it("renders every paragraph of a 5 MB article, its inline HTML as written", async () => {
    const $ = load(await site.text("five-megabytes/index.html"));
    expect($(".article__body > p").length).toBe(4_400);
    expect($(".article__body strong").length).toBe(4_400 * 20);
  });
});
