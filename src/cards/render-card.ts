// Draws one card: satori lays it out into an SVG (text as paths, so no font is needed past this point) and sharp
// (librsvg) turns that into a PNG. sharp rather than @resvg/resvg-js: it is already installed for eleventy-img,
// cuts the cover too, and rasterised Kiln's cards in 35–50 ms against resvg's 80–250 ms on a 2-core machine.
import satori from "satori";
import sharp from "sharp";
import { cardFonts } from "./card-fonts.ts";
import { CARD_SIZE, type CardFacts } from "./card-facts.ts";
import { cardLayout, COVER_WIDTH } from "./card-layout.ts";

/** The cover cut to the card's panel, as a data URL satori embeds (it reads PNG and JPEG, not WebP or AVIF). */
async function coverDataUrl(file: string): Promise<string> {
  const jpeg = await sharp(file, { failOn: "none" })
    .resize(COVER_WIDTH, CARD_SIZE.height, { fit: "cover" })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 82 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString("base64")}`;
}

/** The SVG of a card (exported for tests that look at the drawing rather than the pixels). */
export async function cardSvg(facts: CardFacts): Promise<string> {
  // A cover sharp cannot read (a corrupt file) leaves the card without one: the page's image check speaks for it.
  const cover = facts.cover === undefined ? undefined : await coverDataUrl(facts.cover).catch(() => undefined);
  // satori's types name React's element type; the object form is what React elements are at run time.
  return satori(cardLayout(facts, cover) as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: cardFonts() });
}

/** The PNG of a card, 1200×630. Low zlib effort: half the encoding time of the default for files a fifth larger. */
export async function renderCard(facts: CardFacts): Promise<Buffer> {
  return sharp(Buffer.from(await cardSvg(facts)))
    .png({ compressionLevel: 2 })
    .toBuffer();
}
