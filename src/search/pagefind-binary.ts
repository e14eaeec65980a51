// Pagefind's binary: found as its npm wrapper finds it, run directly, and a missing one told apart from a failing one.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { arch, platform } from "node:process";
import type { Problem } from "../errors.ts";
import { displayPath } from "../report/display-path.ts";

/** Executable names in the order Pagefind's wrapper (`pagefind/lib/resolveBinary.js`) tries them. */
const EXECUTABLES = ["pagefind_extended", "pagefind"] as const;

/** Thrown when no Pagefind binary can be run: a broken or partial install, not a bug. */
export class PagefindMissingError extends Error {
  /** What is wrong and how to fix it, for a build error or a dev server warning. */
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.message);
    this.name = "PagefindMissingError";
    this.problem = problem;
  }
}

/** The npm package that ships the binary for this machine (`@pagefind/linux-x64`). */
export function pagefindPlatformPackage(): string {
  return `@pagefind/${platform === "win32" ? "windows" : platform}-${arch}`;
}

/**
 * The binary to run, as Pagefind's own wrapper finds it: `PAGEFIND_EXTENDED_BINARY_PATH` or
 * `PAGEFIND_BINARY_PATH` when set (Pagefind's documented override), else the platform package's executable.
 * Throws {@link PagefindMissingError} when the platform package is not installed.
 */
export function pagefindBinary(): string {
  for (const name of EXECUTABLES) {
    const fromEnv = process.env[`${name.toUpperCase()}_BINARY_PATH`];
    if (fromEnv) return fromEnv;
  }
  const require = createRequire(import.meta.url);
  for (const name of EXECUTABLES) {
    try {
      return require.resolve(`${pagefindPlatformPackage()}/bin/${name}${platform === "win32" ? ".exe" : ""}`);
    } catch {
      // Not this one: the wrapper tries the next name too.
    }
  }
  throw missing(`node_modules/${pagefindPlatformPackage()}`, "is not installed");
}

/** The error for a binary that is absent or cannot be executed. */
function missing(where: string, what: string): PagefindMissingError {
  return new PagefindMissingError({
    location: { file: displayPath(where) },
    message: `Pagefind's binary, which writes the search index, ${what}`,
    hint:
      `reinstall the dependencies with npm ci (the binary comes in the optional package ${pagefindPlatformPackage()}: ` +
      "do not omit optional dependencies), or set PAGEFIND_BINARY_PATH to a Pagefind 1.6 binary, " +
      "or build without search: npm run build -- --search=off",
  });
}

/**
 * Runs Pagefind with arguments; resolves with its output. Rejects with {@link PagefindMissingError} when the
 * binary is absent or not executable, and with a plain Error (a bug or a broken binary) when Pagefind fails.
 */
export function runPagefind(args: readonly string[]): Promise<string> {
  return new Promise((done, fail) => {
    let binary: string;
    try {
      binary = pagefindBinary();
    } catch (error) {
      fail(error);
      return;
    }
    execFile(binary, args, { maxBuffer: 16 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === "ENOENT") fail(missing(binary, "was not found there"));
      else if (code === "EACCES") fail(missing(binary, "is not executable (permission denied)"));
      // Any other failure is a bug or a broken binary, never an author's mistake: a plain Error with Pagefind's words.
      else if (error) fail(new Error(`Pagefind failed (${error.message.split("\n")[0]}):\n${stderr}${stdout}`));
      else done(stdout);
    });
  });
}
