// How a Kiln command ends on error: an author's mistake prints its message only; anything else is a bug in Kiln.
import { findKilnError } from "../errors.ts";
import { UsageError } from "./args.ts";

/** Eleventy marks errors it has already printed (EleventyErrorHandler#once) so nothing prints twice. */
function printedByEleventy(error: unknown): boolean {
  return typeof error === "object" && error !== null && "__errorAlreadyLogged" in error;
}

/** Prints the error for a person (unless Eleventy just did) and exits with status 1. */
export function exitWithError(error: unknown): never {
  const kilnError = findKilnError(error);
  if (error instanceof UsageError) {
    process.stderr.write(`[kiln] ${error.message}\n`);
  } else if (kilnError && printedByEleventy(error)) {
    process.stderr.write(`[kiln] failed with ${kilnError.problems.length} problem(s), listed above; nothing was written\n`);
  } else if (kilnError) {
    process.stderr.write(`[kiln] ${kilnError.message}\n`);
  } else if (!printedByEleventy(error)) {
    process.stderr.write(`[kiln] internal error (a bug in Kiln, please report it):\n`);
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
}
