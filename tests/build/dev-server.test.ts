// `npm start`: serves the site on localhost, shows drafts marked, and rebuilds when an article is saved.
import { get } from "node:http";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevServer, type DevServer } from "./dev-server-process.ts";

const port = 18_000 + (process.pid % 1000);
const base = `http://localhost:${port}`;

/**
 * GETs a page as a browser navigation does. (fetch() cannot: it always sends `sec-fetch-mode: cors`,
 * and the dev server injects its reload client only into navigations.)
 */
function getPage(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { accept: "text/html", "sec-fetch-mode": "navigate" } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

/** Polls a URL until `accept` holds for its body, or fails after `ms`. */
async function waitFor(url: string, accept: (body: string, status: number) => boolean, ms = 30_000): Promise<string> {
  const deadline = Date.now() + ms;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await getPage(url);
      last = response.body;
      if (accept(last, response.status)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${url}; last body: ${last.slice(0, 200)}`);
}

describe("dev server", () => {
  let server: DevServer;
  let input: string;
  let output: string;

  beforeAll(async () => {
    server = await startDevServer("drafts", port);
    ({ input, output } = server);
  });

  afterAll(() => server.stop());

  it("serves the site with drafts shown and marked", async () => {
    const home = load(await waitFor(`${base}/`, (_, status) => status === 200));
    expect(home(".card__title a").map((_, a) => home(a).attr("href")).get().sort()).toEqual(["/published/", "/unfinished/"]);
    const draft = load(await waitFor(`${base}/unfinished/`, (_, status) => status === 200));
    expect(draft(".badge--draft").text()).toBe("草稿");
    expect(draft("article").hasClass("article--draft")).toBe(true);
  });

  it("injects the live-reload client and rebuilds a saved article", async () => {
    const page = await waitFor(`${base}/published/`, (_, status) => status === 200);
    expect(page).toMatch(/<script [^>]*src="\/\.11ty\/reload-client\.js"/);
    const file = join(input, "published.md");
    const first = await readFile(file, "utf8");
    const linkChecks = () => server.log().split("link check:").length;
    const checksBefore = linkChecks();
    await writeFile(file, first.replace("First version.", "Second version, 见 [草稿](unfinished.md)."));
    const updated = await waitFor(`${base}/published/`, (body) => body.includes("Second version"));
    expect(updated).not.toContain("First version.");
    expect(load(updated)('a:contains("草稿")').attr("href")).toBe("/unfinished/");
    // The rebuild rendered the saved article alone: its link check still knows the article it links to.
    await expect.poll(linkChecks, { timeout: 30_000 }).toBeGreaterThan(checksBefore);
    expect(server.log()).not.toContain("links to unfinished.md");
    await writeFile(file, first);
    await waitFor(`${base}/published/`, (body) => body.includes("First version."));
  }, 60_000);

  it("keeps serving through a front matter error, shows it on the pages, and recovers once it is fixed", async () => {
    const file = join(input, "published.md");
    const good = await readFile(file, "utf8");
    await writeFile(file, good.replace("title: Published", 'title: Published\ndraft: "no"'));
    const broken = load(await waitFor(`${base}/`, (body) => body.includes("dev-problems")));
    expect(broken(".dev-problems pre").text()).toContain('published.md:3 front matter "draft": expected true or false, got the string "no"');
    expect(broken(".card__title a").map((_, a) => broken(a).attr("href")).get()).toEqual(["/unfinished/"]);
    expect(server.log()).toContain('expected true or false, got the string "no"');
    await writeFile(file, good);
    const fixed = load(await waitFor(`${base}/`, (body) => !body.includes("dev-problems") && body.includes("/published/")));
    expect(fixed(".dev-problems")).toHaveLength(0);
  }, 60_000);

  it("rewrites the saved article, not the pages that list it, unless what they show of it changed", async () => {
    const file = join(input, "published.md");
    const good = await readFile(file, "utf8");
    const listed = ["index.html", "archive/index.html", "sitemap.xml"].map((page) => join(output, page));
    const timesOf = () => Promise.all(listed.map(async (page) => (await stat(page)).mtimeMs));
    await waitFor(`${base}/`, (body) => body.includes("/published/"));
    const before = await timesOf();
    await writeFile(file, `${good.trimEnd()}\n\nA paragraph added later.\n`);
    await waitFor(`${base}/published/`, (body) => body.includes("A paragraph added later."));
    expect(await timesOf()).toEqual(before);
    await writeFile(file, good.replace("title: Published", "title: Renamed"));
    await waitFor(`${base}/`, (body) => body.includes(">Renamed<"));
    await waitFor(`${base}/archive/`, (body) => body.includes(">Renamed<"));
    await writeFile(file, good);
    await waitFor(`${base}/`, (body) => body.includes(">Published<"));
  }, 60_000);

  it("listens on localhost", () => {
    expect(server.log(), server.log()).toContain(`http://localhost:${port}/`);
  });

  it("keeps search usable: indexes its own site, the shown draft included, and again after a rebuild", async () => {
    const pages = (body: string, status: number) =>
      status === 200
        ? Object.values((JSON.parse(body) as { languages: Record<string, { page_count: number }> }).languages)
            .map((language) => language.page_count)
            .reduce((sum, count) => sum + count, 0)
        : 0;
    const entry = `${base}/pagefind/pagefind-entry.json`;
    await waitFor(entry, (body, status) => pages(body, status) === 2);
    expect(server.log()).toContain("[kiln] search index: 2 pages");
    await writeFile(join(input, "added.md"), '---\ntitle: "新文章"\ndate: 2025-12-01\n---\n\n保存后重新建立索引。\n');
    await waitFor(entry, (body, status) => pages(body, status) === 3);
  }, 60_000);
});
