// Tests for the image encoder: the site's formats, one encoding per file and widths in a build, files written.
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_WIDTHS, FALLBACK_WIDTH, ImageEncoder } from "../../src/images/image-encoder.ts";
import { eleventyImagesHeld } from "../../src/images/image-memory.ts";
import sharp from "sharp";
import { projectRoot } from "../build/run-kiln.ts";

const diagram = join(projectRoot, "tests/fixtures/sites/images/guide/diagram.png");
const shape = join(projectRoot, "tests/fixtures/sites/images/guide/shape.svg");

describe("ImageEncoder", () => {
  it("encodes AVIF before WebP when the site asks for both, the original format last at one width, and writes every file", async () => {
    const output = await mkdtemp(join(tmpdir(), "kiln-encoder-"));
    const encoder = new ImageEncoder({ cacheFolder: null, formats: ["avif", "webp"], outputFolder: () => output });
    const image = await encoder.encode(diagram, CONTENT_WIDTHS);
    expect(Object.keys(image)).toEqual(["avif", "webp", "png"]);
    expect(Object.values(image).map((files) => files.map((file) => file.width))).toEqual([[480, 960, 1440], [480, 960, 1440], [FALLBACK_WIDTH]]);
    for (const files of Object.values(image)) {
      for (const file of files) expect(existsSync(join(output, file.url)), file.url).toBe(true);
    }
    // What page data holds carries no bytes.
    expect(Object.keys(image["png"]![0]!).sort()).toEqual(["format", "height", "sourceType", "srcset", "url", "width"]);
  });

  it("encodes the original format at every width when it is the only one, and keeps an SVG an SVG", async () => {
    const output = await mkdtemp(join(tmpdir(), "kiln-encoder-"));
    const alone = new ImageEncoder({ cacheFolder: null, formats: [], outputFolder: () => output });
    expect((await alone.encode(diagram, CONTENT_WIDTHS))["png"]?.map((file) => file.width)).toEqual([480, 960, 1440]);
    const webp = new ImageEncoder({ cacheFolder: null, formats: ["webp"], outputFolder: () => output });
    expect(Object.keys(await webp.encode(shape, CONTENT_WIDTHS))).toEqual(["svg"]);
  });

  it("encodes a file once per build for every page that shows it, and again after a new build starts", async () => {
    const output = await mkdtemp(join(tmpdir(), "kiln-encoder-"));
    const encoder = new ImageEncoder({ cacheFolder: null, formats: [], outputFolder: () => output });
    const first = encoder.encode(diagram, [240]);
    expect(encoder.encode(diagram, [240])).toBe(first);
    expect(encoder.encode(diagram, [480])).not.toBe(first);
    expect(Object.keys(await first)).toEqual(["png"]);
    encoder.startBuild();
    expect(encoder.encode(diagram, [240])).not.toBe(first);
  });

  it("leaves no image in eleventy-img's memory after an encoding, and encodes an image edited in place anew in the next build", async () => {
    const folder = await mkdtemp(join(tmpdir(), "kiln-encoder-"));
    const file = join(folder, "figure.png");
    // Two images of one size in bytes, different pixels: raw, uncompressed PNGs of one colour each.
    const square = (red: number) => sharp({ create: { width: 64, height: 64, channels: 3, background: { r: red, g: 0, b: 0 } } }).png({ compressionLevel: 0 });
    await square(200).toFile(file);
    const before = await stat(file);
    const encoder = new ImageEncoder({ cacheFolder: null, formats: ["webp"], outputFolder: () => folder });
    const first = await encoder.encode(file, [64]);
    expect(eleventyImagesHeld()).toBe(0);
    await square(20).toFile(join(folder, "edited.png"));
    await copyFile(join(folder, "edited.png"), file);
    expect((await stat(file)).size).toBe(before.size);
    encoder.startBuild();
    const second = await encoder.encode(file, [64]);
    expect(second["webp"]?.[0]?.url).not.toBe(first["webp"]?.[0]?.url);
    expect(eleventyImagesHeld()).toBe(0);
  });
});
