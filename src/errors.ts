// KilnError: an author's mistake, told as where it is and how to fix it — never as a stack trace.

/** Where a problem is: a file, and when known its line and the front matter field. */
export interface ProblemLocation {
  /** Path of the file, relative to the project (e.g. `content/ai/intro.md`). */
  file: string;
  /** 1-based line in the file. */
  line?: number;
  /** Front matter field (or site option), when the problem is about one. */
  field?: string;
  /** What kind of field `field` names. @default "front matter" */
  fieldKind?: "front matter" | "site option";
}

/** One thing wrong with the input: what and where, then how to fix it. */
export interface Problem {
  location: ProblemLocation;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it: the expected form or the next step. */
  hint: string;
}

/**
 * How the lines of files that are not the author's text are named in messages, by display path: a notebook is read
 * as Markdown translated from its cells, and its problems are told by cell (`content/x.ipynb:cell 3`).
 */
const lineNames = new Map<string, (line: number) => string>();

/** Names the lines of `file` in every message from now on (`undefined`: plain line numbers again). */
export function nameLines(file: string, name: ((line: number) => string) | undefined): void {
  if (name === undefined) lineNames.delete(file);
  else lineNames.set(file, name);
}

/** Formats a location as `file:line front matter "field"`. */
export function formatLocation({ file, line, field, fieldKind = "front matter" }: ProblemLocation): string {
  const where = line === undefined ? file : `${file}:${lineNames.get(file)?.(line) ?? line}`;
  return field === undefined ? where : `${where} ${fieldKind} "${field}"`;
}

/** Formats one problem on two lines: where + what, then the fix. */
export function formatProblem(problem: Problem): string {
  return `${formatLocation(problem.location)}: ${problem.message}\n  fix: ${problem.hint}`;
}

/**
 * Thrown for problems in the author's input. Carries every problem of one kind so the author
 * sees them all at once; Eleventy prints no stack for it (`skipOriginalStack`).
 */
export class KilnError extends Error {
  readonly problems: readonly Problem[];
  /** Read by Eleventy's error handler: the message says all, a stack would only hide it. */
  readonly skipOriginalStack = true;
  /** A way forward printed after the verdict (how to build anyway), when there is one. */
  readonly next: string | undefined;

  constructor(summary: string, problems: readonly Problem[], next?: string) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`${summary} (${count}):\n${problems.map(formatProblem).join("\n")}`);
    this.name = "KilnError";
    this.problems = problems;
    this.next = next;
  }
}

/**
 * Problems sorted by file and line, the same problem (file, field, message and fix) on several lines told once, at
 * its first line, with the others and the count: a migrated site repeats one mistake many times.
 */
export function mergeRepeated<P extends Problem>(problems: readonly P[]): P[] {
  const sorted = [...problems].sort(
    (a, b) => a.location.file.localeCompare(b.location.file) || (a.location.line ?? 0) - (b.location.line ?? 0),
  );
  const merged = new Map<string, { problem: P; count: number; lines: Set<number> }>();
  for (const problem of sorted) {
    const { file, field, fieldKind, line } = problem.location;
    const key = JSON.stringify([file, field, fieldKind, problem.message, problem.hint]);
    const known = merged.get(key) ?? { problem, count: 0, lines: new Set<number>() };
    known.count += 1;
    if (line !== undefined) known.lines.add(line);
    merged.set(key, known);
  }
  return [...merged.values()].map(({ problem, count, lines }) => {
    if (count < 2) return problem;
    const name = lineNames.get(problem.location.file);
    const listed = name === undefined ? `lines ${[...lines].join(", ")}` : [...lines].map(name).join(", ");
    const where = lines.size < 2 ? "" : `: ${listed}`;
    return { ...problem, message: `${problem.message} (${count} times${where})` };
  });
}

/** Finds a KilnError anywhere in a chain of wrapped errors (Eleventy wraps what plugins throw). */
export function findKilnError(error: unknown): KilnError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current instanceof Error && !seen.has(current)) {
    if (current instanceof KilnError) return current;
    seen.add(current);
    const wrapped = current as Error & { originalError?: unknown };
    current = wrapped.originalError ?? wrapped.cause;
  }
  return undefined;
}
