// How a Kiln command ends on error: an author's mistake prints its message only; anything else is a bug in Kiln.
import { findKilnError } from "../errors.ts";
import { UsageError } from "./args.ts";

/** Eleventy marks errors it has already printed (EleventyErrorHandler#once) so nothing prints twice. */
function printedByEleventy(error: unknown): boolean {
  return typeof error === "object" && error !== null && "__errorAlreadyLogged" in error;
}

/** What a command tells {@link exitWithError} about itself. */
export interface ExitOptions {
  /** What a failed command left as it was (a build: the output folder), said after the count of problems. */
  unwritten?: string;
  /** Whether Eleventy's logger printed (a build silences it unless --verbose; its errors are marked all the same). */
  eleventyPrints?: boolean;
}

/** Prints the error for a person (unless Eleventy just did) and exits with status 1. */
export function exitWithError(error: unknown, { unwritten, eleventyPrints = true }: ExitOptions = {}): never {
  const kilnError = findKilnError(error);
  const printed = eleventyPrints && printedByEleventy(error);
  if (error instanceof UsageError) {
    process.stderr.write(`[kiln] ${error.message}\n`);
  } else if (kilnError) {
    if (!printed) process.stderr.write(`[kiln] ${kilnError.message}\n`);
    if (unwritten !== undefined) process.stderr.write(`[kiln] failed with ${kilnError.problems.length} problem(s), listed above; ${unwritten}\n`);
    if (kilnError.next !== undefined) process.stderr.write(`[kiln] ${kilnError.next}\n`);
  } else if (!printed) {
    process.stderr.write(`[kiln] internal error (a bug in Kiln, please report it):\n`);
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
}
