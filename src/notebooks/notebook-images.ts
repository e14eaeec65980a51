// Images inside a notebook (plot outputs, pasted attachments): files with content-hashed names, never data: URLs.
import { createHash } from "node:crypto";
import { imageSize } from "image-size";
import { joinedText } from "./notebook-json.ts";
import type { NotebookAsset } from "./notebook-output-types.ts";

/** The image MIME types Kiln writes as files, best first, with their file extensions. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/gif": ".gif",
  "image/webp": ".webp",
  "image/svg+xml": ".svg",
};

/** An image taken out of a notebook, with its size in CSS pixels when known. */
export interface NotebookImage {
  asset: NotebookAsset;
  width?: number;
  height?: number;
}

const positive = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;

/**
 * Decodes an image output's data (base64, or SVG text) into a file. Its size is what Jupyter was told to show
 * (`metadata.width`/`height`, e.g. a retina plot at half size), else the image's own pixels.
 */
export function notebookImage(type: string, data: unknown, metadata: unknown): NotebookImage | undefined {
  const extension = IMAGE_TYPES[type];
  const text = joinedText(data);
  if (extension === undefined || text === undefined) return undefined;
  const bytes = type === "image/svg+xml" ? Buffer.from(text, "utf8") : Buffer.from(text.replace(/\s+/g, ""), "base64");
  if (bytes.length === 0) return undefined;
  const name = `nb-${createHash("sha256").update(bytes).digest("hex").slice(0, 12)}${extension}`;
  const shown = typeof metadata === "object" && metadata !== null ? (metadata as Record<string, unknown>) : {};
  let measured: { width?: number | undefined; height?: number | undefined } = {};
  try {
    measured = imageSize(bytes);
  } catch {
    // An image of unknown size still shows; it only lacks width/height.
  }
  const [ownWidth, ownHeight] = [positive(measured.width), positive(measured.height)];
  let [width, height] = [positive(shown["width"]), positive(shown["height"])];
  // `Image(width=300)` sets one side: the other keeps the image's proportions.
  if (ownWidth !== undefined && ownHeight !== undefined) {
    if (width !== undefined && height === undefined) height = Math.round((width * ownHeight) / ownWidth);
    if (height !== undefined && width === undefined) width = Math.round((height * ownWidth) / ownHeight);
  }
  width ??= ownWidth;
  height ??= ownHeight;
  const image: NotebookImage = { asset: { name, bytes } };
  if (width !== undefined && height !== undefined) Object.assign(image, { width, height });
  return image;
}
