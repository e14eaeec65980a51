// The fast path of the one-pass highlighter, for blocks no transformer changes (most blocks): the HTML is written
// straight from the single tokenization's pair ids, without shiki's token objects, hast tree and hast-util-to-html,
// which took about a third of the CPU of highlighting. Byte-identical to shiki's dual-theme HTML: every piece of
// markup (frame, line and token tags, escapes) is rendered once by shiki itself, and the token boundaries follow
// shiki's steps (per-theme merge, empty tokens dropped, themes aligned, whitespace merged into the next token).
import {
  applyColorReplacements,
  flatTokenVariants,
  hastToHtml,
  resolveColorReplacements,
  splitLines,
  stringifyTokenStyle,
} from "shiki/core";
import type { HighlighterGeneric, ThemedTokenWithVariants } from "shiki";
import { INITIAL, type StateStack } from "shiki/textmate";
import { ownMetadata, pairOf, restoreShikiTheme, THEME_FREE_MASK, usePairTheme } from "./pair-theme.ts";
import type { PairThemes } from "./pair-theme.ts";

/** shiki's `mergeWhitespaces` test: a whitespace-only token joins the next one. */
const WHITESPACE_ONLY = /^\s+$/;
/** Where the notation transformers' comment parser splits a token (`a // b`): such blocks take shiki's path. */
const COMMENT_SPLIT = /(\s+\/\/)/;
const ESCAPED = /[<&]/g;

/** A `<span>` with `properties` and no children, as hast-util-to-html writes it: [opening tag, closing tag]. */
function spanTags(properties: Record<string, string>): [string, string] {
  const html = hastToHtml({ type: "element", tagName: "span", properties, children: [] });
  const close = "</span>";
  if (!html.endsWith(close)) throw new Error(`direct highlighting: unexpected span markup ${html}`);
  return [html.slice(0, -close.length), close];
}

/** True when the notation transformers could split `content` into several spans (they also need a comment). */
function mayBeSplit(content: string): boolean {
  if (!content.includes("//")) return false;
  const raw = content.split(COMMENT_SPLIT);
  if (raw.length <= 1) return false;
  const parts = [raw[0]];
  for (let i = 1; i < raw.length; i += 2) parts.push(raw[i]! + (raw[i + 1] ?? ""));
  return parts.filter(Boolean).length > 1;
}

/**
 * Returns `(code, language) => html` giving the HTML of `shiki.codeToHtml(code, { lang: language, themes,
 * defaultColor: false, tokenizeTimeLimit: 0 })` (no transformers, no colour replacements), or `undefined` for a block
 * whose tokens the notation transformers could split, which must take shiki's path. `themes` maps each variant
 * (`light`, `dark`) to a theme of `paired`, in the same order.
 */
export function createDirectHtml<L extends string, T extends string>(
  shiki: HighlighterGeneric<L, T>,
  paired: PairThemes,
  themes: Readonly<Record<string, string>>,
): (code: string, language: L) => string | undefined {
  const variants = Object.keys(themes);
  const names = Object.values(themes);
  if (names.join("\n") !== paired.order.join("\n")) throw new Error("direct highlighting: themes out of order");
  const colorMaps = names.map((name) => paired.themes.get(name)!.theme.getColorMap());
  const replacements = names.map((name) => resolveColorReplacements(shiki.getTheme(name), {}));
  const { pairs } = paired;

  // The frame: shiki's HTML of an empty plain-text block (one line holding one empty, colourless token), around
  // that line.
  const [lineOpen, lineClose] = spanTags({ class: "line" });
  const [plainOpen, tokenClose] = spanTags({});
  const empty = shiki.codeToHtml("", { lang: "text", themes, defaultColor: false });
  const line = lineOpen + plainOpen + tokenClose + lineClose;
  const at = empty.indexOf(line);
  if (at < 0) throw new Error(`direct highlighting: unexpected frame ${empty}`);
  const [open, close] = [empty.slice(0, at), empty.slice(at + line.length)];
  const escapes: Record<string, string> = {
    "<": hastToHtml({ type: "text", value: "<" }),
    "&": hastToHtml({ type: "text", value: "&" }),
  };
  const escape = (text: string) => text.replace(ESCAPED, (character) => escapes[character]!);

  /** Per theme, pair id → the theme's own style bits (what its tokenization compares); filled as pairs appear. */
  const styleBits: number[][] = names.map(() => []);
  /** Pair id → the opening tag of a token with that pair's colours. */
  const tags: string[] = [];

  function prepare(): void {
    for (let pair = tags.length; pair < pairs.styles.length; pair++) {
      const merged: ThemedTokenWithVariants = { content: "", offset: 0, variants: {} };
      names.forEach((_, index) => {
        const own = ownMetadata(0, pairs.styles[pair]![index] ?? [0, 0, 0]);
        styleBits[index]![pair] = own;
        const color = applyColorReplacements(colorMaps[index]![(own >>> 15) & 0x1ff]!, replacements[index]);
        merged.variants[variants[index]!] = { color, fontStyle: (own >>> 11) & 0xf };
      });
      const style = stringifyTokenStyle(flatTokenVariants(merged, variants, "--shiki-", false).htmlStyle ?? {});
      tags[pair] = spanTags(style === "" ? {} : { style })[0];
    }
  }

  /** True when either theme's tokenization would start a new token at the token with `metadata`, after `previous`. */
  function splits(previous: number, metadata: number): boolean {
    if ((previous & THEME_FREE_MASK) !== (metadata & THEME_FREE_MASK)) return true;
    const [a, b] = [pairOf(previous), pairOf(metadata)];
    return a !== b && styleBits.some((bits) => bits[a] !== bits[b]);
  }

  /** One line's HTML from its pair-id tokens, or `undefined` (see {@link mayBeSplit}). */
  function lineHtml(text: string, tokens: Uint32Array): string | undefined {
    if (tokens[0] !== 0) return undefined;
    // Shiki's aligned tokens: a new one wherever either theme's starts; at one offset, the last token's colours win.
    const starts = [0];
    const tokenPairs = [pairOf(tokens[1]!)];
    for (let i = 2; i < tokens.length && tokens[i]! < text.length; i += 2) {
      if (!splits(tokens[i - 1]!, tokens[i + 1]!)) continue;
      if (tokens[i]! > starts[starts.length - 1]!) {
        starts.push(tokens[i]!);
        tokenPairs.push(pairOf(tokens[i + 1]!));
      } else {
        tokenPairs[tokenPairs.length - 1] = pairOf(tokens[i + 1]!);
      }
    }
    let html = lineOpen;
    let carry = "";
    for (let k = 0; k < starts.length; k++) {
      const last = k === starts.length - 1;
      let content = text.slice(starts[k], last ? text.length : starts[k + 1]);
      if (!last && WHITESPACE_ONLY.test(content)) {
        carry += content;
        continue;
      }
      content = carry + content;
      carry = "";
      if (mayBeSplit(content)) return undefined;
      html += tags[tokenPairs[k]!]! + escape(content) + tokenClose;
    }
    return html + lineClose;
  }

  return (code, language) => {
    const grammar = shiki.getLanguage(language);
    usePairTheme(grammar, pairs);
    try {
      const lines: string[] = [];
      let state: StateStack = INITIAL;
      for (const [text] of splitLines(code)) {
        if (text === "") {
          lines.push(lineOpen + lineClose);
          continue;
        }
        const result = grammar.tokenizeLine2(text, state, 0);
        state = result.ruleStack;
        prepare();
        const html = lineHtml(text, result.tokens);
        if (html === undefined) return undefined;
        lines.push(html);
      }
      return open + lines.join("\n") + close;
    } finally {
      restoreShikiTheme(shiki, paired.order);
    }
  };
}
