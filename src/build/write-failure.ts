// Write failures of the machine (full disk, read-only or forbidden folder, a file in the way) told as what and
// how to fix it: they are no bug in Kiln and no author's mistake, so they get no stack trace either.
import { KilnError } from "../errors.ts";
import { displayPath } from "../report/display-path.ts";

/** The system error codes of a folder or disk that cannot take the site, with what they mean and the fix. */
const WRITE_FAILURES: Readonly<Record<string, { what: string; fix: string }>> = {
  ENOSPC: { what: "the disk is full", fix: "free space on the disk, then build again" },
  EDQUOT: { what: "the disk quota is used up", fix: "free space within your quota, then build again" },
  EFBIG: { what: "a file size limit was reached (ulimit -f, or the disk is full)", fix: "raise the limit or free space, then build again" },
  EROFS: { what: "the file system is read-only", fix: "choose an output folder on a writable disk: --output=DIR" },
  EACCES: { what: "permission denied", fix: "let the user running the build write to that folder, or choose another: --output=DIR" },
  EPERM: { what: "the operation is not permitted", fix: "let the user running the build write to that folder, or choose another: --output=DIR" },
  ENOTDIR: { what: "part of the path is a file, not a folder", fix: "move that file away, or choose another output folder: --output=DIR" },
  EEXIST: { what: "part of the path is a file, not a folder", fix: "move that file away, or choose another output folder: --output=DIR" },
};

/** A Node system error: a code such as ENOSPC and, for most calls, the path. */
interface SystemError extends Error {
  code: string;
  path?: string;
  syscall?: string;
}

/** The first system error with a write-failure code in a chain of wrapped errors (Eleventy wraps them twice). */
function findWriteFailure(error: unknown): SystemError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    const code = (current as Partial<SystemError>).code;
    if (typeof code === "string" && code in WRITE_FAILURES) return current as SystemError;
    const wrapped = current as Error & { originalError?: unknown };
    current = wrapped.originalError ?? wrapped.cause;
  }
  return undefined;
}

/**
 * The error to show when writing the site into `output` failed because of the machine, or `undefined` for any
 * other error. The message says the output was left as it was: builds write into a staging folder first.
 */
export function writeFailure(error: unknown, output: string): KilnError | undefined {
  const failure = findWriteFailure(error);
  if (!failure) return undefined;
  const { what, fix } = WRITE_FAILURES[failure.code] ?? { what: failure.code, fix: "check the output folder" };
  return new KilnError("The site could not be written", [
    {
      location: { file: displayPath(failure.path ?? output) },
      message: `${what} (${failure.code} in ${failure.syscall ?? "write"}); ${displayPath(output)} was left as it was`,
      hint: fix,
    },
  ]);
}

/** Eleventy's console logger, as far as {@link hideWriteFailureStacks} uses it. */
interface ConsoleLike {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  info(message: string): void;
}

/** Eleventy's "Original error stack trace" paragraph of an error that {@link writeFailure} explains. */
const WRITE_FAILURE_STACK = new RegExp(`Original error stack trace: \\w*Error: (${Object.keys(WRITE_FAILURES).join("|")})\\b`);

/**
 * A console for Eleventy's logger that drops the stack trace Eleventy prints for a write failure (it prints one
 * for every error not marked `skipOriginalStack`, and a full disk's error comes from Node, unmarked). Everything
 * else passes through unchanged.
 */
export function hideWriteFailureStacks(target: ConsoleLike = console): ConsoleLike {
  const pass = (method: keyof ConsoleLike) => (message: string) => {
    if (!WRITE_FAILURE_STACK.test(message)) target[method](message);
  };
  return { log: pass("log"), warn: pass("warn"), error: pass("error"), info: pass("info") };
}
