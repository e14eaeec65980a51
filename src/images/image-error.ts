// An image that @11ty/eleventy-img cannot read is the article's problem: its file, the image, and the fix.
import { KilnError } from "../errors.ts";
import { displayPath } from "../report/display-path.ts";

/** An image eleventy-img could not read, as the article's problem. */
export function imageError(src: string, inputPath: string, error: unknown): KilnError {
  return new KilnError("Image could not be processed", [
    {
      location: { file: displayPath(inputPath) },
      message: `image ${src} could not be read (${error instanceof Error ? error.message : String(error)})`,
      hint: "save it again as PNG, JPEG, WebP, AVIF, GIF or SVG, or link it as a remote https:// image",
    },
  ]);
}
