// Build reporter: prints each warning once, in the two-part Kiln format, and counts them for the summary.
import { formatProblem, type Problem } from "../errors.ts";

/** Where a reporter writes; tests pass their own to capture output. */
export type ReportSink = (line: string) => void;

/** Collects warnings of one build; the same warning (same key) is printed only once. */
export interface Reporter {
  /** Prints a warning unless one with the same key was already printed. */
  warn(problem: Problem, key?: string): void;
  /** Prints an informational line. */
  info(line: string): void;
  /** Warnings printed so far. */
  readonly warnings: readonly Problem[];
}

/** Creates a reporter; warnings go to stderr unless a sink is given. */
export function createReporter(sink: ReportSink = (line) => process.stderr.write(`${line}\n`)): Reporter {
  const seen = new Set<string>();
  const warnings: Problem[] = [];
  return {
    warn(problem, key = formatProblem(problem)) {
      if (seen.has(key)) return;
      seen.add(key);
      warnings.push(problem);
      sink(`[kiln] warning: ${formatProblem(problem)}`);
    },
    info(line) {
      sink(`[kiln] ${line}`);
    },
    get warnings() {
      return warnings;
    },
  };
}
