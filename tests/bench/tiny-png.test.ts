// tiny-png.ts writes PNGs a decoder accepts: signature, header, checksummed chunks, deflated scanlines.
import { crc32, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { tinyPng } from "../../src/bench/tiny-png.ts";
import { PNG_SIGNATURE, pngChunks } from "./png-chunks.ts";

describe("tinyPng", () => {
  const png = tinyPng(5, 3, (x, y) => [x * 50, y * 100, 7]);

  it("writes the signature, then IHDR, IDAT and IEND, each with the CRC of its type and data", () => {
    expect(png.subarray(0, 8).toString("hex")).toBe(PNG_SIGNATURE);
    const chunks = pngChunks(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    for (const { type, data, crc } of chunks) expect(crc).toBe(crc32(Buffer.concat([Buffer.from(type, "latin1"), data])));
    expect(chunks[2]!.crc).toBe(0xae426082); // every PNG's IEND CRC
  });

  it("declares its size and 8-bit RGB in IHDR", () => {
    const header = pngChunks(png)[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([5, 3, 8, 2]);
  });

  it("stores each scanline as filter byte 0 and the pixels' RGB", () => {
    const pixels = inflateSync(pngChunks(png)[1]!.data);
    expect(pixels.length).toBe(3 * (1 + 5 * 3));
    expect([...pixels.subarray(16, 32)]).toEqual([0, ...[0, 100, 7], ...[50, 100, 7], ...[100, 100, 7], ...[150, 100, 7], ...[200, 100, 7]]);
  });
});
