// The card's drawing as satori's element objects (React's shape, no JSX and no React needed): the site's name, the
// kicker, the title over at most three lines, the details, and a local cover as a panel on the right.
import { cardFontFamily } from "./card-fonts.ts";
import { CARD_SIZE, type CardFacts, type CardTheme } from "./card-facts.ts";
import { drawableText, firstDrawable } from "./card-text.ts";

/** An element as satori reads it: `{ type, props: { style, children } }`. */
export interface CardElement {
  type: string;
  props: Record<string, unknown>;
}

/** The site stylesheet's colours (public/css/kiln.css, `--bg`, `--fg`, `--muted`, `--accent`) in each theme. */
const COLOURS: Record<CardTheme, { background: string; text: string; muted: string; accent: string }> = {
  light: { background: "#fdfdfc", text: "#1f2328", muted: "#57606a", accent: "#0b63c5" },
  dark: { background: "#111418", text: "#e6e8eb", muted: "#9da7b3", accent: "#6cb6ff" },
};

/** Width of the cover panel on the right, when the card has a cover. */
export const COVER_WIDTH = 420;
const PADDING = 64;
/** The accent bar on the left: a box of its own, since satori draws a border through an SVG mask, which doubled librsvg's time. */
const ACCENT_WIDTH = 16;
const TITLE_LINES = 3;

function element(type: string, style: Record<string, unknown>, children?: CardElement | string | Array<CardElement | string>): CardElement {
  return { type, props: { style, ...(children === undefined ? {} : { children }) } };
}

/**
 * Text of at most `lines` lines, ellipsised at the end of the last (satori's `lineClamp`, a block of its own);
 * a word longer than a line breaks rather than run off the card.
 */
function clamped(text: string, lines: number, style: Record<string, unknown>): CardElement {
  const lineHeight = 1.3;
  const fontSize = style["fontSize"] as number;
  return element(
    "div",
    { display: "block", lineClamp: lines, lineHeight, maxHeight: Math.ceil(lines * lineHeight * fontSize), wordBreak: "break-word", ...style },
    text,
  );
}

/**
 * The card of `facts`; with `coverPanel`, the right side is left empty for the cover (render-card.ts lays it there).
 * A title of more than about 25 Chinese characters takes a smaller size, so most titles fit in three lines.
 */
export function cardLayout(facts: CardFacts, coverPanel: boolean): CardElement {
  const colours = COLOURS[facts.theme];
  const title = firstDrawable(facts.title, facts.siteName);
  const titleSize = title.length > 25 ? 56 : 68;
  const kicker = drawableText(facts.kicker ?? "");
  const details = drawableText(facts.details.join(" · "));
  const siteName = firstDrawable(facts.siteName, "Kiln");
  const text = element(
    "div",
    { display: "flex", flexDirection: "column", justifyContent: "space-between", flexGrow: 1, flexBasis: 0, padding: PADDING },
    [
      clamped(siteName, 1, { fontSize: 30, fontWeight: 700, color: colours.accent }),
      element("div", { display: "flex", flexDirection: "column" }, [
        ...(kicker === "" ? [] : [clamped(kicker, 1, { fontSize: 30, color: colours.muted, marginBottom: 12 })]),
        clamped(title, TITLE_LINES, { fontSize: titleSize, fontWeight: 700, color: colours.text }),
      ]),
      clamped(details, 2, { fontSize: 28, color: colours.muted }),
    ],
  );
  const panel = coverPanel ? [element("div", { width: COVER_WIDTH, flexShrink: 0 })] : [];
  return element(
    "div",
    {
      display: "flex",
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      backgroundColor: colours.background,
      fontFamily: cardFontFamily(),
    },
    [element("div", { width: ACCENT_WIDTH, backgroundColor: colours.accent }), text, ...panel],
  );
}
