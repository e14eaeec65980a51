// Draws one card: Skia (@napi-rs/canvas) sets the text on a canvas each thread keeps, sharp lays the cover over its
// panel and writes the PNG. Not satori → SVG → librsvg, as before: laying out and rasterising an SVG of glyph paths
// cost about 21 ms a card (29 with a cover) against about 10 here, for a card that looks the same.
import { createCanvas, type Canvas } from "@napi-rs/canvas";
import sharp, { type OverlayOptions } from "sharp";
import { registerCardFonts } from "./card-fonts.ts";
import { CARD_SIZE, type CardFacts } from "./card-facts.ts";
import { COVER_WIDTH, drawCard } from "./card-layout.ts";

/**
 * The cover cut to the card's panel, as raw pixels laid over the drawn card (decoded by sharp, which eleventy-img
 * installs anyway).
 */
async function coverOverlay(file: string): Promise<OverlayOptions> {
  const { data, info } = await sharp(file, { failOn: "none" })
    .resize(COVER_WIDTH, CARD_SIZE.height, { fit: "cover" })
    .flatten({ background: "#ffffff" })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { input: data, raw: { width: info.width, height: info.height, channels: info.channels }, left: CARD_SIZE.width - COVER_WIDTH, top: 0 };
}

/** One canvas per thread, drawn over for every card: allocating a 1200×630 surface cost more than drawing on it. */
let canvas: Canvas | undefined;

/** The PNG of a card, 1200×630. Low zlib effort: half the encoding time of the default for files a fifth larger. */
export async function renderCard(facts: CardFacts): Promise<Buffer> {
  // A cover sharp cannot read (a corrupt file) leaves the card without one: the page's image check speaks for it.
  const cover = facts.cover === undefined ? undefined : await coverOverlay(facts.cover).catch(() => undefined);
  registerCardFonts();
  canvas ??= createCanvas(CARD_SIZE.width, CARD_SIZE.height);
  drawCard(canvas.getContext("2d"), facts, cover !== undefined);
  // `data()` copies the pixels: the next card may draw on the canvas while sharp encodes this one.
  const card = sharp(canvas.data(), { raw: { ...CARD_SIZE, channels: 4 } }).removeAlpha();
  return (cover === undefined ? card : card.composite([cover])).png({ compressionLevel: 2 }).toBuffer();
}
