// A small truecolour PNG from a pixel function, in pure TypeScript: the benchmark's notebooks carry images without
// an image library.
import { crc32, deflateSync } from "node:zlib";

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** A chunk: length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** An RGB pixel, each channel 0–255. */
export type Rgb = readonly [number, number, number];

/** A `width`×`height` 8-bit RGB PNG whose pixel (x, y) is `pixel(x, y)`. */
export function tinyPng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type 2 (RGB), deflate, adaptive filters, no interlace
  // Each scanline starts with its filter type: 0, none.
  const scanlines = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    for (let x = 0, at = y * (1 + width * 3) + 1; x < width; x++, at += 3) {
      // Byte by byte: Buffer#set from an array per pixel took most of the time of a 1200×600 image.
      const [red, green, blue] = pixel(x, y);
      scanlines[at] = red;
      scanlines[at + 1] = green;
      scanlines[at + 2] = blue;
    }
  }
  return Buffer.concat([SIGNATURE, chunk("IHDR", header), chunk("IDAT", deflateSync(scanlines)), chunk("IEND", new Uint8Array())]);
}
