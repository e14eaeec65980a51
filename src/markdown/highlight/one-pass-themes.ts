// Both themes from one tokenization: shiki's own codeToHtml runs unchanged, but the grammar it is handed tokenizes each
// line once, with a theme that resolves the light and dark styles together, and answers the second theme from memory.
import { codeToHtml } from "shiki/core";
import type { CodeToHastOptions, Grammar, HighlighterGeneric, ShikiPrimitive } from "shiki";
import type { StateStack } from "shiki/textmate";
import { ownMetadata, pairOf, restoreShikiTheme, usePairTheme, type PairThemes, type Style } from "./pair-theme.ts";

// Each theme's tokens are decoded from the pair ids (pair-theme.ts) and merged again, which gives the token arrays
// shiki would have got from two tokenizations (proved over every language and fence of the example site and a corpus
// by tests/markdown/one-pass-themes.test.ts).

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
    const own = ownMetadata(metadata, styles[pairOf(metadata)]![index]!);
    if (out.length > 0 && out[out.length - 1] === own) continue;
    out.push(tokens[i]!, own);
  }
  return Uint32Array.from(out);
}

/** Options of {@link createOnePassHtml}: shiki's, with `themes` required. */
export type OnePassOptions = CodeToHastOptions & { themes: Record<string, string> };

/**
 * Returns a `codeToHtml(code, options)` that gives the same HTML as `shiki.codeToHtml` with the paired `themes`,
 * tokenizing each line once instead of once per theme. Throws `TooManyStylePairs` (pair-theme.ts) when the themes have
 * more style combinations than a token can carry (not the case for Kiln's two GitHub themes).
 */
export function createOnePassHtml<L extends string, T extends string>(
  shiki: HighlighterGeneric<L, T>,
  { themes, order, pairs }: PairThemes,
): (code: string, options: OnePassOptions) => string {

  return (code, options) => {
    const lines: Line[] = [];
    let recorder: string | undefined;
    let current = "";
    let paired = false;
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
            if (!paired) {
              usePairTheme(grammar, pairs);
              paired = true;
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
      if (paired) restoreShikiTheme(shiki, order);
    }
  };
}
