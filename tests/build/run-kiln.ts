// Test helper: runs Kiln's real commands in a child process and reads what they wrote with a real HTML parser.
import { load, type CheerioAPI } from "cheerio";
import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The Kiln project folder. */
export const projectRoot = resolve(import.meta.dirname, "../..");

/** What a command printed and how it ended. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `src/cli/<command>.ts` with arguments, from the project folder. With `timeout` (ms) the child
 * is killed when it runs longer (a hang then fails the test instead of leaving a process behind).
 */
export function runKiln(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, timeout = 0): Promise<CommandResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", join(projectRoot, "src/cli", `${command}.ts`), ...args],
      { cwd: projectRoot, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, timeout },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A built site in a temporary folder. */
export interface BuiltSite extends CommandResult {
  output: string;
  /** Parses a page of the site (`tags/百科/index.html`). */
  page(path: string): Promise<CheerioAPI>;
  /** Reads a file of the site as text. */
  text(path: string): Promise<string>;
}

/** Builds a folder of articles into a fresh temporary folder (killed after `timeout` ms when given; `env` adds variables). */
export async function buildSite(
  input: string,
  extraArgs: readonly string[] = [],
  timeout = 0,
  env: NodeJS.ProcessEnv = {},
): Promise<BuiltSite> {
  const output = join(await mkdtemp(join(tmpdir(), "kiln-test-")), "site");
  const result = await runKiln("build", [`--input=${input}`, `--output=${output}`, ...extraArgs], env, timeout);
  const text = (path: string) => readFile(join(output, path), "utf8");
  return { ...result, output, text, page: async (path) => load(await text(path)) };
}
