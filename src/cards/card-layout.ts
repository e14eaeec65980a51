// The card's drawing on a 2D canvas: the site's name, the kicker, the title over at most three lines, the details,
// and an empty panel on the right for a local cover (render-card.ts lays the cover there).
import type { SKRSContext2D } from "@napi-rs/canvas";
import { CARD_FONT_FAMILY } from "./card-fonts.ts";
import { CARD_SIZE, type CardFacts, type CardTheme } from "./card-facts.ts";
import { breakLines } from "./card-lines.ts";
import { drawableText, firstDrawable } from "./card-text.ts";

/** The site stylesheet's colours (public/css/kiln.css, `--bg`, `--fg`, `--muted`, `--accent`) in each theme. */
const COLOURS: Record<CardTheme, { background: string; text: string; muted: string; accent: string }> = {
  light: { background: "#fdfdfc", text: "#1f2328", muted: "#57606a", accent: "#0b63c5" },
  dark: { background: "#111418", text: "#e6e8eb", muted: "#9da7b3", accent: "#6cb6ff" },
};

/** Width of the cover panel on the right, when the card has a cover. */
export const COVER_WIDTH = 420;
const PADDING = 64;
/** The accent bar on the left. */
const ACCENT_WIDTH = 16;
const TITLE_LINES = 3;
const LINE_HEIGHT = 1.3;
const KICKER_GAP = 12;

/** A block of text: its lines, size, weight and colour. */
interface TextBlock {
  lines: string[];
  size: number;
  weight: 400 | 700;
  colour: string;
}

function block(ctx: SKRSContext2D, text: string, width: number, maxLines: number, size: number, weight: 400 | 700, colour: string): TextBlock {
  ctx.font = `${weight} ${size}px "${CARD_FONT_FAMILY}"`;
  return { lines: text === "" ? [] : breakLines(text, width, maxLines, (line) => ctx.measureText(line).width), size, weight, colour };
}

const heightOf = ({ lines, size }: TextBlock) => lines.length * size * LINE_HEIGHT;

/** Draws a block's lines from `top`, each centred in its line box as CSS does. */
function drawBlock(ctx: SKRSContext2D, { lines, size, weight, colour }: TextBlock, left: number, top: number): void {
  ctx.font = `${weight} ${size}px "${CARD_FONT_FAMILY}"`;
  ctx.fillStyle = colour;
  lines.forEach((line, index) => ctx.fillText(line, left, top + (index + 0.5) * size * LINE_HEIGHT));
}

/**
 * Draws the card of `facts` over the whole canvas; with `coverPanel`, the right side is left to the cover. The
 * site's name at the top, the details at the bottom, the kicker and title between them with equal space around
 * (a flex column with `space-between`, as the card was first laid out). A title of more than about 25 Chinese
 * characters takes a smaller size, so most titles fit in three lines.
 */
export function drawCard(ctx: SKRSContext2D, facts: CardFacts, coverPanel: boolean): void {
  const colours = COLOURS[facts.theme];
  const { width, height } = CARD_SIZE;
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = colours.accent;
  ctx.fillRect(0, 0, ACCENT_WIDTH, height);
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  const left = ACCENT_WIDTH + PADDING;
  const textWidth = width - left - PADDING - (coverPanel ? COVER_WIDTH : 0);
  const title = firstDrawable(facts.title, facts.siteName);
  const siteName = block(ctx, firstDrawable(facts.siteName, "Kiln"), textWidth, 1, 30, 700, colours.accent);
  const kicker = block(ctx, drawableText(facts.kicker ?? ""), textWidth, 1, 30, 400, colours.muted);
  const heading = block(ctx, title, textWidth, TITLE_LINES, title.length > 25 ? 56 : 68, 700, colours.text);
  const details = block(ctx, drawableText(facts.details.join(" · ")), textWidth, 2, 28, 400, colours.muted);
  const belowKicker = heightOf(kicker) + (kicker.lines.length > 0 ? KICKER_GAP : 0);
  const middle = belowKicker + heightOf(heading);
  const detailsTop = height - PADDING - heightOf(details);
  const gap = (detailsTop - (PADDING + heightOf(siteName)) - middle) / 2;
  drawBlock(ctx, siteName, left, PADDING);
  const kickerTop = PADDING + heightOf(siteName) + gap;
  drawBlock(ctx, kicker, left, kickerTop);
  drawBlock(ctx, heading, left, kickerTop + belowKicker);
  drawBlock(ctx, details, left, detailsTop);
}
