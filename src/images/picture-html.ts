// The markup of an encoded image: eleventy-img decides the elements (<picture> with a <source> a modern format,
// or a lone <img>); Kiln writes them, escaping every attribute (eleventy-img's own HTML escapes only `alt`, and a
// Markdown image's title reaches these attributes).
import Image from "@11ty/eleventy-img";
import type { EncodedImage } from "./image-encoder.ts";

/** `sizes` by kind of image, from the stylesheet: the text measure (42rem), a `|wide` figure (up to 58rem), a card. */
export const IMAGE_SIZES = { text: "(min-width: 46rem) 42rem, 100vw", wide: "(min-width: 62rem) 58rem, 100vw", card: "8rem" } as const;

/** The `sizes` of a text image: a `|wide` figure's when its class list has `wide`, else the text column's. */
export function textImageSizes(className: string | undefined): string {
  return (className ?? "").split(/\s+/).includes("wide") ? IMAGE_SIZES.wide : IMAGE_SIZES.text;
}

/** eleventy-img's markup object: `{ tag: { attribute: value, "@children": [child objects] } }`. */
export type MarkupObject = Record<string, Record<string, unknown>>;

/** eleventy-img's markup object for the image, the `<img>` given `attributes` (`alt` is required; "" for decoration). */
export function pictureObject(image: EncodedImage, attributes: Readonly<Record<string, string>>): MarkupObject {
  const markup = Image.generateObject(image as never, { ...attributes }) as MarkupObject;
  // eleventy-img sizes the <img> by its largest fallback file, and the fallback may have one width of several
  // (image-encoder.ts): the largest file of any format is the image's size on the page, as with every width.
  const largest = Object.values(image)
    .flat()
    .reduce((wide, file) => (file.width > wide.width ? file : wide));
  const children = (markup["picture"]?.["@children"] ?? []) as MarkupObject[];
  const img = markup["img"] ?? children.find((child) => child["img"] !== undefined)?.["img"];
  if (img !== undefined) Object.assign(img, { width: largest.width, height: largest.height });
  return markup;
}

/** `<picture>` (or `<img>`) for the image, the `<img>` given `attributes`. */
export function pictureHtml(image: EncodedImage, attributes: Readonly<Record<string, string>>): string {
  return markupHtml(pictureObject(image, attributes));
}

function markupHtml(markup: MarkupObject): string {
  const [tag, fields] = Object.entries(markup)[0] ?? ["img", {}];
  let attributes = "";
  let children = "";
  for (const [key, value] of Object.entries(fields)) {
    if (key === "@children" && Array.isArray(value)) children = (value as MarkupObject[]).map(markupHtml).join("");
    else if (value !== undefined && value !== null) attributes += ` ${key}="${escapeAttribute(String(value))}"`;
  }
  return tag === "picture" ? `<picture${attributes}>${children}</picture>` : `<${tag}${attributes}>`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
