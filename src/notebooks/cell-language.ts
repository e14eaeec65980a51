// The language a code cell is highlighted in: the notebook's kernel language, or the one a cell magic switches to.

/** Cell magics that run another language, and the fence language Kiln highlights it as. */
const CELL_MAGICS: Readonly<Record<string, string>> = {
  bash: "bash",
  sh: "bash",
  script: "bash",
  html: "html",
  javascript: "javascript",
  js: "javascript",
  latex: "latex",
  markdown: "markdown",
  sql: "sql",
  ruby: "ruby",
  perl: "perl",
  svg: "xml",
};

/** Kernel language names that mean a language Kiln knows by another name. */
const KERNEL_ALIASES: Readonly<Record<string, string>> = { ipython: "python", ipython3: "python", python3: "python" };

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The notebook's kernel language (`language_info.name`, else `kernelspec.language`), Python when it says none. */
export function kernelLanguage(metadata: Record<string, unknown>): string {
  const named = asRecord(metadata["language_info"])["name"] ?? asRecord(metadata["kernelspec"])["language"];
  const language = typeof named === "string" && named.trim() !== "" ? named.trim().toLowerCase().replace(/\s+/g, "-") : "python";
  return KERNEL_ALIASES[language] ?? language;
}

/** A cell's language: `%%bash` on its first line makes it Bash, `%%writefile app.js` the file's language. */
export function cellLanguage(code: string, kernel: string): string {
  const magic = /^%%(\w+)[^\S\n]*(\S*)/.exec(code);
  if (magic === null) return kernel;
  const [, name = "", argument = ""] = magic;
  if (name === "writefile") return /\.(\w+)$/.exec(argument)?.[1]?.toLowerCase() ?? "text";
  return CELL_MAGICS[name] ?? kernel;
}
