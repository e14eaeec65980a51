// Tests for the image encoder: the site's formats, one encoding per file and widths in a build, files written.
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_WIDTHS, ImageEncoder } from "../../src/images/image-encoder.ts";
import { projectRoot } from "../build/run-kiln.ts";

const diagram = join(projectRoot, "tests/fixtures/sites/images/guide/diagram.png");

describe("ImageEncoder", () => {
  it("encodes AVIF before WebP when the site asks for both, the original format last, and writes every file", async () => {
    const output = await mkdtemp(join(tmpdir(), "kiln-encoder-"));
    const encoder = new ImageEncoder({ cacheFolder: null, formats: ["avif", "webp"], outputFolder: () => output });
    const image = await encoder.encode(diagram, CONTENT_WIDTHS);
    expect(Object.keys(image)).toEqual(["avif", "webp", "png"]);
    for (const files of Object.values(image)) {
      expect(files.map((file) => file.width)).toEqual([480, 960, 1440]);
      for (const file of files) expect(existsSync(join(output, file.url)), file.url).toBe(true);
    }
    // What page data holds carries no bytes.
    expect(Object.keys(image["png"]![0]!).sort()).toEqual(["format", "height", "sourceType", "srcset", "url", "width"]);
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
});
