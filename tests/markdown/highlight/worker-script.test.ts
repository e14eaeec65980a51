// The highlight worker runs as plain JavaScript bundled from its TypeScript, and falls back to tsx without a bundle.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { sweepBundles, workerScript } from "../../../src/markdown/highlight/worker-script.ts";

describe("workerScript", () => {
  it("bundles Kiln's worker code into one module that Node runs without a TypeScript loader", async () => {
    const file = workerScript("highlight-worker.ts");
    expect(file).toMatch(/\.cache\/kiln\/workers\/highlight-worker-[0-9a-f]{16}\.mjs$/);
    const text = await readFile(file!, "utf8");
    // Kiln's modules are inside (no import of a .ts file is left); packages stay imports.
    expect(text).not.toMatch(/from\s+["'][^"']+\.ts["']/);
    expect(text).toContain('from "shiki"');
    // The same bundle for the rest of the process.
    expect(workerScript("highlight-worker.ts")).toBe(file);
    // A plain worker thread (no tsx) starts it and hears it is ready.
    const worker = new Worker(file!, { execArgv: [] });
    const ready = await new Promise((done, fail) => {
      worker.once("message", done);
      worker.once("error", fail);
    });
    expect(ready).toBe("ready");
    await worker.terminate();
  });

  it("gives no file for an entry that cannot be bundled", () => {
    expect(workerScript("no-such-worker.ts")).toBeUndefined();
  });

  it("sweeps older bundles and the temporary files of dead processes, never a running build's", async () => {
    const folder = await mkdtemp(join(tmpdir(), "kiln-bundles-"));
    try {
      // A pid no process has (above Linux's pid_max) stands for a build killed between writing and renaming.
      const files = [
        "highlight-worker-1111111111111111.mjs",
        "highlight-worker-2222222222222222.mjs",
        `highlight-worker-3333333333333333.mjs.${process.pid}.tmp`,
        "highlight-worker-4444444444444444.mjs.99999999.tmp",
        "other-worker-5555555555555555.mjs",
      ];
      for (const file of files) await writeFile(join(folder, file), "");
      sweepBundles(folder, "highlight-worker", join(folder, files[1]!));
      expect((await readdir(folder)).sort()).toEqual([files[1], files[2], files[4]]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
