// How a Kiln command ends on error: an author's mistake prints its message only; anything else is a bug in Kiln.
import { findKilnError } from "../errors.ts";
import { UsageError } from "./args.ts";

/** Prints the error for a person and exits with status 1. */
export function exitWithError(error: unknown): never {
  const kilnError = findKilnError(error);
  if (kilnError) {
    process.stderr.write(`\n[kiln] ${kilnError.message}\n`);
  } else if (error instanceof UsageError) {
    process.stderr.write(`[kiln] ${error.message}\n`);
  } else {
    process.stderr.write(`[kiln] internal error (a bug in Kiln, please report it):\n`);
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
}
