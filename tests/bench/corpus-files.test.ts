// What the benchmark's measurements read of a corpus: the floor renders every article of both corpora (page bundles'
// index.md and notebooks included), and the edit measurements pick a published Markdown article of its own file.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editedArticle, floorFiles } from "../../src/bench/corpus-files.ts";
import { makeCorpus } from "../../src/bench/make-corpus.ts";
import { makeRealisticCorpus } from "../../src/bench/make-realistic-corpus.ts";

const COUNT = 60;

describe("benchmark corpus files", () => {
  let realistic: string;
  let plain: string;

  beforeAll(async () => {
    [realistic, plain] = await Promise.all([mkdtemp(join(tmpdir(), "kiln-realistic-")), mkdtemp(join(tmpdir(), "kiln-plain-"))]);
    await makeRealisticCorpus(realistic, COUNT);
    await makeCorpus(plain, COUNT);
  });
  afterAll(() => Promise.all([realistic, plain].map((folder) => rm(folder, { recursive: true, force: true }))));

  it("gives the floor every article of the realistic corpus: page bundles' index.md and notebooks, and the sections", async () => {
    const files = await floorFiles(realistic);
    expect(files.filter((file) => !file.endsWith("_index.md"))).toHaveLength(COUNT);
    expect(files.filter((file) => file.endsWith("/index.md")).length).toBeGreaterThan(COUNT / 2);
    expect(files.filter((file) => file.endsWith(".ipynb"))).toHaveLength(COUNT / 10);
    expect(files.filter((file) => file.endsWith("_index.md"))).toHaveLength(8);
    expect(files.some((file) => /\.(png|jpg)$/.test(file))).toBe(false);
  });

  it("gives the floor every article of the image-less corpus", async () => {
    expect((await floorFiles(plain)).filter((file) => !file.endsWith("_index.md"))).toHaveLength(COUNT);
  });

  it("edits a published Markdown article of its own file in both corpora", async () => {
    for (const folder of [realistic, plain]) {
      const file = await editedArticle(folder);
      expect(file).toMatch(/^[a-z]+\/[^/]+\.md$/);
      expect(file).not.toMatch(/(^|\/)_?index\.md$/);
      expect(await readFile(join(folder, file), "utf8")).toMatch(/^draft: false$/m);
    }
  });

  it("edits in the image-less corpus the article its earlier figures edited: the middle of its sorted Markdown files", async () => {
    const markdown = (await floorFiles(plain)).filter((file) => file.endsWith(".md") && !file.endsWith("_index.md"));
    expect(await editedArticle(plain)).toBe(markdown[Math.floor(markdown.length / 2)]);
  });
});
