// Local images through eleventy-img (src/images/): <picture> with WebP/original, srcset, sizes, width/height, drawn
// where Markdown renders (and raw HTML images by a transform); covers encoded once for the article and its cards;
// the files exist; remote images untouched; the cache is read on warm builds; output is stable.
import type { CheerioAPI } from "cheerio";
import { existsSync } from "node:fs";
import { appendFile, cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, projectRoot, type BuiltSite } from "./run-kiln.ts";

const fixture = join(projectRoot, "tests/fixtures/sites/images");

/** Every URL of an <img>/<source> (src and srcset candidates) under a picture or image. */
function imageUrls($: CheerioAPI, selector: string): string[] {
  return $(selector)
    .find("img, source")
    .addBack("img")
    .toArray()
    .flatMap((element) => [
      ...($(element).attr("src") === undefined ? [] : [$(element).attr("src")!]),
      ...($(element).attr("srcset") ?? "").split(",").flatMap((part) => part.trim().split(/\s+/)[0] || []),
    ]);
}

/** Reads every file of a built site, for byte comparisons. */
async function snapshot(folder: string): Promise<Map<string, Buffer>> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const entries = await Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(folder.length), await readFile(path)] as const;
    }),
  );
  return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
}

describe("local images", () => {
  let site: BuiltSite;
  let cacheFile: string;

  beforeAll(async () => {
    cacheFile = join(await mkdtemp(join(tmpdir(), "kiln-image-cache-")), "highlight.bin");
    site = await buildSite(fixture, [], 0, { KILN_CACHE: cacheFile });
    expect(site.code, site.stderr).toBe(0);
  });

  it("turns a |wide PNG beside the article into a wide <picture>: WebP at several widths, one PNG for the rest", async () => {
    const $ = await site.page("guide/local-images/index.html");
    const picture = $("figure.figure--wide > picture");
    expect(picture.length).toBe(1);
    expect(picture.find("source").map((_, s) => $(s).attr("type")).get()).toEqual(["image/webp"]);
    const img = picture.find("img");
    expect(img.attr("class")).toBe("wide");
    expect(img.attr("alt")).toBe("梯度示意图");
    // The image's own size on the page, though its one fallback file is 960 pixels wide.
    expect([img.attr("width"), img.attr("height"), img.attr("loading"), img.attr("decoding")]).toEqual(["1440", "720", "lazy", "async"]);
    const webp = picture.find("source");
    expect(webp.attr("srcset")).toMatch(/^\/img\/[\w-]+-480\.webp 480w, \/img\/[\w-]+-960\.webp 960w, \/img\/[\w-]+-1440\.webp 1440w$/);
    expect(webp.attr("sizes")).toBe("(min-width: 62rem) 58rem, 100vw");
    expect(img.attr("src")).toMatch(/^\/img\/[\w-]+-960\.png$/);
    expect([img.attr("srcset"), img.attr("sizes")]).toEqual([undefined, undefined]);
  });

  it("keeps a JPEG as the fallback and never upscales past the original width", async () => {
    const $ = await site.page("guide/local-images/index.html");
    const img = $('img[alt="照片"]');
    expect(img.parent().is("picture")).toBe(true);
    expect(img.attr("src")).toMatch(/^\/img\/[\w-]+-800\.jpeg$/);
    expect(img.attr("srcset")).toBeUndefined();
    expect([img.attr("width"), img.attr("height")]).toEqual(["800", "600"]);
    const webp = img.siblings("source");
    expect(webp.attr("srcset")).toMatch(/-480\.webp 480w, \/img\/[\w-]+-800\.webp 800w$/);
    expect(webp.attr("sizes")).toBe("(min-width: 46rem) 42rem, 100vw");
  });

  it("loads the cover eagerly with high priority, and lists show the same files as a card thumbnail", async () => {
    const $ = await site.page("guide/local-images/index.html");
    const cover = $("picture > img.article__cover");
    expect(cover.attr("loading")).toBeUndefined();
    expect(cover.attr("fetchpriority")).toBe("high");
    expect([cover.attr("width"), cover.attr("height")]).toEqual(["1200", "600"]);
    expect(cover.siblings("source").attr("srcset")).toMatch(/^\/img\/[\w-]+-240\.webp 240w, .*-480\.webp 480w, .*-960\.webp 960w, .*-1200\.webp 1200w$/);
    expect(cover.attr("src")).toMatch(/^\/img\/[\w-]+-960\.png$/);
    const home = await site.page("index.html");
    const thumb = home("picture > img.card__cover");
    // One encoding for the article and its cards: the browser picks the 240 or 480 file for the 8rem thumbnail.
    expect(imageUrls(home, "li.card picture").sort()).toEqual(imageUrls($, "picture:has(img.article__cover)").sort());
    expect([thumb.siblings("source").attr("sizes"), thumb.attr("loading"), thumb.attr("alt")]).toEqual(["8rem", "lazy", ""]);
  });

  it("escapes a Markdown image's title on its <img>, and draws a raw HTML image (Hugo's figure) as a <picture> too", async () => {
    const html = await site.text("guide/local-images/index.html");
    expect(html).toContain('title="图 1：&quot;梯度&quot; &lt;下降&gt;"');
    const $ = await site.page("guide/local-images/index.html");
    expect($('picture > img[alt="标题图"]').attr("title")).toBe('图 1："梯度" <下降>');
    const figure = $('figure.figure:has(img[alt="短代码照片"])');
    expect(figure.find("picture > source").attr("type")).toBe("image/webp");
    expect(figure.find("img").attr("src")).toMatch(/^\/img\/[\w-]+-\d+\.jpeg$/);
    expect(figure.find("figcaption").text()).toBe("短代码的说明");
  });

  it("puts the same <picture> in the feed entry as on the page, its URLs absolute", async () => {
    const feed = await site.text("feed.xml");
    const entry = feed.slice(feed.indexOf("<title>本地图片</title>"));
    expect(entry).toMatch(/&lt;picture&gt;&lt;source type=&quot;image\/webp&quot; srcset=&quot;https?:\/\/[^&]+\/img\/[\w-]+-480\.webp 480w/);
  });

  it("gives a page bundle's image and an SVG their size, and leaves remote images as written", async () => {
    const bundle = await site.page("guide/bundle/index.html");
    expect([bundle('img[alt="图表"]').attr("width"), bundle('img[alt="图表"]').attr("height")]).toEqual(["400", "300"]);
    const $ = await site.page("guide/local-images/index.html");
    const svg = $('img[alt="形状"]');
    expect([svg.attr("src")?.endsWith(".svg"), svg.attr("width"), svg.attr("height")]).toEqual([true, "120", "60"]);
    const remote = $('img[alt="远程"]');
    expect(remote.parent().is("figure")).toBe(true);
    expect(remote.attr("src")).toBe("https://images.example.com/remote.png?w=640&h=320");
    expect(remote.attr("srcset")).toBeUndefined();
  });

  it("writes every file the pages point to", async () => {
    const pages = ["guide/local-images/index.html", "guide/bundle/index.html", "index.html"];
    const urls = (await Promise.all(pages.map(async (page) => imageUrls(await site.page(page), "body")))).flat();
    const local = urls.filter((url) => url.startsWith("/img/"));
    expect(local.length).toBeGreaterThan(20);
    for (const url of local) expect(existsSync(join(site.output, url)), url).toBe(true);
  });

  it("reads encoded files from the cache on a warm build, and builds the same bytes without a cache", async () => {
    const cacheFolder = (await readdir(join(cacheFile, ".."))).find((name) => name.startsWith("images-"));
    expect(cacheFolder).toBeDefined();
    const cached = join(cacheFile, "..", cacheFolder!);
    const [name] = (await readdir(cached)).filter((file) => file.endsWith("-480.webp"));
    // A file changed in the cache shows up in the next build: proof the build reused it instead of encoding.
    const original = await readFile(join(cached, name!));
    await writeFile(join(cached, name!), "cached bytes");
    const warm = await buildSite(fixture, [], 0, { KILN_CACHE: cacheFile });
    expect(await warm.text(`img/${name}`)).toBe("cached bytes");
    await writeFile(join(cached, name!), original);

    const [first, cold] = await Promise.all([snapshot(site.output), buildSite(fixture, [], 0, { KILN_CACHE: "off" }).then((b) => snapshot(b.output))]);
    expect([...cold.keys()]).toEqual([...first.keys()]);
    for (const [path, bytes] of first) expect(cold.get(path)?.equals(bytes), path).toBe(true);
  });

  it("puts the path prefix in front of every image URL", async () => {
    const prefixed = await buildSite(fixture, ["--pathprefix=/sub/"], 0, { KILN_CACHE: cacheFile });
    const $ = await prefixed.page("guide/local-images/index.html");
    const urls = imageUrls($, ".article").filter((url) => !url.startsWith("https:"));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url).toMatch(/^\/sub\/img\//);
  });

  it("reports a missing local image with its file and line, as npm run check does", async () => {
    const input = join(await mkdtemp(join(tmpdir(), "kiln-missing-image-")), "site");
    await cp(fixture, input, { recursive: true });
    await appendFile(join(input, "guide/local-images.md"), "\n![缺失](missing.png)\n");
    const broken = await buildSite(input, [], 0, { KILN_CACHE: cacheFile });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("guide/local-images.md:32: image missing.png does not exist");
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it("fails on an image file eleventy-img cannot read, naming the article, the image and the fix, and writes nothing", async () => {
    const input = join(await mkdtemp(join(tmpdir(), "kiln-corrupt-image-")), "site");
    await cp(fixture, input, { recursive: true });
    await writeFile(join(input, "guide/broken.png"), "not a PNG at all");
    await appendFile(join(input, "guide/local-images.md"), "\n![坏图](broken.png)\n");
    const broken = await buildSite(input, [], 0, { KILN_CACHE: "off" });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("guide/local-images.md");
    expect(broken.stderr).toContain("image broken.png could not be read");
    expect(broken.stderr).toContain("save it again as PNG, JPEG, WebP, AVIF, GIF or SVG");
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(broken.output)).toBe(false);
  });
});
