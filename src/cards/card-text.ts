// A card's text as the card's font can draw it: characters without a glyph (most emoji, Arabic, Hebrew…) are
// left out rather than drawn as empty boxes, and direction marks and joiners that would then stand alone go too.
import { hasGlyph } from "./card-fonts.ts";

/** Bidi controls, joiners and variation selectors: invisible, and meaningless once their neighbours are gone. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufe00-\ufe0f\u{e0000}-\u{e007f}]/gu;

/**
 * Right-to-left scripts: the font has a few of their letters, but shaping asks for joined forms it lacks (drawn
 * as boxes), and the card sets its lines left to right; a word in them is left out whole.
 */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;

/** `text` with only the characters the card's font draws, runs of whitespace as one space, trimmed. */
export function drawableText(text: string): string {
  let kept = "";
  for (const char of text.normalize("NFC").replace(INVISIBLE, "").replace(RIGHT_TO_LEFT, "")) if (hasGlyph(char)) kept += char;
  return kept.replace(/\s+/gu, " ").trim();
}

/** The first of `candidates` that keeps something drawable (a title of emoji alone falls back to the site's name). */
export function firstDrawable(...candidates: string[]): string {
  for (const candidate of candidates) {
    const drawable = drawableText(candidate);
    if (drawable !== "") return drawable;
  }
  return "…";
}
