// The realistic benchmark corpus: byte-identical for a seed, article i the same in any corpus that holds it, and the
// mix of real tutorials: covers and figures local and remote, page bundles holding exactly the images they show,
// tables, math, admonitions, links to published articles, drafts and notebooks at their rates.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markdownText } from "../../src/bench/make-corpus.ts";
import { makeRealisticCorpus, realisticArticle } from "../../src/bench/make-realistic-corpus.ts";
import { tutorialShape } from "../../src/bench/tutorial-shape.ts";
import { decodeImage } from "./decode-image.ts";

const COUNT = 200;
const SEED = 1;

interface Article {
  path: string;
  /** The Markdown, or a notebook's cells joined (raw and markdown as they are, code fenced). */
  text: string;
  frontMatter: string;
  notebook: boolean;
}

/** Every file below a folder, by relative path. */
async function filesOf(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())) {
    files.set(posix.relative(folder, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name)));
  }
  return files;
}

/** A notebook's text as one Markdown document. */
function notebookAsText(json: string): string {
  const { cells } = JSON.parse(json) as { cells: Array<{ cell_type: string; source: string[]; metadata: { language?: string } }> };
  return cells.map((cell) => (cell.cell_type === "code" ? `\`\`\`python\n${cell.source.join("")}\n\`\`\`` : cell.source.join(""))).join("\n\n");
}

const field = (article: Article, name: string): string | undefined => new RegExp(`^${name}: (.*)$`, "m").exec(article.frontMatter)?.[1];

/** The fraction of `articles` that `test` holds for. */
const share = (articles: readonly Article[], test: (article: Article) => boolean) => articles.filter(test).length / articles.length;

describe("realistic benchmark corpus", () => {
  let folders: string[];
  let files: Map<string, Buffer>;
  let articles: Article[];
  let markdown: Article[];

  beforeAll(async () => {
    folders = await Promise.all([0, 1, 2].map(() => mkdtemp(join(tmpdir(), "kiln-realistic-"))));
    await makeRealisticCorpus(folders[0]!, COUNT, SEED);
    await makeRealisticCorpus(folders[1]!, COUNT, SEED);
    await makeRealisticCorpus(folders[2]!, 50, SEED);
    files = await filesOf(folders[0]!);
    articles = [...files]
      .filter(([path]) => (path.endsWith(".md") && !path.endsWith("_index.md")) || path.endsWith(".ipynb"))
      .map(([path, bytes]) => {
        const notebook = path.endsWith(".ipynb");
        const text = notebook ? notebookAsText(bytes.toString("utf8")) : bytes.toString("utf8");
        return { path, text, notebook, frontMatter: /^---\n([\s\S]*?)\n---/.exec(text)![1]! };
      });
    markdown = articles.filter((article) => !article.notebook);
  });
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  it("is byte-identical for the same count and seed; article i is the same in a smaller corpus; another seed differs", async () => {
    const again = await filesOf(folders[1]!);
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, bytes] of files) expect(again.get(path)!.equals(bytes), path).toBe(true);
    const smaller = await filesOf(folders[2]!);
    expect(smaller.size).toBeGreaterThan(50);
    for (const [path, bytes] of smaller) expect(files.get(path)?.equals(bytes), path).toBe(true);
    expect((await realisticArticle(7, SEED + 1)).files[0]!.content).not.toBe((await realisticArticle(7, SEED)).files[0]!.content);
  });

  it("writes every article into a described section: one in ten a notebook, about one in twenty a draft", () => {
    expect(articles).toHaveLength(COUNT);
    const sections = new Set(articles.map(({ path }) => path.split("/")[0]));
    expect(sections.size).toBe(8);
    for (const section of sections) expect(files.has(`${section}/_index.md`), section).toBe(true);
    expect(articles.filter((article) => article.notebook)).toHaveLength(COUNT / 10);
    expect(share(articles, (article) => field(article, "draft") === "true")).toBeGreaterThan(0.02);
    expect(share(articles, (article) => field(article, "draft") === "true")).toBeLessThan(0.09);
    for (const article of articles) expect(field(article, "draft"), article.path).toMatch(/^(true|false)$/);
  });

  it("gives every article a cover: about half remote URLs, half page-bundle images (PNG and JPEG), notebooks remote", () => {
    const covers = articles.map((article) => JSON.parse(field(article, "cover")!) as string);
    const local = covers.filter((cover) => /^cover\.(png|jpg)$/.test(cover));
    const remote = covers.filter((cover) => cover.startsWith("https://images.example.com/covers/"));
    expect(local.length + remote.length).toBe(COUNT);
    expect(local.length / COUNT).toBeGreaterThan(0.4);
    expect(local.length / COUNT).toBeLessThan(0.6);
    expect(new Set(local)).toEqual(new Set(["cover.png", "cover.jpg"]));
    for (const article of articles.filter((article) => /^"cover\./.test(field(article, "cover")!))) {
      expect(article.path, "a local cover sits in a page bundle").toMatch(/\/index\.md$/);
    }
    for (const article of articles.filter((article) => article.notebook)) expect(field(article, "cover"), article.path).toMatch(/^"https:/);
  });

  it("has figures wide and in the text column, remote and in page bundles", () => {
    const figures = articles.flatMap((article) => [...article.text.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map(([, alt, src]) => ({ alt: alt!, src: src! })));
    const kinds = (wide: boolean, local: boolean) =>
      figures.filter((figure) => figure.alt.endsWith("|wide") === wide && !figure.src.startsWith("https://") === local).length;
    for (const wide of [true, false]) for (const local of [true, false]) expect(kinds(wide, local), `wide ${wide}, local ${local}`).toBeGreaterThan(15);
    for (const { src } of figures.filter((figure) => figure.src.startsWith("https://"))) expect(src).toMatch(/^https:\/\/images\.example\.com\/.*\?w=\d+&h=\d+/);
  });

  it("writes page bundles holding exactly the images their article shows, and images nowhere else", () => {
    const images = [...files.keys()].filter((path) => /\.(png|jpg)$/.test(path));
    const shown = new Set<string>();
    for (const article of markdown) {
      const cover = JSON.parse(field(article, "cover")!) as string;
      const sources = [cover, ...[...article.text.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(([, src]) => src!)].filter((src) => !src.startsWith("https://"));
      for (const src of sources) shown.add(posix.join(posix.dirname(article.path), src));
      expect(article.path.endsWith("/index.md"), article.path).toBe(sources.length > 0);
    }
    expect(new Set(images)).toEqual(shown);
    // A bundle's folder holds its index.md and images only: Kiln would read another Markdown file as a section.
    for (const path of files.keys()) if (path.split("/").length > 2) expect(path).toMatch(/\/(index\.md|cover\.(png|jpg)|figure-\d\.png)$/);
    const bundles = markdown.filter((article) => article.path.endsWith("/index.md")).length;
    expect(bundles / markdown.length).toBeGreaterThan(0.5);
  });

  it("links 1–3 times to earlier articles that exist and are published, by their source files", () => {
    let linked = 0;
    for (const article of articles) {
      const targets = new Set([...article.text.matchAll(/\]\((\.{1,2}\/[^)]+\.md)\)/g)].map(([, href]) => href!));
      if (targets.size === 0) continue;
      linked++;
      expect(targets.size, article.path).toBeLessThanOrEqual(3);
      for (const href of targets) {
        expect(href).toMatch(/^(\.\/|(\.\.\/)+([a-z]+\/)?)[^/]+\.md$/);
        const target = posix.join(posix.dirname(article.path), href);
        const text = files.get(target)?.toString("utf8");
        expect(text, `${article.path} → ${href}`).toBeDefined();
        expect(text, `${article.path} → ${href}`).toMatch(/^draft: false$/m);
      }
    }
    expect(linked / COUNT).toBeGreaterThan(0.97);
  });

  it("has the Markdown of real tutorials: headings, lists, bold, inline code, bare URLs, tables, math, admonitions", () => {
    const rate = (pattern: RegExp) => share(articles, (article) => pattern.test(article.text));
    expect(rate(/^## /m)).toBe(1);
    expect(rate(/^### /m)).toBeGreaterThan(0.8);
    expect(rate(/^(- \*\*|1\. )/m)).toBeGreaterThan(0.8);
    expect(rate(/\*\*[^*\n]+\*\*/)).toBeGreaterThan(0.8);
    expect(rate(/[^`]`[^`\n]+`[^`]/)).toBeGreaterThan(0.8);
    expect(rate(/(^|[^(])https:\/\/docs\.example\.org\/\S+(\s|$)/m)).toBe(1);
    expect(rate(/^\|---/m)).toBeGreaterThan(0.4);
    expect(rate(/[^$]\$[^$\s][^$\n]*[^$\s]\$[^$\d]/)).toBeGreaterThan(0.25);
    expect(rate(/^\$\$\n[^$]+\n\$\$$/m)).toBeGreaterThan(0.15);
    expect(rate(/^::: tip/m)).toBeGreaterThan(0.15);
    expect(rate(/^::: warning/m)).toBeGreaterThan(0.15);
    for (const article of articles) {
      expect(article.text.match(/^::: \w+/gm)?.length ?? 0, article.path).toBe(article.text.match(/^:::$/gm)?.length ?? 0);
    }
  });

  it("has 4–8 fenced code blocks in each article, of 5–40 lines", () => {
    for (const article of articles) {
      const blocks = [...article.text.matchAll(/^```\w+\n([\s\S]*?)\n```$/gm)].map(([, code]) => code!.split("\n").length);
      expect(blocks.length, article.path).toBeGreaterThanOrEqual(4);
      expect(blocks.length, article.path).toBeLessThanOrEqual(8);
      for (const lines of blocks) expect(lines, article.path).toBeGreaterThanOrEqual(5);
      for (const lines of blocks) expect(lines, article.path).toBeLessThanOrEqual(40);
    }
  });

  it("writes a notebook with the text its Markdown form would have, opening and closing included", async () => {
    for (const { path, text } of articles.filter((article) => article.notebook)) {
      const index = Number(/-(\d{5})\.ipynb$/.exec(path)![1]);
      const { plan } = await realisticArticle(index, SEED);
      const asMarkdown = markdownText(tutorialShape(plan, SEED));
      const fences = (source: string) => [...source.matchAll(/^```\w+\n([\s\S]*?)\n```$/gm)].map(([, code]) => code);
      expect(fences(text), path).toEqual(fences(asMarkdown));
      expect(text, path).toContain("## 参考资料");
      expect(text.split("\n").slice(0, 12).join("\n"), path).toBe(asMarkdown.split("\n").slice(0, 12).join("\n"));
    }
  });

  it("writes images sharp decodes, at the sizes eleventy-img makes widths of, each one different", async () => {
    const images = [...files].filter(([path]) => /\.(png|jpg)$/.test(path));
    expect(images.length).toBeGreaterThan(COUNT * 0.7);
    expect(new Set(images.map(([, bytes]) => bytes.toString("base64"))).size).toBe(images.length);
    for (const [path, bytes] of images) {
      const image = await decodeImage(bytes);
      expect(image.format, path).toBe(path.endsWith(".jpg") ? "jpeg" : "png");
      const text = files.get(`${dirname(path)}/index.md`)!.toString("utf8");
      const wideFigure = new RegExp(`\\|wide\\]\\(${posix.basename(path)}\\)`).test(text);
      const expected = path.includes("/cover.") || wideFigure ? [1200, 600] : [800, 450];
      expect([image.width, image.height], path).toEqual(expected);
      // Flat areas: a few kilobytes, not the megabytes of a photograph.
      expect(bytes.length, path).toBeLessThan(40_000);
    }
  });
});
