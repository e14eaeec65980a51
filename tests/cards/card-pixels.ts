// Test helper: a card's pixels, decoded with sharp, and the measures the card tests compare.
import sharp from "sharp";

/** A decoded image: size and RGB pixels. */
export interface Pixels {
  width: number;
  height: number;
  /** RGB of the pixel at (x, y). */
  at(x: number, y: number): [number, number, number];
}

/** Decodes a PNG (or any image sharp reads) into RGB pixels. */
export async function decodePixels(bytes: Uint8Array): Promise<Pixels & { format: string | undefined }> {
  const { format } = await sharp(bytes).metadata();
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number): [number, number, number] => {
    const offset = (y * info.width + x) * 3;
    return [data[offset] ?? 0, data[offset + 1] ?? 0, data[offset + 2] ?? 0];
  };
  return { format, width: info.width, height: info.height, at };
}

/** A rectangle of an image: left, top, width, height. */
export type Box = [x: number, y: number, width: number, height: number];

/** How many distinct colours a box holds (1: a plain area, nothing drawn there). */
export function coloursIn(image: Pixels, [left, top, width, height]: Box): number {
  const seen = new Set<string>();
  for (let y = top; y < top + height; y++) for (let x = left; x < left + width; x++) seen.add(image.at(x, y).join());
  return seen.size;
}

/** The share of pixels whose colour differs by more than `tolerance` in some channel (0: the same image). */
export function differingShare(a: Pixels, b: Pixels, tolerance = 48): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const [p, q] = [a.at(x, y), b.at(x, y)];
      if (p.some((channel, index) => Math.abs(channel - (q[index] ?? 0)) > tolerance)) differing++;
    }
  }
  return differing / (a.width * a.height);
}
