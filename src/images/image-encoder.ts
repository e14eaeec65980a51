// One encoding of a local image per build: @11ty/eleventy-img resizes and re-encodes it, ImageFiles writes the
// files, and every page that shows the image (its article, list cards, feeds) shares the one result.
import Image, { type ImageResult } from "@11ty/eleventy-img";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ImageFiles } from "./image-files.ts";
import { releaseEleventyImageMemory } from "./image-memory.ts";

/** The modern formats a site may encode its images in, beside the original format (site option `imageFormats`). */
export type ModernImageFormat = "avif" | "webp";

/** What markup needs of one encoded file: no bytes, so a page's data can hold it. */
export type EncodedFile = Pick<ImageResult, "format" | "width" | "height" | "url" | "sourceType" | "srcset">;

/** An image's files by format (eleventy-img's metadata without the bytes), smallest width first. */
export type EncodedImage = Record<string, EncodedFile[]>;

/** URL folder (under the path prefix) of every encoded image: names are content hashes, so pages share files. */
export const IMAGE_URL_FOLDER = "/img/";

/** Widths of text-column images: a phone at 1×, the 42rem column at 1.5× or a phone at 2×, the column at 2×. */
export const CONTENT_WIDTHS = [480, 960, 1440];
/** A cover's widths: the text column's, and 240 for its 8rem card in lists at 2× (lists reuse this one encoding). */
export const COVER_WIDTHS = [240, ...CONTENT_WIDTHS];
/**
 * The original format's one width when a modern format is encoded too: the text column (42rem) and a wide figure
 * (58rem) at 1×, what a browser without WebP (none since Safari 14, 2020) or a feed reader that drops `<source>` gets.
 */
export const FALLBACK_WIDTH = 960;

/** Options of {@link ImageEncoder}. */
export interface ImageEncoderOptions {
  /** Folder of encoded images kept between builds, or `null` to encode every image in every build. */
  cacheFolder: string | null;
  /** Modern formats, in the order browsers should prefer them; the original format is always the fallback. */
  formats: readonly ModernImageFormat[];
  /** The folder this build writes the site into. */
  outputFolder: () => string;
}

/**
 * Encodes local images at given widths (never above the original's), once per build for each file and widths, and
 * writes their files into the build's output and the cache. eleventy-img encodes in memory (`dryRun`) and reads
 * earlier encodings from the cache folder; {@link ImageFiles} writes them (see its comment for why not eleventy-img).
 */
export class ImageEncoder {
  private encodings = new Map<string, Promise<EncodedImage>>();
  private readonly files: ImageFiles;

  constructor(private readonly options: ImageEncoderOptions) {
    this.files = new ImageFiles(options.cacheFolder);
  }

  /** Forgets the previous build's results (the dev server rebuilds in the same process; a file may have changed). */
  startBuild(): void {
    this.encodings = new Map();
    this.files.startBuild();
  }

  /** The image at `file` encoded at `widths`: the same promise for every page that asks during one build. */
  encode(file: string, widths: readonly number[]): Promise<EncodedImage> {
    const key = `${widths.join(",")}:${file}`;
    let encoding = this.encodings.get(key);
    if (encoding === undefined) {
      encoding = this.encodeOnce(file, widths);
      this.encodings.set(key, encoding);
    }
    return encoding;
  }

  /**
   * The modern formats at every width and the original format at one ({@link FALLBACK_WIDTH}): two eleventy-img
   * calls, as it has no widths per format. Encoding the fallback at every width cost a third of a cold build's image
   * work for browsers that never ask for it. Only for JPEG and PNG, what photos and diagrams are: eleventy-img keeps
   * an SVG an SVG and an animated GIF or WebP animated by choosing among all the formats of one call, so those (and a
   * site of the original format alone) take one call at every width, as before.
   */
  private async encodeOnce(file: string, widths: readonly number[]): Promise<EncodedImage> {
    const modern = this.options.formats;
    const oneFallback = modern.length > 0 && /\.(jpe?g|png)$/i.test(file);
    const batches = await Promise.all(
      oneFallback
        ? [this.encodeAs(file, widths, modern), this.encodeAs(file, [Math.min(FALLBACK_WIDTH, Math.max(...widths))], ["auto"])]
        : [this.encodeAs(file, widths, [...modern, "auto"])],
    );
    // By format, modern ones first: their <source> order.
    const metadata: Record<string, ImageResult[]> = Object.assign({}, ...batches);
    const results = Object.values(metadata).flat();
    await this.files.write(results, this.options.outputFolder());
    return Object.fromEntries(
      Object.entries(metadata).map(([format, files]) => [
        format,
        files.map(({ format, width, height, url, sourceType, srcset }) => ({ format, width, height, url, sourceType, srcset })),
      ]),
    );
  }

  /** One eleventy-img call: `formats` ("auto": the original's) at `widths`, in memory; the files by format. */
  private async encodeAs(file: string, widths: readonly number[], formats: readonly string[]): Promise<Record<string, ImageResult[]>> {
    const metadata = await Image(file, {
      widths: [...widths],
      formats: [...formats],
      // Without a cache, a folder that never exists: nothing is read from it, nothing is written to it.
      outputDir: this.options.cacheFolder ?? join(tmpdir(), `kiln-no-image-cache-${process.pid}`),
      urlPath: IMAGE_URL_FOLDER,
      // Add the original's own width when it is 10 % above the next width (eleventy-img's 25 % would serve a
      // 1200-pixel diagram at 960 at most).
      minimumThreshold: 1.1,
      dryRun: true,
      // An SVG stays an SVG (with its width and height): rasterising a diagram only loses sharpness.
      svgShortCircuit: true,
      // Every frame of an animated GIF or WebP; formats that cannot animate are dropped by eleventy-img.
      sharpOptions: { animated: true },
    });
    releaseEleventyImageMemory();
    return metadata as Record<string, ImageResult[]>;
  }
}
