// Shiki's single home: one highlighter per build, an explicit language list, aliases, dual themes.
import { createHighlighter, createOnigurumaEngine } from "shiki";
import type { BundledLanguage, HighlighterGeneric } from "shiki";

/**
 * The languages Kiln highlights, by the names authors see in hints. Each is a key of shiki's
 * bundle (an id or one of its aliases), so only these grammars are ever loaded.
 */
export const KILN_LANGUAGES = [
  "bash", "python", "javascript", "typescript", "jsx", "tsx", "json", "jsonc", "yaml", "toml",
  "html", "css", "scss", "markdown", "rust", "go", "c", "cpp", "java", "kotlin", "swift", "sql",
  "dockerfile", "diff", "ini", "xml", "lua", "ruby", "php", "csharp", "powershell", "makefile",
  "nginx", "graphql", "vue", "jinja", "hcl", "r", "matlab", "protobuf", "terraform",
] as const satisfies readonly BundledLanguage[];

/** A language Kiln highlights, or `"text"` for plain text. */
export type KilnLanguage = (typeof KILN_LANGUAGES)[number] | "text";

/** The light and dark themes; the stylesheet picks one through `--shiki-light`/`--shiki-dark`. */
export const KILN_THEMES = { light: "github-light", dark: "github-dark" } as const;

/** What authors write on a fence (lowercased) → Kiln's name for it. */
const ALIASES: Readonly<Record<string, KilnLanguage>> = {
  sh: "bash", shell: "bash", zsh: "bash", console: "bash", shellscript: "bash",
  py: "python", python3: "python",
  js: "javascript", mjs: "javascript", cjs: "javascript", node: "javascript",
  ts: "typescript", mts: "typescript", cts: "typescript",
  yml: "yaml", md: "markdown", rs: "rust", golang: "go",
  "c++": "cpp", cc: "cpp", cxx: "cpp", hpp: "cpp", h: "c",
  kt: "kotlin", kts: "kotlin", rb: "ruby", cs: "csharp", "c#": "csharp",
  docker: "dockerfile", ps1: "powershell", ps: "powershell", pwsh: "powershell",
  make: "makefile", mk: "makefile", gql: "graphql", htm: "html", svg: "xml",
  properties: "ini", patch: "diff", jinja2: "jinja", j2: "jinja", tf: "terraform", proto: "protobuf",
  text: "text", txt: "text", plain: "text", plaintext: "text",
};

const KNOWN = new Set<string>(KILN_LANGUAGES);

/**
 * Kiln's name for the language an author wrote on a fence, case-insensitive
 * (`sh` → `bash`, `PY` → `python`, `txt` → `text`), or `undefined` when Kiln does not know it.
 */
export function resolveLanguage(name: string): KilnLanguage | undefined {
  const key = name.trim().toLowerCase();
  if (KNOWN.has(key)) return key as KilnLanguage;
  return ALIASES[key];
}

/** The build's one shiki instance, with the language table that goes with it. */
export interface KilnHighlighter {
  /** Kiln's language names, in hint order. */
  readonly languages: readonly KilnLanguage[];
  /** See {@link resolveLanguage}. */
  resolveLanguage(name: string): KilnLanguage | undefined;
  /**
   * Highlights `code` as `<pre class="shiki …" tabindex="0"><code>…</code></pre>` with both themes
   * as CSS variables only (`defaultColor: false`). `language` must be a name from `languages`.
   */
  codeToHtml(code: string, language: Exclude<KilnLanguage, "text">): string;
  /** The underlying shiki highlighter, for shiki transformers and tokens. */
  readonly shiki: HighlighterGeneric<BundledLanguage, "github-light" | "github-dark">;
  /** Frees the grammars and the WebAssembly engine; call it when Eleventy reloads its config. */
  dispose(): void;
}

/**
 * Creates the highlighter of one build (slow: about a second, so create it once and share it).
 * Uses the Oniguruma (WebAssembly) engine: the JavaScript regex engine was about 4× slower.
 */
export async function createKilnHighlighter(): Promise<KilnHighlighter> {
  const shiki = await createHighlighter({
    themes: [KILN_THEMES.light, KILN_THEMES.dark],
    langs: [...KILN_LANGUAGES],
    engine: createOnigurumaEngine(import("shiki/wasm")),
  });
  return {
    languages: KILN_LANGUAGES,
    resolveLanguage,
    codeToHtml: (code, language) =>
      shiki.codeToHtml(code, { lang: language, themes: KILN_THEMES, defaultColor: false }),
    shiki,
    dispose: () => shiki.dispose(),
  };
}
