// A textmate theme that resolves the light and dark styles of a scope path together, as one "pair id" carried in the
// foreground field of a token's metadata: one tokenization then serves both themes (see one-pass-themes.ts).
import type { HighlighterGeneric } from "shiki";
import { Theme } from "shiki/textmate";

// Why this works: vscode-textmate gives a token the style of its scope path, folded from the root (a scope's rule
// overrides only the font style, foreground or background it sets), and merges neighbours with equal metadata.
// `PairTheme` folds both themes at once and returns one foreground id per (light style, dark style) pair, so the
// single tokenization splits exactly where either theme would.

/** A style as the textmate tokenizer encodes it: font style bits, foreground id, background id. */
export type Style = readonly [fontStyle: number, foreground: number, background: number];

/** What `Theme.match` and the grammar see of a scope path, and the ids `PairTheme` gives it. */
interface ScopePath {
  readonly parent: ScopePath | null;
  readonly scopeName: string;
  [id: symbol]: number | undefined;
}

/** The pair ids live in the 9-bit foreground field of a token's metadata. */
const MAX_PAIRS = 511;
export const FOREGROUND_OFFSET = 15;
export const FOREGROUND_MASK = 0x00ff8000;
/** Language id, token type and bracket bits: the same for every theme. */
export const THEME_FREE_MASK = 0x000007ff;

/** Thrown when the themes have more style pairs than a token can carry; the caller falls back to shiki. */
export class TooManyStylePairs extends Error {}

/** One theme as textmate matches it, and its colour table for shiki. */
export interface TextmateTheme {
  readonly theme: Theme;
  readonly defaults: Style;
}

/** The textmate themes shiki builds (Theme.createFromRawTheme of its resolved theme), so ids and colour maps agree. */
function textmateThemes<L extends string, T extends string>(
  shiki: HighlighterGeneric<L, T>,
  names: readonly string[],
): Map<string, TextmateTheme> {
  return new Map(
    names.map((name) => {
      const theme = Theme.createFromRawTheme(shiki.getTheme(name));
      const defaults = theme.getDefaults();
      return [name, { theme, defaults: [defaults.fontStyle, defaults.foregroundId, defaults.backgroundId] as Style }];
    }),
  );
}

/** `theme`'s own (metadata without pair id) of a token whose metadata carries pair id style `style`. */
export function ownMetadata(metadata: number, style: Style): number {
  return ((metadata & THEME_FREE_MASK) | (style[0] << 11) | (style[1] << FOREGROUND_OFFSET) | (style[2] << 24)) >>> 0;
}

/** The pair id a token's metadata carries. */
export function pairOf(metadata: number): number {
  return (metadata & FOREGROUND_MASK) >>> FOREGROUND_OFFSET;
}

function fold(base: Style, theme: Theme, path: ScopePath): Style {
  const style = theme.match(path as unknown as Parameters<Theme["match"]>[0]);
  if (style === null) return base;
  return [
    style.fontStyle !== -1 ? style.fontStyle : base[0],
    style.foregroundId !== 0 ? style.foregroundId : base[1],
    style.backgroundId !== 0 ? style.backgroundId : base[2],
  ];
}

/** A textmate theme that resolves every scope path for several themes at once, as one pair id. */
export class PairTheme {
  readonly #themes: readonly TextmateTheme[];
  readonly #ids = new Map<string, number>();
  /** Pair id → each theme's style. Id 0 means "not set" to textmate, so it stays unused. */
  readonly styles: Style[][] = [[]];
  /**
   * Scope paths by their names, interned: the tokenizer pushes a new path object for every scope it enters, so
   * resolving by object folded both themes again for every token (8% of the CPU of highlighting); the style of a
   * path depends only on its scope names. Path id → pair id; (parent path id, scope name) → path id.
   */
  readonly #pathPairs: number[] = [];
  readonly #pathIds = new Map<number, Map<string, number>>();
  /**
   * The key under which a path object keeps its id (one key per instance, so two highlighters never mix ids):
   * a WeakMap from path object to id took another 8% of the CPU, growing by one entry per token.
   */
  readonly #pathId = Symbol("kiln:path-id");
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

  /** The path id of `path`; -1 stands for the root's parent (no path). */
  #intern(path: ScopePath | null): number {
    if (path === null) return -1;
    let id = path[this.#pathId];
    if (id !== undefined) return id;
    const parent = this.#intern(path.parent);
    let children = this.#pathIds.get(parent);
    if (children === undefined) this.#pathIds.set(parent, (children = new Map()));
    id = children.get(path.scopeName);
    if (id === undefined) {
      const base = this.styles[parent === -1 ? this.#defaults.foregroundId : this.#pathPairs[parent]!]!;
      const pair = this.#id(this.#themes.map((t, index) => fold(base[index]!, t.theme, path)));
      id = this.#pathPairs.length;
      this.#pathPairs.push(pair);
      children.set(path.scopeName, id);
    }
    path[this.#pathId] = id;
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
    return { fontStyle: -1, foregroundId: this.#pathPairs[this.#intern(path)]!, backgroundId: 0 };
  }
}

/** A highlighter's themes as textmate matches them, in option order, and the pair theme that resolves them together. */
export interface PairThemes {
  readonly themes: ReadonlyMap<string, TextmateTheme>;
  readonly order: readonly string[];
  readonly pairs: PairTheme;
}

/** The {@link PairThemes} of `names`, loaded in `shiki`; share one between the paths of a highlighter. */
export function createPairThemes<L extends string, T extends string>(
  shiki: HighlighterGeneric<L, T>,
  names: readonly string[],
): PairThemes {
  const themes = textmateThemes(shiki, names);
  return { themes, order: [...themes.keys()], pairs: new PairTheme([...themes.values()]) };
}

/** The theme provider a grammar holds (vscode-textmate's SyncRegistry): not in shiki's public types. */
interface ThemeProvider {
  setTheme(theme: unknown): void;
}

/** Makes `grammar` (one of shiki's) tokenize with pair ids from now on; see {@link restoreShikiTheme}. */
export function usePairTheme(grammar: object, pairs: PairTheme): void {
  (grammar as { themeProvider: ThemeProvider }).themeProvider.setTheme(pairs);
}

/** Hands the shared registry back to shiki in a state its own bookkeeping agrees with. */
export function restoreShikiTheme<L extends string, T extends string>(
  shiki: HighlighterGeneric<L, T>,
  order: readonly string[],
): void {
  shiki.setTheme(order[1] ?? order[0]!);
  shiki.setTheme(order[0]!);
}
