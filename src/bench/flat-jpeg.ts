// A baseline JPEG in pure TypeScript, made of flat 8×8 blocks: each block is stored as its mean colour alone (the DC
// coefficient, every AC coefficient zero), which is exact for pictures of flat areas whose edges fall on multiples of
// 8 pixels. The benchmark's covers need real JPEGs that sharp decodes, not a general encoder.
import type { Rgb } from "./tiny-png.ts";

/** Every quantizer 8: a flat block's DC coefficient is 8 × (level − 128), so the quantized DC is the level itself. */
const QUANTIZER = 8;

/** Huffman tables as a JPEG's DHT segment lists them: how many codes of each length 1–16, then the symbols. */
interface HuffmanTable {
  counts: readonly number[];
  symbols: readonly number[];
}

/** DC: the 9 size categories a difference of −255…255 needs, all 4-bit codes (none all ones, as JPEG requires). */
const DC_TABLE: HuffmanTable = { counts: [0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], symbols: [0, 1, 2, 3, 4, 5, 6, 7, 8] };
/** AC: end-of-block only, the one symbol a flat block needs, as the 1-bit code 0. */
const AC_TABLE: HuffmanTable = { counts: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], symbols: [0x00] };

/** The canonical codes of a table, by symbol: `[code, length]`. */
function canonicalCodes({ counts, symbols }: HuffmanTable): Map<number, [number, number]> {
  const codes = new Map<number, [number, number]>();
  let code = 0;
  let next = 0;
  counts.forEach((count, index) => {
    for (let k = 0; k < count; k++) codes.set(symbols[next++]!, [code++, index + 1]);
    code <<= 1;
  });
  return codes;
}

/** Writes bits most significant first, with JPEG's byte stuffing (0x00 after every 0xFF). */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private filled = 0;

  write(value: number, length: number): void {
    for (let bit = length - 1; bit >= 0; bit--) {
      this.current = (this.current << 1) | ((value >> bit) & 1);
      if (++this.filled === 8) this.flushByte();
    }
  }

  /** The bits so far, the last byte padded with ones. */
  finish(): Uint8Array {
    if (this.filled > 0) this.write(0xff, 8 - this.filled);
    return Uint8Array.from(this.bytes);
  }

  private flushByte(): void {
    this.bytes.push(this.current);
    if (this.current === 0xff) this.bytes.push(0x00);
    this.current = 0;
    this.filled = 0;
  }
}

/** A marker segment: the marker, then its length (which counts itself) and data. */
function segment(marker: number, data: readonly number[]): Buffer {
  const length = data.length + 2;
  return Buffer.from([0xff, marker, length >> 8, length & 0xff, ...data]);
}

const word = (value: number): number[] => [value >> 8, value & 0xff];

/** JFIF's YCbCr of an RGB colour, rounded to levels 0–255. */
function yCbCr([r, g, b]: Rgb): [number, number, number] {
  const level = (value: number) => Math.min(255, Math.max(0, Math.round(value)));
  return [
    level(0.299 * r + 0.587 * g + 0.114 * b),
    level(-0.168736 * r - 0.331264 * g + 0.5 * b + 128),
    level(0.5 * r - 0.418688 * g - 0.081312 * b + 128),
  ];
}

/** The bits a JPEG spends on a DC difference: its size category, then the category's bits of the value. */
function writeDifference(bits: BitWriter, codes: Map<number, [number, number]>, difference: number): void {
  const size = difference === 0 ? 0 : Math.floor(Math.log2(Math.abs(difference))) + 1;
  const [code, length] = codes.get(size)!;
  bits.write(code, length);
  if (size > 0) bits.write(difference > 0 ? difference : difference + (1 << size) - 1, size);
}

/**
 * A `width`×`height` baseline JFIF whose pixel (x, y) is `pixel(x, y)`, every 8×8 block flattened to its mean colour
 * (blocks past the right and bottom edges repeat the edge pixels, as encoders pad).
 */
export function flatJpeg(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const dcCodes = canonicalCodes(DC_TABLE);
  const [endOfBlock, endOfBlockLength] = canonicalCodes(AC_TABLE).get(0x00)!;
  const bits = new BitWriter();
  const previous = [0, 0, 0];
  for (let top = 0; top < height; top += 8) {
    for (let left = 0; left < width; left += 8) {
      let [red, green, blue] = [0, 0, 0];
      for (let y = top; y < top + 8; y++) {
        for (let x = left; x < left + 8; x++) {
          const [r, g, b] = pixel(Math.min(x, width - 1), Math.min(y, height - 1));
          red += r;
          green += g;
          blue += b;
        }
      }
      // The mean colour (YCbCr is linear in RGB, so the mean of the levels is the level of the mean), one block per
      // component (Y, Cb, Cr: no subsampling): its DC as a difference to the previous block's, then end-of-block.
      const levels = yCbCr([red / 64, green / 64, blue / 64]);
      for (let c = 0; c < 3; c++) {
        const dc = levels[c]! - 128;
        writeDifference(bits, dcCodes, dc - previous[c]!);
        previous[c] = dc;
        bits.write(endOfBlock, endOfBlockLength);
      }
    }
  }
  const table = (classAndId: number, { counts, symbols }: HuffmanTable) => [classAndId, ...counts, ...symbols];
  const components = [1, 2, 3];
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]), // start of image
    segment(0xe0, [...Buffer.from("JFIF\0", "latin1"), 1, 1, 0, ...word(1), ...word(1), 0, 0]),
    segment(0xdb, [0x00, ...new Array<number>(64).fill(QUANTIZER)]),
    // Baseline frame: 8-bit samples, the size, three components sampled 1×1 with quantization table 0.
    segment(0xc0, [8, ...word(height), ...word(width), 3, ...components.flatMap((id) => [id, 0x11, 0])]),
    segment(0xc4, [...table(0x00, DC_TABLE), ...table(0x10, AC_TABLE)]),
    // One scan of all three components, all with the DC table 0 and the AC table 0, the whole spectrum.
    segment(0xda, [3, ...components.flatMap((id) => [id, 0x00]), 0, 63, 0]),
    bits.finish(),
    Buffer.from([0xff, 0xd9]), // end of image
  ]);
}
