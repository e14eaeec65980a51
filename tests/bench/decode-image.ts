// Decodes an image with sharp as @11ty/eleventy-img loads it: the decoder every local image of a Kiln site goes
// through, so an image it decodes is one a build can process.
import { createRequire } from "node:module";

interface Sharp {
  (input: Buffer): {
    metadata(): Promise<{ format?: string; width?: number; height?: number }>;
    raw(): { toBuffer(options: { resolveWithObject: true }): Promise<{ data: Buffer; info: { width: number; height: number; channels: number } }> };
  };
}

const sharp = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy-img"))("sharp") as Sharp;

/** An image's format and size, and its pixels as RGB(A) rows. */
export async function decodeImage(bytes: Buffer): Promise<{ format: string; width: number; height: number; pixel: (x: number, y: number) => number[] }> {
  const { format = "" } = await sharp(bytes).metadata();
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
  return { format, width: info.width, height: info.height, pixel };
}
