// A finding of `npm run check`: a Problem with how serious it is.
import { formatProblem, type Problem } from "../errors.ts";

/** An error fails the check (and the build); a warning is printed only. */
export type Severity = "error" | "warning";

/** One problem found in the content. */
export interface Finding extends Problem {
  severity: Severity;
}

/** `file:line: error: message` then the fix, as editors and terminals link it. */
export function formatFinding(finding: Finding): string {
  return formatProblem({ ...finding, message: `${finding.severity}: ${finding.message}` });
}
