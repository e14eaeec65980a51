// Starts Debian's Chromium headless with a fresh profile and its DevTools port open, for Lighthouse to drive.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where Debian installs Chromium (`apt-get install chromium`); `KILN_CHROMIUM` overrides it. */
export const CHROMIUM_PATH = process.env["KILN_CHROMIUM"] ?? "/usr/bin/chromium";

/** The flags this machine needs: no sandbox (root in a container), no GPU, nothing that phones home. */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A running Chromium: its DevTools port and how to stop it. */
export interface RunningChromium {
  port: number;
  close(): Promise<void>;
}

/**
 * Launches Chromium; `dark` makes `prefers-color-scheme: dark` match (`--force-dark-mode`), which is how a reader
 * in dark mode meets a page whose theme is "auto".
 */
export async function launchChromium(options: { dark: boolean }): Promise<RunningChromium> {
  const profile = await mkdtemp(join(tmpdir(), "kiln-lighthouse-"));
  const args = [...CHROMIUM_FLAGS, ...(options.dark ? ["--force-dark-mode"] : []), "--remote-debugging-port=0", `--user-data-dir=${profile}`];
  const child = spawn(CHROMIUM_PATH, [...args, "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
  const port = await new Promise<number>((done, fail) => {
    let seen = "";
    child.stderr.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) done(Number(match[1]));
    });
    child.on("error", fail);
    child.on("exit", (code) => fail(new Error(`${CHROMIUM_PATH} exited (${code}) before opening DevTools:\n${seen}`)));
  });
  return {
    port,
    close: async () => {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill();
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}
