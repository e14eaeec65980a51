// Dev server: a save that changed an article's body alone is written before Eleventy's rebuild starts, exactly as
// the rebuild then writes it; any other save waits for the rebuild.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "./run-kiln.ts";

interface Observed {
  atRebuildStart: string;
  afterRebuild: string;
}

/** Saves each text in turn over `published.md` of a watched copy of the drafts fixture (early-writes-probe.ts). */
function observeSaves(input: string, output: string, texts: string[]): Promise<Observed[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", "tests/build/early-writes-probe.ts", input, output, "published.md", "published/index.html"],
      { cwd: projectRoot, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        // Eleventy and Kiln print their lines too: the probe's own are the JSON ones.
        else resolve(stdout.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Observed));
      },
    );
    child.stdin?.end(JSON.stringify(texts));
  });
}

describe("early article writes (dev server)", () => {
  let input: string;
  let observed: Observed[];
  let original: string;

  beforeAll(async () => {
    // Inside the project: Eleventy's watcher only follows edits below the working folder (see serve-site.ts).
    input = join(projectRoot, "tests", `early-input-${process.pid}`);
    await cp(join(projectRoot, "tests/fixtures/sites/drafts"), input, { recursive: true });
    original = await readFile(join(input, "published.md"), "utf8");
    const output = join(await mkdtemp(join(tmpdir(), "kiln-early-")), "dev");
    observed = await observeSaves(input, output, [
      original.replace("First version.", "Second version."),
      original.replace("title: Published", "title: Renamed").replace("First version.", "Second version."),
      original.replace("title: Published", "title: Renamed").replace("First version.", '新的代码：\n\n```python\nprint("third")\n```'),
    ]);
  }, 150_000);

  afterAll(async () => {
    await rm(input, { recursive: true, force: true });
  });

  it("writes a body-only save before the rebuild, byte for byte as the rebuild writes it", () => {
    const [save] = observed;
    expect(save?.atRebuildStart).toContain("Second version.");
    expect(save?.atRebuildStart).not.toContain("First version.");
    expect(save?.afterRebuild).toBe(save?.atRebuildStart);
  });

  it("leaves a front matter change to the rebuild: the page waits for the new title", () => {
    const [, save] = observed;
    expect(save?.atRebuildStart).toContain("<title>Published");
    expect(save?.afterRebuild).toContain("<title>Renamed");
    expect(save?.afterRebuild).toContain("Second version.");
  });

  it("writes the next body-only save early again, highlighted code included", () => {
    const [, , save] = observed;
    expect(save?.atRebuildStart).toContain("<title>Renamed");
    expect(save?.atRebuildStart).toMatch(/<pre class="shiki[^"]*"/);
    expect(save?.atRebuildStart).toContain("third");
    expect(save?.afterRebuild).toBe(save?.atRebuildStart);
  });
});
