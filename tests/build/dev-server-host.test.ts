// Safe default: `npm start` answers on localhost only (it shows drafts); other addresses of the machine are refused.
import { spawn, type ChildProcess } from "node:child_process";
import { get } from "node:http";
import { mkdtemp } from "node:fs/promises";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "./run-kiln.ts";

const port = 19_000 + (process.pid % 1000);

/** The status of a GET, or the error code when nothing answers (ECONNREFUSED). */
function status(host: string): Promise<number | string> {
  return new Promise((resolve) => {
    get({ host, port, path: "/", timeout: 5_000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on("timeout", function (this: { destroy(): void }) {
        this.destroy();
      })
      .on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/** Every address of this machine that is not loopback, plus a loopback address other than 127.0.0.1. */
function otherAddresses(): string[] {
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((address) => address !== undefined && !address.internal && address.family === "IPv4")
    .map((address) => address?.address ?? "");
  return ["127.0.0.2", ...external];
}

describe("dev server address", () => {
  let server: ChildProcess;

  beforeAll(async () => {
    const output = join(await mkdtemp(join(tmpdir(), "kiln-serve-host-")), "dev");
    server = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/serve.ts", "--input=tests/fixtures/sites/drafts", `--output=${output}`, `--port=${port}`],
      { cwd: projectRoot, stdio: "ignore" },
    );
    const deadline = Date.now() + 60_000;
    while ((await status("localhost")) !== 200 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 250));
  });

  afterAll(() => {
    server.kill();
  });

  it("answers on localhost", async () => {
    expect(await status("localhost")).toBe(200);
  });

  it("refuses connections on the machine's other addresses", async () => {
    const results = await Promise.all(otherAddresses().map(async (host) => [host, await status(host)] as const));
    expect(results).toEqual(otherAddresses().map((host) => [host, "ECONNREFUSED"]));
  });
});
