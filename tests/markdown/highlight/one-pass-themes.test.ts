// Kiln's highlighter (one tokenization for both themes, grammars loaded on demand) gives byte for byte the HTML of
// shiki's own dual-theme codeToHtml with every grammar loaded, over the example site, every language and a corpus.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCorpus } from "../../../src/bench/make-corpus.ts";
import type { HighlightJob } from "../../../src/markdown/highlight/highlight-cache.ts";
import { createKilnHighlighter, KILN_LANGUAGES, type KilnLanguage } from "../../../src/markdown/highlight/highlighter.ts";
import { fencesOf, shikiReference } from "./shiki-reference.ts";

const projectRoot = resolve(import.meta.dirname, "../../..");
/** Fence metas each sample block is also highlighted with: line highlights, line numbers, a title. */
const METAS = ["", "{1,3} showLineNumbers", 'title="a.txt" {2-4}'];


describe("one tokenization for both themes", () => {
  let blocks: HighlightJob[];
  let expected: string[];
  let corpus: string;

  beforeAll(async () => {
    corpus = await mkdtemp(join(tmpdir(), "kiln-one-pass-"));
    await makeCorpus(corpus, 40);
    const samples = await fencesOf(join(projectRoot, "tests/fixtures/highlight"));
    blocks = [
      ...(await fencesOf(join(projectRoot, "content"))),
      ...samples.flatMap((job) => METAS.map((meta) => ({ ...job, meta }))),
      ...(await fencesOf(corpus)),
    ];
    // The reference: shiki's own path, as Kiln highlighted before (every grammar loaded, one tokenization per theme).
    expected = await shikiReference(blocks);
  });
  afterAll(() => rm(corpus, { recursive: true, force: true }));

  /** Highlights the blocks in `order` with a fresh Kiln highlighter; lists the blocks whose HTML differs. */
  async function mismatches(order: readonly number[]): Promise<string[]> {
    const highlighter = await createKilnHighlighter();
    try {
      return order
        .filter((index) => {
          const { code, language, meta } = blocks[index]!;
          return highlighter.codeToHtml(code, language as Exclude<KilnLanguage, "text">, meta) !== expected[index];
        })
        .map((index) => `${blocks[index]!.language} ${JSON.stringify(blocks[index]!.meta)}: ${blocks[index]!.code.slice(0, 60)}`);
    } finally {
      highlighter.dispose();
    }
  }

  it("checks hundreds of blocks in every language Kiln highlights", () => {
    expect(blocks.length).toBeGreaterThan(300);
    expect(new Set(blocks.map((block) => block.language))).toEqual(new Set(KILN_LANGUAGES));
  });

  it("gives shiki's dual-theme HTML byte for byte", async () => {
    expect(await mismatches(blocks.map((_, index) => index))).toEqual([]);
  });

  it("gives the same HTML when the blocks come in another order (grammars load on demand)", async () => {
    expect(await mismatches(blocks.map((_, index) => blocks.length - 1 - index))).toEqual([]);
  });
});
