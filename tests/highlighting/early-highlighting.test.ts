// A build hands its articles to the highlighting workers before reading them only when it will surely need them.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { earlyFiles } from "../../src/highlighting/early-highlighting.ts";
import type { HighlightingOptions } from "../../src/highlighting/highlighting-options.ts";

describe("earlyFiles", () => {
  let input: string;
  const options = (overrides: Partial<HighlightingOptions> = {}): HighlightingOptions => ({
    workers: 2,
    cacheFile: null,
    poolThreshold: 30,
    ...overrides,
  });

  beforeAll(async () => {
    // Ten articles, one in a section folder; a dot folder's file is no article.
    input = await mkdtemp(join(tmpdir(), "kiln-early-workers-"));
    await mkdir(join(input, "guide"));
    await mkdir(join(input, ".notes"));
    for (let index = 0; index < 9; index++) await writeFile(join(input, `a${index}.md`), "# a\n");
    await writeFile(join(input, "guide", "b.md"), "# b\n");
    await writeFile(join(input, ".notes", "c.md"), "# c\n");
  });

  it("gives every article, as an absolute path in file order, for an empty cache and enough articles (3 blocks each)", async () => {
    const expected = [...Array.from({ length: 9 }, (_, index) => join(input, `a${index}.md`)), join(input, "guide", "b.md")];
    expect(await earlyFiles(input, false, options())).toEqual(expected);
    expect(await earlyFiles(input, false, options({ poolThreshold: 31 }))).toBeUndefined();
  });

  it("waits for the articles when anything is cached, on one worker, or when the folder cannot be read", async () => {
    expect(await earlyFiles(input, true, options())).toBeUndefined();
    expect(await earlyFiles(input, false, options({ workers: 1 }))).toBeUndefined();
    expect(await earlyFiles(join(input, "missing"), false, options())).toBeUndefined();
  });
});
