// Command-line flags of Kiln's commands, in Eleventy's `--name=value` form (`--name value` works too).

/** Parsed flags: `--input=DIR` → { input: "DIR" }; a bare `--quiet` → { quiet: "" }; the rest are positionals. */
export interface ParsedArgs {
  flags: Map<string, string>;
  positionals: string[];
}

/** Parses argv (without node and script). Flags listed in `valued` take the next word when written apart. */
export function parseArgs(argv: readonly string[], valued: readonly string[] = []): ParsedArgs {
  const flags = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? "";
    const match = /^--([^=]+)(?:=(.*))?$/s.exec(word);
    if (!match) {
      positionals.push(word);
      continue;
    }
    const name = (match[1] ?? "").toLowerCase();
    const next = argv[i + 1];
    if (match[2] !== undefined) flags.set(name, match[2]);
    else if (valued.includes(name) && next !== undefined && !next.startsWith("--")) flags.set(name, argv[++i] ?? "");
    else flags.set(name, "");
  }
  return { flags, positionals };
}

/** A command called with arguments it does not take: printed with its usage line, no stack. */
export class UsageError extends Error {
  constructor(message: string, usage: string) {
    super(`${message}\nusage: ${usage}`);
    this.name = "UsageError";
  }
}

/** Throws a UsageError for any flag not in `known`, or any positional when none are taken. */
export function rejectUnknown(args: ParsedArgs, known: readonly string[], usage: string, takesPositionals = false): void {
  const unknown = [...args.flags.keys()].filter((flag) => !known.includes(flag)).map((flag) => `--${flag}`);
  if (!takesPositionals) unknown.push(...args.positionals);
  if (unknown.length > 0) throw new UsageError(`unknown argument ${unknown.join(", ")}`, usage);
}
