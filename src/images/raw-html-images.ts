// Local images written as raw HTML (`<img src="x.png">`, Hugo's figure shortcode, a section's landing text): a
// transform parses (posthtml) only the pages that still have one after their Markdown drew its own images.
import posthtml from "posthtml";
import type { EleventyConfig, PosthtmlNode } from "../eleventy/eleventy-config.ts";
import { CONTENT_WIDTHS, IMAGE_URL_FOLDER, type EncodedImage, type ImageEncoder } from "./image-encoder.ts";
import { imageError } from "./image-error.ts";
import { isRemoteImage, localImageFile, type ImageFolders } from "./image-source.ts";
import { pictureObject, textImageSizes } from "./picture-html.ts";

/** Options of {@link rawHtmlImagesTransform}. */
export interface RawHtmlImagesOptions {
  folders: ImageFolders;
  encoder: ImageEncoder;
}

/** Where an `<img>` tag starts. */
const IMAGE_OPEN = /<img[\s/>]/gi;

/** An `<img>` tag's `src`, quoted either way or not at all. */
const SRC = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** An encoded file's URL, `/img/<10-character hash>-<width>.<format>` after any path prefix. */
const ENCODED_FILE = /\/img\/[\w-]{10}-\d+\.\w+$/;

/**
 * Whether a page has a local image left to draw: not one already encoded (its Markdown or cover drew it), nor a
 * notebook's output image (`class="nb-image"`), a file written next to the page (eleventy/notebook-pages.ts).
 */
export function hasRawLocalImage(html: string): boolean {
  // Tag by tag: one regex reaching from each `<img` to its `src` over a whole page cost a second on 1000 articles.
  for (const { index } of html.matchAll(IMAGE_OPEN)) {
    const end = html.indexOf(">", index);
    const tag = html.slice(index, end === -1 ? undefined : end + 1);
    const [, double, single, bare] = SRC.exec(tag) ?? [];
    const src = double ?? single ?? bare;
    if (src === undefined || tag.startsWith('<img class="nb-image"')) continue;
    if (!isRemoteImage(src) && !ENCODED_FILE.test(src)) return true;
  }
  return false;
}

/** Replaces each raw local `<img>` of a page with its `<picture>`; other pages pass untouched (not parsed). */
export function rawHtmlImagesTransform(eleventyConfig: EleventyConfig, { folders, encoder }: RawHtmlImagesOptions): void {
  eleventyConfig.addTransform("kiln-images", async function (content) {
    const { inputPath, outputPath } = this.page;
    if (typeof outputPath !== "string" || !outputPath.endsWith(".html") || !hasRawLocalImage(content)) return content;
    const prefix = (eleventyConfig.pathPrefix ?? "/").replace(/\/?$/, "/");
    // posthtml awaits a plugin's promise and hands it the page's node list, though its types declare neither.
    const plugin = (async (tree: PosthtmlNode[]) => {
      const jobs: Array<Promise<void>> = [];
      visitImages(tree, (img) => {
        const src = img.attrs?.["src"] ?? "";
        if (ENCODED_FILE.test(src)) return;
        // HtmlBasePlugin ran first: under `--pathprefix=/sub/`, `photo.jpg` is already `/sub/guide/photo.jpg`.
        const file = localImageFile(src.startsWith(prefix) ? src.slice(prefix.length - 1) : src, inputPath, folders);
        if (file === undefined) return;
        const { width } = img.attrs ?? {};
        // A width on the tag is a display size: encode it at 1× and 2×.
        const fixed = width !== undefined && /^[1-9]\d*$/.test(width) ? Number(width) : undefined;
        jobs.push(
          encoder.encode(file, fixed === undefined ? CONTENT_WIDTHS : [fixed, 2 * fixed]).then(
            (image) => replaceImage(img, image, fixed, prefix),
            (error: unknown) => {
              throw imageError(src, inputPath, error);
            },
          ),
        );
      });
      await Promise.all(jobs);
      return tree;
    }) as unknown as posthtml.Plugin<unknown>;
    return (await posthtml([plugin]).process(content)).html;
  });
}

/** Calls `visit` on every `<img>` outside a `<picture>` (an author's own `<picture>` is left as written). */
function visitImages(nodes: ReadonlyArray<PosthtmlNode | string>, visit: (img: PosthtmlNode) => void): void {
  for (const node of nodes) {
    if (typeof node === "string" || node.tag === "picture") continue;
    if (node.tag === "img") visit(node);
    else if (node.content) visitImages(node.content, visit);
  }
}

/** Turns the node into the image's `<picture>` (or `<img>`), keeping the tag's attributes. */
function replaceImage(img: PosthtmlNode, image: EncodedImage, fixed: number | undefined, prefix: string): void {
  const { src: _src, width: _width, height: _height, ...attributes } = definedAttributes(img.attrs);
  const sizes = attributes["sizes"] ?? (fixed === undefined ? textImageSizes(attributes["class"]) : `${fixed}px`);
  const node = withPrefix(toPosthtmlNode(pictureObject(image, { ...attributes, alt: attributes["alt"] ?? "", sizes })), prefix);
  img.tag = node.tag ?? "img";
  img.attrs = node.attrs ?? {};
  if (node.content) img.content = node.content;
}

/**
 * The node with `--pathprefix` before its `/img/` URLs: this transform runs after Eleventy's HTML transformer,
 * whose HtmlBasePlugin prefixes every other URL of the page.
 */
function withPrefix(node: PosthtmlNode, prefix: string): PosthtmlNode {
  if (prefix === "/") return node;
  const rooted = `${prefix}${IMAGE_URL_FOLDER.slice(1)}`;
  const fix = (value: string) => value.replace(/(^|,\s*)\/img\//g, `$1${rooted}`);
  const attrs = Object.fromEntries(
    Object.entries(node.attrs ?? {}).map(([key, value]) => [key, key === "src" || key === "srcset" ? fix(value ?? "") : value]),
  );
  return { ...node, attrs, ...(node.content ? { content: node.content.map((child) => (typeof child === "string" ? child : withPrefix(child, prefix))) } : {}) };
}

/** The attributes that have a value. */
function definedAttributes(attrs: PosthtmlNode["attrs"]): Record<string, string> {
  return Object.fromEntries(Object.entries(attrs ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** eleventy-img's `{ tag: { …attributes, "@children": [...] } }` as a posthtml node. */
function toPosthtmlNode(markup: Record<string, Record<string, unknown>>): PosthtmlNode {
  const [tag, fields] = Object.entries(markup)[0] ?? ["img", {}];
  const attrs: Record<string, string> = {};
  let content: PosthtmlNode[] | undefined;
  for (const [key, value] of Object.entries(fields)) {
    if (key === "@children" && Array.isArray(value)) {
      content = (value as Array<Record<string, Record<string, unknown>> | null>).flatMap((child) => (child ? [toPosthtmlNode(child)] : []));
    } else if (value !== undefined && value !== null) {
      attrs[key] = String(value);
    }
  }
  return content === undefined ? { tag, attrs } : { tag, attrs, content };
}
