// Local images through @11ty/eleventy-img: every image of an article whose file is in the content folder or public/
// becomes a <picture> (WebP, AVIF if the site asks, and the original format) with width/height, srcset and sizes.
// Markdown images are drawn where the Markdown renders, covers where a page's data is computed, raw HTML <img> tags
// by a transform over the few pages that have one; encodings are cached between builds.
import type { Token } from "markdown-it";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { EleventyConfig } from "../eleventy/eleventy-config.ts";
import { setPicture } from "../markdown/local-images.ts";
import { CONTENT_WIDTHS, COVER_WIDTHS, ImageEncoder, type EncodedImage, type ModernImageFormat } from "./image-encoder.ts";
import { imageError } from "./image-error.ts";
import { localImageFile, rootedImagePath, type ImageFolders } from "./image-source.ts";
import { IMAGE_SIZES, pictureHtml, textImageSizes } from "./picture-html.ts";
import { rawHtmlImagesTransform } from "./raw-html-images.ts";

/** Options of {@link imagesPlugin}. */
export interface ImagesOptions {
  /** Kiln's project folder (where public/ lives). */
  projectRoot: string;
  /** Folder of encoded images kept between builds, or `null` to encode every image in every build. */
  cacheFolder: string | null;
  /** Modern formats besides the original (site option `imageFormats`). */
  formats: readonly ModernImageFormat[];
}

/** What the rest of the build asks of local images. */
export interface LocalImages {
  /** Encodes a page's local Markdown images and gives their tokens a picture; undefined when it has none. */
  draw(inputPath: string, images: readonly Token[]): Promise<void> | undefined;
  /** The encoded cover of the article at `inputPath`, or undefined when it is remote (or not an image Kiln encodes). */
  cover(cover: string, inputPath: string): Promise<EncodedImage> | undefined;
}

/**
 * The image cache: `images-<eleventy-img version>-<sharp version>/` beside the highlight cache (`.cache/kiln/`), or
 * `null` with `KILN_CACHE=off`. File names are hashes of the source bytes and the encoder options, so an edited
 * image gets new names; the versions in the folder name keep an upgraded encoder from reusing old bytes.
 */
export function imageCacheFolder(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const cache = env["KILN_CACHE"];
  if (cache === "off") return null;
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const parent = cache ? dirname(cache) : join(projectRoot, ".cache", "kiln");
  return join(parent, `images-${version("@11ty/eleventy-img")}-${version("sharp")}`);
}

/** Registers the images' filters and transform; returns what the Markdown adapter and page data call. */
export function imagesPlugin(eleventyConfig: EleventyConfig, options: ImagesOptions): LocalImages {
  const folders: ImageFolders = { input: eleventyConfig.directories.input, public: join(options.projectRoot, "public") };
  const encoder = new ImageEncoder({
    cacheFolder: options.cacheFolder,
    formats: options.formats,
    outputFolder: () => eleventyConfig.directories.output,
  });
  eleventyConfig.on("eleventy.before", () => encoder.startBuild());
  // `{{ a.cover | rootedImage(item.inputPath) }}`: an article's relative (remote or unencoded) cover on another page.
  eleventyConfig.addFilter("rootedImage", (src: string, inputPath: string) => rootedImagePath(src, inputPath, folders.input));
  // The encoded cover above its article (loaded first) and as its card's thumbnail in lists (8rem, lazily).
  eleventyConfig.addFilter("coverPicture", (image: EncodedImage) =>
    pictureHtml(image, { class: "article__cover", alt: "", decoding: "async", fetchpriority: "high", sizes: IMAGE_SIZES.text }),
  );
  eleventyConfig.addFilter("cardPicture", (image: EncodedImage) =>
    pictureHtml(image, { class: "card__cover", alt: "", loading: "lazy", decoding: "async", sizes: IMAGE_SIZES.card }),
  );
  rawHtmlImagesTransform(eleventyConfig, { folders, encoder });

  /** The file's encoding, or the image's problem (file, what, fix) as the build's error. */
  const encode = (file: string, widths: readonly number[], src: string, inputPath: string) =>
    encoder.encode(file, widths).catch((error: unknown) => {
      throw imageError(src, inputPath, error);
    });
  return {
    draw(inputPath, images) {
      const jobs = images.flatMap((token) => {
        const src = String(token.attrGet("src") ?? "");
        const file = localImageFile(src, inputPath, folders);
        if (file === undefined) return [];
        return [
          encode(file, CONTENT_WIDTHS, src, inputPath).then((image) =>
            setPicture(token, ({ width: _width, height: _height, ...attributes }) =>
              pictureHtml(image, { ...attributes, sizes: textImageSizes(attributes["class"]) }),
            ),
          ),
        ];
      });
      return jobs.length === 0 ? undefined : Promise.all(jobs).then(() => undefined);
    },
    cover(cover, inputPath) {
      const file = localImageFile(cover, inputPath, folders);
      return file === undefined ? undefined : encode(file, COVER_WIDTHS, cover, inputPath);
    },
  };
}
