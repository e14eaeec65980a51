// The benchmark corpus: byte-identical for a seed, and one article in ten a valid notebook carrying exactly the text
// its Markdown form would have, with outputs (text, images that decode, ANSI tracebacks).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleShape } from "../../src/bench/article-shape.ts";
import { makeArticle, makeCorpus, markdownText } from "../../src/bench/make-corpus.ts";
import { PNG_SIGNATURE, pngChunks } from "./png-chunks.ts";

const COUNT = 200;
const SEED = 1;

interface Output {
  output_type: string;
  data?: Record<string, string | string[]>;
  traceback?: string[];
}
interface Cell {
  cell_type: string;
  id: string;
  metadata: object;
  source: string[];
  execution_count?: number;
  outputs?: Output[];
}
interface Notebook {
  cells: Cell[];
  metadata: { kernelspec: { language: string } };
  nbformat: number;
  nbformat_minor: number;
}

/** Every file below a folder (all text), by relative path. */
async function filesOf(folder: string): Promise<Map<string, string>> {
  const paths = (await readdir(folder, { recursive: true })).sort();
  const files = new Map<string, string>();
  for (const path of paths) if (path.includes(".")) files.set(path, await readFile(join(folder, path), "utf8"));
  return files;
}

/** The article index in a corpus path (`ai/article-00090.ipynb` → 90). */
const indexOf = (path: string): number => Number(/article-(\d+)\./.exec(path)![1]);

describe("benchmark corpus", () => {
  let folders: string[];
  let files: Map<string, string>;
  let notebooks: Array<{ path: string; notebook: Notebook }>;

  beforeAll(async () => {
    folders = await Promise.all([mkdtemp(join(tmpdir(), "kiln-corpus-")), mkdtemp(join(tmpdir(), "kiln-corpus-"))]);
    for (const folder of folders) await makeCorpus(folder, COUNT, SEED);
    files = await filesOf(folders[0]!);
    notebooks = [...files]
      .filter(([path]) => path.endsWith(".ipynb"))
      .map(([path, text]) => ({ path, notebook: JSON.parse(text) as Notebook }));
  });
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  it("is byte-identical for the same seed, and another seed gives other articles", async () => {
    expect(await filesOf(folders[1]!)).toEqual(files);
    expect(makeArticle(7, SEED + 1).text).not.toBe(makeArticle(7, SEED).text);
  });

  it("makes one article in ten a notebook, in every section", () => {
    const articles = [...files.keys()].filter((path) => !path.endsWith("_index.md"));
    expect(articles).toHaveLength(COUNT);
    expect(notebooks).toHaveLength(COUNT / 10);
    expect(new Set(notebooks.map(({ path }) => path.split("/")[0])).size).toBe(10);
  });

  it("writes notebooks as nbformat 4 JSON, front matter in a raw first cell", () => {
    for (const { path, notebook } of notebooks) {
      expect([notebook.nbformat, notebook.nbformat_minor], path).toEqual([4, 5]);
      expect(notebook.metadata.kernelspec.language, path).toBe("python");
      expect(notebook.cells[0]!.cell_type, path).toBe("raw");
      expect(notebook.cells[0]!.source.join(""), path).toMatch(/^---\n[\s\S]*\n---$/);
      for (const cell of notebook.cells) {
        expect(Object.keys(cell), path).toEqual(expect.arrayContaining(["cell_type", "id", "metadata", "source"]));
        if (cell.cell_type === "code") expect(Object.keys(cell), path).toEqual(expect.arrayContaining(["execution_count", "outputs"]));
      }
    }
  });

  it("carries the front matter, prose and code its Markdown form would have", () => {
    for (const { path, notebook } of notebooks) {
      const markdown = markdownText(articleShape(indexOf(path), SEED));
      const fences = [...markdown.matchAll(/^```\w+\n([\s\S]*?)\n```$/gm)].map((fence) => fence[1]);
      const cellText = (type: string) => notebook.cells.filter((cell) => cell.cell_type === type).map((cell) => cell.source.join(""));
      expect(cellText("code"), path).toEqual(fences);
      expect(markdown.startsWith(`${cellText("raw")[0]}\n`), path).toBe(true);
      for (const text of cellText("markdown")) expect(markdown, path).toContain(`\n${text}\n`);
      expect(cellText("markdown"), path).toHaveLength(fences.length);
    }
  });

  it("has outputs: stdout in every code cell, an image in half of the notebooks, an ANSI traceback in one in five", () => {
    const outputs = (notebook: Notebook) => notebook.cells.flatMap((cell) => cell.outputs ?? []);
    for (const { path, notebook } of notebooks) {
      for (const cell of notebook.cells.filter((cell) => cell.cell_type === "code")) expect(cell.outputs![0]!.output_type, path).toBe("stream");
      expect(outputs(notebook).some((output) => output.output_type === "execute_result"), path).toBe(true);
    }
    const withImage = notebooks.filter(({ notebook }) => outputs(notebook).some((output) => output.data?.["image/png"]));
    const withError = notebooks.filter(({ notebook }) => outputs(notebook).some((output) => output.output_type === "error"));
    expect(withImage).toHaveLength(notebooks.length / 2);
    expect(withError).toHaveLength(notebooks.length / 5);
    for (const { notebook } of withError) {
      expect(outputs(notebook).find((output) => output.output_type === "error")!.traceback!.join("\n")).toContain("\u001b[0;31mValueError\u001b[0m");
    }
  });

  it("embeds PNGs that decode to 48×32 RGB, a different one in each notebook", () => {
    const images = notebooks.flatMap(({ notebook }) =>
      notebook.cells.flatMap((cell) => cell.outputs ?? []).flatMap((output) => (output.data?.["image/png"] as string | undefined) ?? []),
    );
    expect(images).toHaveLength(notebooks.length / 2);
    expect(new Set(images).size).toBe(images.length);
    for (const image of images) {
      const png = Buffer.from(image, "base64");
      expect(png.subarray(0, 8).toString("hex")).toBe(PNG_SIGNATURE);
      const chunks = pngChunks(png);
      const header = chunks.find((chunk) => chunk.type === "IHDR")!.data;
      expect([header.readUInt32BE(0), header.readUInt32BE(4)]).toEqual([48, 32]);
      const idat = Buffer.concat(chunks.filter((chunk) => chunk.type === "IDAT").map((chunk) => chunk.data));
      expect(inflateSync(idat).length).toBe(32 * (1 + 48 * 3));
    }
  });
});
