// The realistic corpus's local images: diagram-like pictures of flat colour areas (a light background, a title band,
// a row of boxes, a bar joining them), at the sizes tutorials use, small in bytes, and different for each image of
// each article, so that eleventy-img's caches never spare a build the work a real site would cost.
import sharp from "sharp";
import { random } from "./article-shape.ts";
import { tinyPng, type Rgb } from "./tiny-png.ts";

/** A local image of an article: its file name beside the article, its size and format. */
export interface CorpusImage {
  name: string;
  width: number;
  height: number;
}

/** A rectangle of one colour: left, top, right, bottom (exclusive), colour. */
type Box = readonly [number, number, number, number, Rgb];

/** Edges on multiples of 8 pixels: JPEG's 8×8 blocks are then flat, and the file stays small. */
const grid = (value: number): number => Math.round(value / 8) * 8;

/** A colour drawn from `next`, each channel within [low, low + spread). */
const colour = (next: () => number, low: number, spread: number): Rgb => [
  low + Math.floor(next() * spread),
  low + Math.floor(next() * spread),
  low + Math.floor(next() * spread),
];

/** The image's boxes, later ones on top, and its background. */
function layout(image: CorpusImage, next: () => number): { background: Rgb; boxes: Box[] } {
  const { width, height } = image;
  const background = colour(next, 225, 30);
  const boxes: Box[] = [[0, 0, width, grid(height * 0.14), colour(next, 40, 120)]];
  const count = 2 + Math.floor(next() * 4);
  const slot = width / count;
  const top = grid(height * (0.3 + next() * 0.15));
  const bottom = grid(height * (0.7 + next() * 0.2));
  // The bar joining the boxes, under them.
  boxes.push([grid(slot / 2), grid((top + bottom) / 2) - 8, grid(width - slot / 2), grid((top + bottom) / 2) + 8, colour(next, 90, 60)]);
  for (let k = 0; k < count; k++) {
    boxes.push([grid(k * slot + slot * 0.15), top, grid((k + 1) * slot - slot * 0.15), bottom, colour(next, 60, 170)]);
  }
  return { background, boxes };
}

/**
 * The bytes of `image` of article `index`: a PNG, or a JPEG (sharp's, quality 90) when its name ends in `.jpg`. Its
 * pictures depend only on (seed, index, name).
 */
export async function imageBytes(image: CorpusImage, index: number, seed: number): Promise<Buffer> {
  const { background, boxes } = layout(image, random(seed, index, "image", image.name));
  const pixel = (x: number, y: number): Rgb => {
    for (let k = boxes.length - 1; k >= 0; k--) {
      const [left, top, right, bottom, fill] = boxes[k]!;
      if (x >= left && x < right && y >= top && y < bottom) return fill;
    }
    return background;
  };
  if (!image.name.endsWith(".jpg")) return tinyPng(image.width, image.height, pixel);
  const { width, height } = image;
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set(pixel(x, y), (y * width + x) * 3);
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}
