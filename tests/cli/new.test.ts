// `npm run new`: scaffolds a valid draft where its category lives, never overwrites, rejects bad slugs.
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { readArticleText } from "../../src/notebooks/article-text.ts";
import { validateArticle } from "../../src/schema/validate-article.ts";
import { runKiln } from "../build/run-kiln.ts";

describe("npm run new", () => {
  let content: string;

  beforeEach(async () => {
    content = join(await mkdtemp(join(tmpdir(), "kiln-new-")), "content");
    await mkdir(join(content, "ai"), { recursive: true });
    await writeFile(join(content, "ai/existing.md"), '---\ntitle: Existing\ndate: 2025-01-01\ncategories: ["人工智能"]\n---\n');
  });

  it("creates a valid draft in the folder of its category, named from the Chinese title", async () => {
    const result = await runKiln("new", ["深度学习：从零开始", "--category", "人工智能", "--tags", "入门, Python", `--input=${content}`]);
    expect(result.code, result.stderr).toBe(0);
    const file = join(content, "ai/深度学习-从零开始.md");
    expect(result.stdout).toContain(`created ${file} (draft: true)`);
    expect(result.stdout).toContain("preview: npm start, then open http://localhost:8080/ai/深度学习-从零开始/");
    const { article, problems } = validateArticle(file, await readFile(file, "utf8"));
    expect(problems).toEqual([]);
    expect(article).toMatchObject({ title: "深度学习：从零开始", draft: true, categories: ["人工智能"], tags: ["入门", "Python"] });
    expect(article?.date?.text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
    expect(Math.abs(article!.date!.instant.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("uses --slug for the file name and a new folder for a new category", async () => {
    const result = await runKiln("new", ["Rust 所有权", "--slug", "rust-ownership", "--category", "Systems", `--input=${content}`]);
    expect(result.code, result.stderr).toBe(0);
    const text = await readFile(join(content, "systems/rust-ownership.md"), "utf8");
    expect(text).toContain('title: "Rust 所有权"');
  });

  it("scaffolds a notebook with --notebook: front matter in a raw first cell, read back as a valid draft", async () => {
    const result = await runKiln("new", ["线性回归笔记", "--notebook", "--category", "人工智能", `--input=${content}`]);
    expect(result.code, result.stderr).toBe(0);
    const file = join(content, "ai/线性回归笔记.ipynb");
    expect(result.stdout).toContain(`created ${file} (draft: true)`);
    expect(result.stdout).toContain("http://localhost:8080/ai/线性回归笔记/");
    expect(result.stdout).toContain("publish: set draft: false in its first cell");
    const notebook = JSON.parse(await readFile(file, "utf8")) as { nbformat: number; cells: { cell_type: string; source: string[] }[] };
    expect(notebook.nbformat).toBe(4);
    expect(notebook.cells.map((cell) => cell.cell_type)).toEqual(["raw", "markdown", "code"]);
    const { text } = readArticleText(file, await readFile(file));
    const { article, problems } = validateArticle(file, text);
    expect(problems).toEqual([]);
    expect(article).toMatchObject({ title: "线性回归笔记", draft: true, categories: ["人工智能"] });
  });

  it("refuses to overwrite an existing file and leaves it untouched", async () => {
    const result = await runKiln("new", ["Existing", `--input=${content}`, "--slug", "existing", "--category", "人工智能"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("ai/existing.md: a file with this name already exists and was left as it is");
    expect(result.stderr).toContain("fix: choose another name with --slug");
    expect(await readFile(join(content, "ai/existing.md"), "utf8")).toContain("title: Existing");
  });

  it("rejects a slug that would leave the folder, and a missing title", async () => {
    const bad = await runKiln("new", ["X", "--slug", "../escape", `--input=${content}`]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--slug "../escape" is not a URL-safe slug: it contains "/"');
    const none = await runKiln("new", [`--input=${content}`]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("the new article needs a title");
    expect(none.stderr).toContain('usage: npm run new -- "标题"');
  });
});
