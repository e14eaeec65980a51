// Test helper: `npm start` in a child process over a copy of a fixture site, for tests that save files under it.
import { spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "./run-kiln.ts";

/** A running dev server and the fixture copy it watches. */
export interface DevServer {
  /** The copy of the fixture, which tests edit. */
  input: string;
  /** The dev site's folder. */
  output: string;
  /** Everything the server printed so far. */
  log(): string;
  /** Stops the server and removes the copy. */
  stop(): Promise<void>;
}

/** Copies `tests/fixtures/sites/<fixture>` and serves it on `port`. */
export async function startDevServer(fixture: string, port: number): Promise<DevServer> {
  // Inside the project: Eleventy's watcher only follows edits below the working folder (see serve-site.ts).
  const input = join(projectRoot, "tests", `${fixture}-input-${port}-${process.pid}`);
  await cp(join(projectRoot, "tests/fixtures/sites", fixture), input, { recursive: true });
  const output = join(await mkdtemp(join(tmpdir(), "kiln-serve-")), "dev");
  const server = spawn(process.execPath, ["--import", "tsx", "src/cli/serve.ts", `--input=${input}`, `--output=${output}`, `--port=${port}`], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  return {
    input,
    output,
    log: () => log,
    stop: async () => {
      server.kill();
      await rm(input, { recursive: true, force: true });
    },
  };
}
