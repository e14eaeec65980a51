// The example site is byte-identical with and without the caches (highlighting, images), cold or warm, on 1 or 2
// workers.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runKiln, type CommandResult } from "./run-kiln.ts";

/** Every file of a site, path → hash of its bytes. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const entries = await Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(folder.length), createHash("sha256").update(await readFile(path)).digest("hex")] as const;
    }),
  );
  return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
}

describe("highlighting is deterministic", () => {
  let root: string;
  const build = async (name: string, env: NodeJS.ProcessEnv): Promise<[CommandResult, Map<string, string>]> => {
    const output = join(root, name);
    const result = await runKiln("build", ["--input=content", `--output=${output}`], env);
    expect(result.code, result.stderr).toBe(0);
    return [result, await snapshot(output)];
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "kiln-determinism-"));
  });

  it("gives the same site with no cache on one worker, a cold cache on two workers, and a warm cache", async () => {
    const cacheFile = join(root, "highlight.bin");
    const [, plain] = await build("plain", { KILN_CACHE: "off", KILN_WORKERS: "1" });
    const [, cold] = await build("cold", { KILN_CACHE: cacheFile, KILN_WORKERS: "2", KILN_POOL_THRESHOLD: "1" });
    const [, warm] = await build("warm", { KILN_CACHE: cacheFile, KILN_WORKERS: "2" });
    expect(plain.size).toBeGreaterThan(20);
    expect([...cold.keys()]).toEqual([...plain.keys()]);
    const differing = (other: Map<string, string>) => [...plain].filter(([path, hash]) => other.get(path) !== hash).map(([path]) => path);
    expect(differing(cold)).toEqual([]);
    expect(differing(warm)).toEqual([]);
  });

  it("discards a corrupt cache with a warning and still builds the same site", async () => {
    const cacheFile = join(root, "corrupt.bin");
    // A cache's header, then bytes that are no index.
    await writeFile(cacheFile, "KILNHC1\n<pre>cut off before its index</pre>");
    const [result] = await build("corrupt", { KILN_CACHE: cacheFile });
    expect(result.stderr).toContain("the highlight cache could not be read");
    expect(result.stderr).toContain("fix: nothing to do: it is rebuilt by this build");
  });
});
