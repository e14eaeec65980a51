// Draws one card: Skia (@napi-rs/canvas) sets the text on a canvas each thread keeps, the cover's pixels (decoded by
// sharp) go into its panel, and sharp writes the PNG. Not satori → SVG → librsvg, as before: laying out and
// rasterising an SVG of glyph paths cost about 24 ms of CPU a card (39 with a cover) against 12 (27) here.
import { createCanvas, ImageData, type Canvas } from "@napi-rs/canvas";
import sharp from "sharp";
import { registerCardFonts } from "./card-fonts.ts";
import { CARD_SIZE, type CardFacts } from "./card-facts.ts";
import { COVER_WIDTH, drawCard } from "./card-layout.ts";

/**
 * The cover cut to the card's panel, as RGBA pixels (decoded by sharp, which eleventy-img installs anyway) that the
 * canvas takes as they are: sharp's own composite of the panel over the card cost 10 ms more a card.
 */
async function coverPixels(file: string): Promise<ImageData> {
  const { data, info } = await sharp(file, { failOn: "none" })
    .resize(COVER_WIDTH, CARD_SIZE.height, { fit: "cover" })
    .flatten({ background: "#ffffff" })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return new ImageData(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height);
}

/** One canvas per thread, drawn over for every card: allocating a 1200×630 surface cost more than drawing on it. */
let canvas: Canvas | undefined;

/** The PNG of a card, 1200×630. Low zlib effort: half the encoding time of the default for files a fifth larger. */
export async function renderCard(facts: CardFacts): Promise<Buffer> {
  // A cover sharp cannot read (a corrupt file) leaves the card without one: the page's image check speaks for it.
  const cover = facts.cover === undefined ? undefined : await coverPixels(facts.cover).catch(() => undefined);
  registerCardFonts();
  canvas ??= createCanvas(CARD_SIZE.width, CARD_SIZE.height);
  const ctx = canvas.getContext("2d");
  drawCard(ctx, facts, cover !== undefined);
  if (cover !== undefined) ctx.putImageData(cover, CARD_SIZE.width - COVER_WIDTH, 0);
  // `data()` copies the pixels: the next card may draw on the canvas while sharp encodes this one.
  return sharp(canvas.data(), { raw: { ...CARD_SIZE, channels: 4 } }).removeAlpha().png({ compressionLevel: 2 }).toBuffer();
}
