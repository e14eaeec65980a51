// Draws one card: satori lays it out into an SVG (text as paths, so no font is needed past this point), sharp
// (librsvg) turns that into pixels and lays the cover over its panel, then writes a PNG. sharp rather than
// @resvg/resvg-js: it is already installed for eleventy-img, cuts the cover too, and rasterised Kiln's cards in
// 35–50 ms against resvg's 80–250 ms on a 2-core machine.
import satori from "satori";
import sharp, { type OverlayOptions } from "sharp";
import { cardFonts } from "./card-fonts.ts";
import { CARD_SIZE, type CardFacts } from "./card-facts.ts";
import { cardLayout, COVER_WIDTH } from "./card-layout.ts";

/**
 * The cover cut to the card's panel, as raw pixels laid over the drawn card. Not an image inside the SVG: librsvg
 * decoding an embedded image took 35 ms of a card's 64 (a card without a cover: 27 ms).
 */
async function coverOverlay(file: string): Promise<OverlayOptions> {
  const { data, info } = await sharp(file, { failOn: "none" })
    .resize(COVER_WIDTH, CARD_SIZE.height, { fit: "cover" })
    .flatten({ background: "#ffffff" })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { input: data, raw: { width: info.width, height: info.height, channels: info.channels }, left: CARD_SIZE.width - COVER_WIDTH, top: 0 };
}

/** The PNG of a card, 1200×630. Low zlib effort: half the encoding time of the default for files a fifth larger. */
export async function renderCard(facts: CardFacts): Promise<Buffer> {
  // A cover sharp cannot read (a corrupt file) leaves the card without one: the page's image check speaks for it.
  const cover = facts.cover === undefined ? undefined : await coverOverlay(facts.cover).catch(() => undefined);
  // satori's types name React's element type; the object form is what React elements are at run time.
  const svg = await satori(cardLayout(facts, cover !== undefined) as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: cardFonts() });
  const card = sharp(Buffer.from(svg));
  return (cover === undefined ? card : card.composite([cover])).png({ compressionLevel: 2 }).toBuffer();
}
