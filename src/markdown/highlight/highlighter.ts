// Shiki's single home: one highlighter per build, an explicit language list, aliases, dual themes.
import {
  transformerMetaHighlight,
  transformerNotationDiff,
  transformerNotationErrorLevel,
  transformerNotationFocus,
  transformerNotationHighlight,
} from "@shikijs/transformers";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { bundledLanguages, createHighlighter, createOnigurumaEngine } from "shiki";
import type { BundledLanguage, HighlighterGeneric, LanguageRegistration, ShikiTransformer } from "shiki";
import { createDirectHtml } from "./direct-html.ts";
import { GrammarLoader } from "./grammar-loader.ts";
import { createOnePassHtml, type OnePassOptions } from "./one-pass-themes.ts";
import { createPairThemes, TooManyStylePairs } from "./pair-theme.ts";
import { transformerLineNumbers } from "./transformers/line-numbers.ts";
import { hasShellPrompts, transformerShellPrompt } from "./transformers/shell-prompt.ts";

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

/**
 * The light and dark themes; the stylesheet picks one through `--shiki-light`/`--shiki-dark`.
 * The `-default` variants, not `github-light`/`github-dark`: those have tokens below WCAG AA contrast
 * (light orange #E36209 on white 3.5:1, dark comments #6A737D on #24292e 3:1). Measured on the example
 * site, the worst token of the `-default` pair is 4.5:1 in light and 6.1:1 in dark.
 */
export const KILN_THEMES = { light: "github-light-default", dark: "github-dark-default" } as const;

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
  properties: "ini", patch: "diff", jinja2: "jinja", j2: "jinja", tf: "terraform", hcl2: "hcl", proto: "protobuf",
  text: "text", txt: "text", plain: "text", plaintext: "text",
  // Diagrams are shown as their source, without a warning (mermaid-note.ts says what they are).
  mermaid: "text",
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
   * `meta` is the rest of the fence line (`{1,3-5} showLineNumbers`): the output depends only on
   * these three arguments, so it can be cached by them.
   */
  codeToHtml(code: string, language: Exclude<KilnLanguage, "text">, meta?: string): string;
  /** The underlying shiki highlighter, for shiki transformers and tokens. */
  readonly shiki: HighlighterGeneric<BundledLanguage, "github-light-default" | "github-dark-default">;
  /** Frees the grammars and the WebAssembly engine; call it when Eleventy reloads its config. */
  dispose(): void;
}

/**
 * Oniguruma's WebAssembly, read as the binary shiki ships (`shiki/onig.wasm`) rather than imported as `shiki/wasm`,
 * a module holding it as base64 text: decoding that cost each thread (the main one and every worker) about 0.12 s.
 */
function onigurumaBinary(): Promise<Buffer> {
  return readFile(createRequire(import.meta.url).resolve("shiki/onig.wasm"));
}

/**
 * Creates the highlighter of one build (create it once and share it). Uses the Oniguruma (WebAssembly)
 * engine: the JavaScript regex engine was 2.4–4× slower (the 1000-article corpus: 10 s against 4.1 s, same
 * bytes). Grammars load on first use (`grammar-loader.ts`): loading all of Kiln's languages up front took about
 * 4 s, mostly shiki reloading Markdown's grammar.
 * Both themes come from one tokenization (`one-pass-themes.ts`), byte-identical to shiki's dual-theme HTML; a block
 * the transformers leave alone is written straight from it (`direct-html.ts`).
 */
export async function createKilnHighlighter(): Promise<KilnHighlighter> {
  const [shiki, registrations] = await Promise.all([
    createHighlighter({
      themes: [KILN_THEMES.light, KILN_THEMES.dark],
      langs: [],
      engine: createOnigurumaEngine(onigurumaBinary()),
    }),
    kilnGrammars(),
  ]);
  const grammars = new GrammarLoader(shiki, registrations);
  const paired = createPairThemes(shiki, [KILN_THEMES.light, KILN_THEMES.dark]);
  const onePass = createOnePassHtml(shiki, paired);
  const direct = createDirectHtml(shiki, paired, KILN_THEMES);
  const transformers = kilnTransformers();
  return {
    languages: KILN_LANGUAGES,
    resolveLanguage,
    codeToHtml(code, language, meta = "") {
      grammars.ensure(language);
      const options = kilnCodeOptions(language, meta, transformers);
      try {
        const html = transformersAreInert(code, language, meta) ? direct(code, language) : undefined;
        return html ?? onePass(code, options);
      } catch (error) {
        // Themes with more style pairs than a token can carry: shiki's own two tokenizations, same HTML.
        if (error instanceof TooManyStylePairs) return shiki.codeToHtml(code, options);
        throw error;
      }
    },
    shiki,
    dispose: () => shiki.dispose(),
  };
}

/**
 * The options of every block: both themes as CSS variables only, the fence's meta, Kiln's transformers, and no
 * time limit per line. Shiki's default limit (500 ms) counts the first-use compilation of a grammar's regular
 * expressions, which took up to 0.9 s on a busy 2-core machine: the rest of such a line came out uncoloured,
 * depending on the machine's load, and the cache kept it. Oniguruma bounds each match by itself.
 */
export function kilnCodeOptions(
  language: Exclude<KilnLanguage, "text">,
  meta: string,
  transformers: ShikiTransformer[] = kilnTransformers(),
): OnePassOptions {
  return {
    lang: language,
    themes: KILN_THEMES,
    defaultColor: false,
    meta: { __raw: meta },
    transformers,
    tokenizeTimeLimit: 0,
  };
}

/**
 * True when none of {@link kilnTransformers} changes the block: no meta (line highlights, line numbers), no
 * `[!code …]` notation and no shell prompt. The notation transformers may still split a token at a `//` comment;
 * `direct-html.ts` leaves such blocks to shiki.
 */
function transformersAreInert(code: string, language: KilnLanguage, meta: string): boolean {
  return meta === "" && !NOTATION.test(code) && !hasShellPrompts(code, language);
}

/** What every notation comment of the `[!code …]` transformers contains (they match case-insensitively). */
const NOTATION = /\[!code/i;

/** The registrations of Kiln's languages and of the grammars they embed (parsed, not yet loaded into shiki). */
async function kilnGrammars(): Promise<LanguageRegistration[]> {
  const modules = await Promise.all(KILN_LANGUAGES.map((language) => bundledLanguages[language]()));
  return modules.flatMap((module) => module.default);
}

/**
 * The transformers every block goes through: `{1,3-5}` line highlights, the `[!code ++|--|focus|
 * highlight|error|warning]` notation comments (removed from the output, their lines classed
 * `diff add`, `diff remove`, `focused`, `highlighted`, `highlighted error|warning`), line numbers
 * and shell prompts. Each reads only the code and the fence's meta.
 */
export function kilnTransformers(): ShikiTransformer[] {
  return [
    transformerShellPrompt(),
    transformerMetaHighlight(),
    transformerNotationDiff(),
    transformerNotationFocus(),
    transformerNotationHighlight(),
    transformerNotationErrorLevel(),
    transformerLineNumbers(),
  ];
}
