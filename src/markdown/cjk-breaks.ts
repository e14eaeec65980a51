// Soft line breaks between Chinese/Japanese characters render as nothing (CSS Text 3 segment breaks).
import { eastAsianWidthType } from "get-east-asian-width";
import type { MarkdownIt, StateCore, Token } from "markdown-it";

/** What renders next to a soft break: a character, or something that is not text (image, HTML, math…). */
type Neighbour = string | undefined;

const ZWSP = "\u200b";
const HANGUL = /^\p{Script=Hangul}$/u;

/**
 * Drops a soft line break when the rendered characters on both sides have East Asian Width
 * F, W or H (not A) and neither is Hangul, or when either is U+200B ZERO WIDTH SPACE: the
 * segment break transformation of CSS Text Level 3 (https://www.w3.org/TR/css-text-3/#line-break-transform),
 * which browsers do not apply themselves, so `第一行\n第二行` would show a space.
 *
 * Kiln's own rule rather than markdown-it-cjk-breaks 2.0.0, which throws on an empty neighbouring
 * text token (`**a**\nb`, an image line) and reads only `text` tokens; its fix
 * (markdown-it/markdown-it-cjk-breaks#5) is unreleased. The neighbour is the character that renders:
 * markup that prints no text (`**`, links) is looked through, inline code is read, and anything else
 * (an image, raw HTML, math, a footnote reference, another break) keeps the break.
 */
export function cjkBreaksPlugin(md: MarkdownIt): void {
  md.core.ruler.push("kiln_cjk_breaks", (state: StateCore) => {
    for (const token of state.tokens) {
      if (token.type === "inline" && token.children) dropBreaks(token.children);
    }
  });
}

function dropBreaks(children: Token[]): void {
  // Decide every break from the tokens as parsed, then change them, so one dropped break
  // (an empty text token) never looks like plain markup to the next one.
  const dropped = children.flatMap((token, idx) =>
    token.type === "softbreak" && joins(neighbour(children, idx, -1), neighbour(children, idx, 1)) ? [token] : [],
  );
  for (const token of dropped) {
    // An empty text token, as markdown-it-cjk-breaks did: later rules already skip those.
    token.type = "text";
    token.tag = "";
    token.content = "";
  }
}

/** The first character rendered before (`step` -1) or after (+1) the token at `idx`. */
function neighbour(children: readonly Token[], idx: number, step: -1 | 1): Neighbour {
  for (let i = idx + step; i >= 0 && i < children.length; i += step) {
    const token = children[i];
    if (token === undefined) break;
    if (token.type === "text" || token.type === "code_inline") {
      if (token.content === "") continue;
      return step === 1 ? firstChar(token.content) : lastChar(token.content);
    }
    // strong/em/s/link open and close print tags only; anything else prints something that is not text.
    if (token.nesting !== 0 && token.content === "") continue;
    return undefined;
  }
  return undefined;
}

function joins(before: Neighbour, after: Neighbour): boolean {
  // A zero width space on either side is enough, whatever the other side is.
  if (before === ZWSP || after === ZWSP) return true;
  return before !== undefined && after !== undefined && isWide(before) && isWide(after);
}

// Whole code points, so a surrogate pair (𠀀, CJK Extension B) is read as one character.
function firstChar(text: string): string {
  return String.fromCodePoint(text.codePointAt(0) ?? 0);
}

function lastChar(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  const high = text.charCodeAt(text.length - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? -2 : -1);
}

/** East Asian Width F, W or H, and not Hangul (Korean keeps its spaces between words). */
function isWide(char: string): boolean {
  const type = eastAsianWidthType(char.codePointAt(0) ?? 0);
  return (type === "fullwidth" || type === "wide" || type === "halfwidth") && !HANGUL.test(char);
}
