// Both themes from one tokenization: shiki's own codeToHtml runs unchanged, but the grammar it is handed tokenizes each
// line once, with a theme that resolves the light and dark styles together, and answers the second theme from memory.
import { codeToHtml } from "shiki/core";
import type { CodeToHastOptions, Grammar, HighlighterGeneric, ShikiPrimitive } from "shiki";
import { Theme } from "shiki/textmate";
import type { StateStack } from "shiki/textmate";

// Why this works: vscode-textmate gives a token the style of its scope path, folded from the root (a scope's rule
// overrides only the font style, foreground or background it sets), and merges neighbours with equal metadata.
// `PairTheme` folds both themes at once and returns one foreground id per (light style, dark style) pair, so the
// single tokenization splits exactly where either theme would. Each theme's tokens are then decoded from the pair
// ids and merged again, which gives the token arrays shiki would have got from two tokenizations (proved over
// every language and fence of the example site and a corpus by tests/markdown/one-pass-themes.test.ts).

/** A style as the textmate tokenizer encodes it: font style bits, foreground id, background id. */
type Style = readonly [fontStyle: number, foreground: number, background: number];

/** What `Theme.match` and the grammar see of a scope path. */
interface ScopePath {
  readonly parent: ScopePath | null;
  readonly scopeName: string;
}

/** The theme provider a grammar holds (vscode-textmate's SyncRegistry): not in shiki's public types. */
interface ThemeProvider {
  setTheme(theme: unknown): void;
}

/** The pair ids live in the 9-bit foreground field of a token's metadata. */
const MAX_PAIRS = 511;
const FOREGROUND_OFFSET = 15;
const FOREGROUND_MASK = 0x00ff8000;
/** Language id, token type and bracket bits: the same for every theme. */
const THEME_FREE_MASK = 0x000007ff;

/** Thrown when the themes have more style pairs than a token can carry; the caller falls back to shiki. */
export class TooManyStylePairs extends Error {}

/** One theme as textmate matches it, and its colour table for shiki. */
interface TextmateTheme {
  readonly theme: Theme;
  readonly defaults: Style;
}

function fold(base: Style, theme: Theme, path: ScopePath): Style {
  const style = theme.match(path as Parameters<Theme["match"]>[0]);
  if (style === null) return base;
  return [
    style.fontStyle !== -1 ? style.fontStyle : base[0],
    style.foregroundId !== 0 ? style.foregroundId : base[1],
    style.backgroundId !== 0 ? style.backgroundId : base[2],
  ];
}

/** A textmate theme that resolves every scope path for several themes at once, as one pair id. */
class PairTheme {
  readonly #themes: readonly TextmateTheme[];
  readonly #ids = new Map<string, number>();
  /** Pair id → each theme's style. Id 0 means "not set" to textmate, so it stays unused. */
  readonly styles: Style[][] = [[]];
  readonly #resolved = new WeakMap<ScopePath, number>();
  readonly #defaults: { fontStyle: number; foregroundId: number; backgroundId: number };

  constructor(themes: readonly TextmateTheme[]) {
    this.#themes = themes;
    this.#defaults = { fontStyle: 0, foregroundId: this.#id(themes.map((t) => t.defaults)), backgroundId: 0 };
  }

  #id(styles: Style[]): number {
    const key = styles.map((style) => style.join(",")).join("|");
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.styles.length;
      if (id > MAX_PAIRS) throw new TooManyStylePairs(`more than ${MAX_PAIRS} style pairs`);
      this.#ids.set(key, id);
      this.styles.push(styles);
    }
    return id;
  }

  #resolve(path: ScopePath): number {
    let id = this.#resolved.get(path);
    if (id !== undefined) return id;
    const base = path.parent === null ? this.#defaults.foregroundId : this.#resolve(path.parent);
    const parents = this.styles[base]!;
    id = this.#id(this.#themes.map((t, index) => fold(parents[index]!, t.theme, path)));
    this.#resolved.set(path, id);
    return id;
  }

  getColorMap(): string[] {
    return [];
  }

  getDefaults() {
    return this.#defaults;
  }

  match(path: ScopePath | null) {
    if (path === null) return this.#defaults;
    // Font style -1 and background 0 leave the token's own (the defaults'); the pair id always overrides.
    return { fontStyle: -1, foregroundId: this.#resolve(path), backgroundId: 0 };
  }
}

/** One line as the single tokenization gave it. */
interface Line {
  text: string;
  tokens: Uint32Array;
  ruleStack: StateStack;
}

/** `tokens` (with pair ids) as theme `index` would have tokenized them: its styles, neighbours merged. */
function decode(tokens: Uint32Array, styles: readonly Style[][], index: number): Uint32Array {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const metadata = tokens[i + 1]!;
    const [fontStyle, foreground, background] = styles[(metadata & FOREGROUND_MASK) >>> FOREGROUND_OFFSET]![index]!;
    const own = ((metadata & THEME_FREE_MASK) | (fontStyle << 11) | (foreground << FOREGROUND_OFFSET) | (background << 24)) >>> 0;
    if (out.length > 0 && out[out.length - 1] === own) continue;
    out.push(tokens[i]!, own);
  }
  return Uint32Array.from(out);
}

/** Options of {@link createOnePassHtml}: shiki's, with `themes` required. */
export type OnePassOptions = CodeToHastOptions & { themes: Record<string, string> };

/**
 * Returns a `codeToHtml(code, options)` that gives the same HTML as `shiki.codeToHtml` with several `themes`,
 * tokenizing each line once instead of once per theme. Throws {@link TooManyStylePairs} when the themes have
 * more style combinations than a token can carry (not the case for Kiln's two GitHub themes).
 */
export function createOnePassHtml<L extends string, T extends string>(
  shiki: HighlighterGeneric<L, T>,
  themeNames: readonly string[],
): (code: string, options: OnePassOptions) => string {
  // The same textmate themes shiki builds (Theme.createFromRawTheme of its resolved theme), so ids and colour maps agree.
  const themes = new Map(
    themeNames.map((name) => {
      const theme = Theme.createFromRawTheme(shiki.getTheme(name));
      const defaults = theme.getDefaults();
      return [name, { theme, defaults: [defaults.fontStyle, defaults.foregroundId, defaults.backgroundId] as Style }];
    }),
  );
  const pairs = new PairTheme([...themes.values()]);
  const order = [...themes.keys()];

  return (code, options) => {
    const lines: Line[] = [];
    let recorder: string | undefined;
    let current = "";
    let provider: ThemeProvider | undefined;
    const primitive: ShikiPrimitive = {
      ...shiki,
      setTheme(name) {
        current = typeof name === "string" ? name : (name.name ?? "");
        const theme = themes.get(current);
        if (theme === undefined) throw new Error(`one-pass highlighting: theme ${current} was not prepared`);
        return { theme: shiki.getTheme(current), colorMap: theme.theme.getColorMap() };
      },
      getLanguage(name) {
        const grammar = shiki.getLanguage(name);
        recorder ??= current;
        const index = order.indexOf(current);
        const replay = current !== recorder;
        let line = 0;
        const wrapped: Grammar = {
          name: grammar.name,
          tokenizeLine: () => {
            throw new Error("one-pass highlighting: tokenizeLine is not supported");
          },
          tokenizeLine2(text, prevState, timeLimit) {
            if (replay) {
              const recorded = lines[line++];
              if (recorded?.text !== text) throw new Error("one-pass highlighting: themes asked for different lines");
              return { tokens: decode(recorded.tokens, pairs.styles, index), ruleStack: recorded.ruleStack, stoppedEarly: false };
            }
            if (provider === undefined) {
              provider = (grammar as unknown as { themeProvider: ThemeProvider }).themeProvider;
              provider.setTheme(pairs);
            }
            const result = grammar.tokenizeLine2(text, prevState, timeLimit);
            lines.push({ text, tokens: result.tokens, ruleStack: result.ruleStack });
            return { ...result, tokens: decode(result.tokens, pairs.styles, index) };
          },
        };
        return wrapped;
      },
    };
    try {
      return codeToHtml(primitive, code, options);
    } finally {
      // Hand the shared registry back to shiki in a state its own bookkeeping agrees with.
      if (provider !== undefined) {
        shiki.setTheme(order[1] ?? order[0]!);
        shiki.setTheme(order[0]!);
      }
    }
  };
}
