// The highlight worker runs as plain JavaScript bundled from its TypeScript, and falls back to tsx without a bundle.
import { readFile } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { workerScript } from "../../src/markdown/worker-script.ts";

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
});
