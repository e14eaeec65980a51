// Local images through @11ty/eleventy-img: every <img> of a page whose file is in the content folder or public/
// becomes a <picture> (AVIF, WebP, original format) with width/height, srcset and sizes; encodings are cached.
import Image, { type ImageMetadata, type ImageResult } from "@11ty/eleventy-img";
import { createRequire } from "node:module";
import posthtml from "posthtml";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { KilnError } from "../errors.ts";
import { displayPath } from "../report/display-path.ts";
import type { EleventyConfig, PosthtmlNode } from "../eleventy/eleventy-config.ts";
import { ImageFiles } from "./image-files.ts";
import { localImageFile, rootedImagePath, type ImageFolders } from "./image-source.ts";

/** Options of {@link imagesPlugin}. */
export interface ImagesOptions {
  /** Kiln's project folder (where public/ lives). */
  projectRoot: string;
  /** Folder of encoded images kept between builds, or `null` to encode every image in every build. */
  cacheFolder: string | null;
}

/** URL folder (under the path prefix) of every encoded image: names are content hashes, so pages share files. */
export const IMAGE_URL_FOLDER = "/img/";

/** An `<img>` whose `src` is a path, not a URL (`https:`, `data:`, `//host`): the only pages worth parsing. */
const LOCAL_IMAGE = /<img\b[^>]*?\ssrc\s*=\s*["']?(?![a-z][a-z\d+.-]*:|\/\/)[^>]*>/gi;

/**
 * Whether a page has a local image to process. A notebook's output images (`class="nb-image"`) are already files
 * written next to the page (eleventy/notebook-pages.ts): parsing the page for them would find nothing to do.
 */
function hasLocalImage(html: string): boolean {
  for (const [tag] of html.matchAll(LOCAL_IMAGE)) if (!tag.startsWith('<img class="nb-image"')) return true;
  return false;
}

/** Widths of text-column images: a phone at 1×, the 42rem column at 1.5× or a phone at 2×, the column at 2×. */
const WIDTHS = [480, 960, 1440];

/** `sizes` by kind of image, from the stylesheet: the text measure (42rem), a `|wide` figure (up to 58rem). */
const SIZES = { text: "(min-width: 46rem) 42rem, 100vw", wide: "(min-width: 62rem) 58rem, 100vw" };

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

/**
 * Replaces local `<img>` tags with eleventy-img's markup: a transform that parses (posthtml) only the pages that
 * have one, and writes the `--pathprefix` into `/img/…` itself. eleventy-img encodes in memory
 * (`dryRun`) and {@link ImageFiles} writes the files: into the build's output and, atomically, into the cache
 * that eleventy-img reads on the next build (its own disk cache looks in the output folder, which Kiln's atomic
 * builds start empty, and writing straight into a shared folder would let a parallel build read half a file).
 */
export function imagesPlugin(eleventyConfig: EleventyConfig, options: ImagesOptions): void {
  const folders: ImageFolders = { input: eleventyConfig.directories.input, public: join(options.projectRoot, "public") };
  const files = new ImageFiles(options.cacheFolder);
  eleventyConfig.on("eleventy.before", () => files.startBuild());
  // `{{ a.cover | rootedImage(item.inputPath) }}`: an article's relative cover, printed on another page.
  eleventyConfig.addFilter("rootedImage", (src: string, inputPath: string) => rootedImagePath(src, inputPath, folders.input));

  const encode = (file: string, widths: number[]): Promise<ImageMetadata> =>
    Image(file, {
      widths,
      formats: ["avif", "webp", "auto"],
      // Without a cache, a folder that never exists: nothing is read from it, nothing is written to it.
      outputDir: options.cacheFolder ?? join(tmpdir(), `kiln-no-image-cache-${process.pid}`),
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

  // Only pages with a local image are parsed: posthtml over every page cost 6 s and 500 MB on 1000 articles.
  eleventyConfig.addTransform("kiln-images", async function (content) {
    const { inputPath, outputPath } = this.page;
    if (typeof outputPath !== "string" || !outputPath.endsWith(".html") || !hasLocalImage(content)) return content;
    const prefix = (eleventyConfig.pathPrefix ?? "/").replace(/\/?$/, "/");
    // posthtml awaits a plugin's promise and hands it the page's node list, though its types declare neither.
    const plugin = (async (tree: PosthtmlNode[]) => {
      const jobs: Array<Promise<void>> = [];
      visitImages(tree, (img) => {
        const src = img.attrs?.["src"] ?? "";
        // HtmlBasePlugin ran first: under `--pathprefix=/sub/`, `photo.jpg` is already `/sub/guide/photo.jpg`.
        const file = localImageFile(src.startsWith(prefix) ? src.slice(prefix.length - 1) : src, inputPath, folders);
        if (file === undefined) return;
        jobs.push(
          replaceImage(img, file, encode, files, eleventyConfig.directories.output, prefix).catch((error: unknown) => {
            throw new KilnError("Image could not be processed", [
              {
                location: { file: displayPath(inputPath) },
                message: `image ${src} could not be read (${error instanceof Error ? error.message : String(error)})`,
                hint: "save it again as PNG, JPEG, WebP, AVIF, GIF or SVG, or link it as a remote https:// image",
              },
            ]);
          }),
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

/** Encodes the image, writes its files and turns the node into eleventy-img's `<picture>` (or `<img>`). */
async function replaceImage(
  img: PosthtmlNode,
  file: string,
  encode: (file: string, widths: number[]) => Promise<ImageMetadata>,
  files: ImageFiles,
  outputFolder: string,
  prefix: string,
): Promise<void> {
  const { src: _src, width, height: _height, ...attributes } = definedAttributes(img.attrs);
  // A width on the tag (list thumbnails) is a display size: encode it at 1× and 2×.
  const fixed = width !== undefined && /^[1-9]\d*$/.test(width) ? Number(width) : undefined;
  const widths = fixed === undefined ? WIDTHS : [fixed, 2 * fixed];
  const metadata = await encode(file, widths);
  await files.write(Object.values(metadata).flat() as ImageResult[], outputFolder);
  const wide = (attributes["class"] ?? "").split(/\s+/).includes("wide");
  const sizes = attributes["sizes"] ?? (fixed === undefined ? (wide ? SIZES.wide : SIZES.text) : `${fixed}px`);
  const markup = Image.generateObject(metadata, { ...attributes, alt: attributes["alt"] ?? "", sizes });
  const node = withPrefix(toPosthtmlNode(markup), prefix);
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
