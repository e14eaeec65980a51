// Reads a PNG's chunks back, independently of tiny-png.ts: the tests check what it wrote, not how.
export const PNG_SIGNATURE = "89504e470d0a1a0a";

export interface PngChunk {
  type: string;
  data: Buffer;
  /** The CRC stored after the data. */
  crc: number;
}

/** The chunks after the signature, in file order. */
export function pngChunks(png: Buffer): PngChunk[] {
  const chunks: PngChunk[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length), crc: png.readUInt32BE(at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}
