// flat-jpeg.ts writes baseline JPEGs that sharp decodes at their size, each 8×8 block in its mean colour.
import { describe, expect, it } from "vitest";
import { flatJpeg } from "../../src/bench/flat-jpeg.ts";
import type { Rgb } from "../../src/bench/tiny-png.ts";
import { decodeImage } from "./decode-image.ts";

/** Within JPEG's rounding of YCbCr levels: a channel or two off, never more. */
const near = (actual: number[], expected: Rgb) => actual.every((value, c) => Math.abs(value - expected[c]!) <= 3);

describe("flatJpeg", () => {
  const RED: Rgb = [200, 30, 40];
  const BLUE: Rgb = [30, 60, 200];
  const PAPER: Rgb = [240, 240, 235];
  // Areas on 8-pixel edges, as the corpus's pictures are: every block is flat, so decoding gives the colours back.
  const picture = (x: number, y: number): Rgb => (x >= 96 && x < 504 && y >= 80 && y < 304 ? RED : y >= 400 ? BLUE : PAPER);

  it("starts with SOI and JFIF, declares a baseline frame of its size, ends with EOI", () => {
    const jpeg = flatJpeg(1200, 600, picture);
    expect(jpeg.subarray(0, 4).toString("hex")).toBe("ffd8ffe0");
    expect(jpeg.subarray(6, 11).toString("latin1")).toBe("JFIF\0");
    const frame = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    expect([jpeg.readUInt16BE(frame + 5), jpeg.readUInt16BE(frame + 7), jpeg[frame + 9]]).toEqual([600, 1200, 3]);
    expect(jpeg.subarray(-2).toString("hex")).toBe("ffd9");
  });

  it("decodes (sharp) to its size and its colours, block for block", async () => {
    const image = await decodeImage(flatJpeg(1200, 600, picture));
    expect([image.format, image.width, image.height]).toEqual(["jpeg", 1200, 600]);
    for (const [x, y] of [[0, 0], [95, 79], [96, 80], [503, 303], [504, 303], [600, 399], [600, 400], [1199, 599]] as const) {
      expect(near(image.pixel(x, y), picture(x, y)), `(${x}, ${y}): ${image.pixel(x, y).join(",")}`).toBe(true);
    }
  });

  it("takes any size, padding the blocks past the right and bottom edges", async () => {
    const image = await decodeImage(flatJpeg(45, 21, () => BLUE));
    expect([image.width, image.height]).toEqual([45, 21]);
    expect(near(image.pixel(44, 20), BLUE)).toBe(true);
  });

  it("flattens a block to its mean colour", async () => {
    // Left half black, right half white within each block: every block's mean is mid grey.
    const image = await decodeImage(flatJpeg(16, 8, (x) => (x % 8 < 4 ? [0, 0, 0] : [255, 255, 255])));
    expect(near(image.pixel(1, 1), [128, 128, 128])).toBe(true);
    expect(near(image.pixel(14, 6), [128, 128, 128])).toBe(true);
  });
});
